package com.sitewright.content.bulk;

import com.sitewright.content.ContentQuery;
import com.sitewright.content.ItemStatus;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which items a bulk operation acts on: the listed IDs, or every item a filter matches (a type, a search, a
 * status), as the grid shows them.
 */
public record BulkSelection(
        @Nullable List<UUID> ids,
        @Nullable String typeKey,
        @Nullable String text,
        @Nullable ItemStatus status) {

    public BulkSelection {
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static BulkSelection of(List<UUID> ids) {
        return new BulkSelection(ids, null, null, null);
    }

    public static BulkSelection matching(@Nullable String typeKey, @Nullable String text, @Nullable ItemStatus status) {
        return new BulkSelection(null, typeKey, text, status);
    }

    public boolean byIds() {
        return ids != null;
    }

    ContentQuery query() {
        return new ContentQuery(typeKey, text, status, "title", true);
    }
}
