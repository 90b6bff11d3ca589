package com.sitewright.content;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Items changed in a project; consumers react after the commit. {@code everything} means "assume all
 * items changed" (items is then empty). {@code published} is true when the published copy changed
 * (what production sites read).
 */
public record ContentChangedEvent(UUID projectId, List<ChangedItem> items, boolean everything, boolean published) {

    /**
     * @param slug         the item's slug now
     * @param previousSlug the slug the changed copy held before; null when the item was not in it
     *                     (published for the first time)
     */
    public record ChangedItem(
            UUID id, String typeKey, String slug, @Nullable String previousSlug) {}
}
