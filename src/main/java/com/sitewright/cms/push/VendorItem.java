package com.sitewright.cms.push;

import tools.jackson.databind.JsonNode;

/**
 * One item as a vendor will hold it, in the vendor's own value format.
 *
 * @param page      whether its type has pages of its own (its slug is then its address segment)
 * @param published the published copy's values when the item is published in the studio, else null
 * @param working   the working copy's values; written as unpublished changes when it differs from {@code published}
 */
record VendorItem(String studioType, boolean page, String title, String slug, JsonNode published, JsonNode working) {

    boolean isPublished() {
        return published != null;
    }

    boolean hasDraftChanges() {
        return published == null || !published.equals(working);
    }
}
