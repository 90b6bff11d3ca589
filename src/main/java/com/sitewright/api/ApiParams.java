package com.sitewright.api;

import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ItemStatus;

/** Request parameters several endpoints read the same way. */
final class ApiParams {

    private ApiParams() {
    }

    /** "draft" or "published"; blank for any status. */
    static ItemStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.of(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"status\" is 'draft' or 'published'.");
        }
    }
}
