package com.sitewright.content;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One content item as lists and the API show it.
 *
 * @param publishedVersion the version production sites show; null when the item is not published
 */
public record ContentItemRow(
        UUID id,
        String typeKey,
        String locale,
        String slug,
        String title,
        ItemStatus status,
        long version,
        Long publishedVersion,
        Map<String, Object> data,
        Instant createdAt,
        Instant updatedAt) {

    /** Published, but edited since: production still shows an older version. */
    public boolean hasUnpublishedChanges() {
        return status == ItemStatus.PUBLISHED && (publishedVersion == null || publishedVersion != version);
    }
}
