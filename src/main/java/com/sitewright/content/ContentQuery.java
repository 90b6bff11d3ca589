package com.sitewright.content;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A filtered, sorted view of one project's items.
 *
 * @param typeKey   only items of this content type (null: all types)
 * @param text      case-insensitive "contains" search over the item's text (null or blank: no search)
 * @param status    only items in this status (null: any)
 * @param sortField {@code title}, {@code slug}, {@code status}, {@code type}, {@code updatedAt}, {@code createdAt},
 *                  or a field key of the type
 * @param ascending sort direction
 * @param equals    field key to the exact value it must hold (text, numbers as written, reference IDs)
 */
public record ContentQuery(
        @Nullable String typeKey,
        @Nullable String text,
        @Nullable ItemStatus status,
        String sortField,
        boolean ascending,
        Map<String, String> equals) {

    public ContentQuery {
        equals = equals == null ? Map.of() : Map.copyOf(equals);
    }

    public ContentQuery(
            @Nullable String typeKey,
            @Nullable String text,
            @Nullable ItemStatus status,
            String sortField,
            boolean ascending) {
        this(typeKey, text, status, sortField, ascending, Map.of());
    }

    public static ContentQuery ofType(String typeKey) {
        return new ContentQuery(typeKey, null, null, "title", true);
    }

    public ContentQuery withText(@Nullable String newText) {
        return new ContentQuery(typeKey, newText, status, sortField, ascending, equals);
    }

    public ContentQuery withStatus(ItemStatus newStatus) {
        return new ContentQuery(typeKey, text, newStatus, sortField, ascending, equals);
    }

    public ContentQuery sortedBy(String field, boolean asc) {
        return new ContentQuery(typeKey, text, status, field, asc, equals);
    }

    public ContentQuery withEquals(Map<String, String> fieldValues) {
        return new ContentQuery(typeKey, text, status, sortField, ascending, fieldValues);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
