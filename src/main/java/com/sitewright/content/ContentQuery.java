package com.sitewright.content;

/**
 * A filtered, sorted view of one project's items.
 *
 * @param typeKey   only items of this content type (null: all types)
 * @param text      case-insensitive "contains" search over the item's text (null or blank: no search)
 * @param status    only items in this status (null: any)
 * @param sortField {@code title}, {@code slug}, {@code status}, {@code type}, {@code updatedAt}, {@code createdAt},
 *                  or a field key of the type
 * @param ascending sort direction
 */
public record ContentQuery(String typeKey, String text, ItemStatus status, String sortField, boolean ascending) {

    public static ContentQuery ofType(String typeKey) {
        return new ContentQuery(typeKey, null, null, "title", true);
    }

    public ContentQuery withText(String newText) {
        return new ContentQuery(typeKey, newText, status, sortField, ascending);
    }

    public ContentQuery withStatus(ItemStatus newStatus) {
        return new ContentQuery(typeKey, text, newStatus, sortField, ascending);
    }

    public ContentQuery sortedBy(String field, boolean asc) {
        return new ContentQuery(typeKey, text, status, field, asc);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
