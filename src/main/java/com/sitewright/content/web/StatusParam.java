package com.sitewright.content.web;

import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ItemStatus;
import org.jspecify.annotations.Nullable;

/** The {@code status} filter of item lists, exports and bulk operations. */
final class StatusParam {

    private StatusParam() {}

    /** "draft" or "published"; blank for any status. */
    static @Nullable ItemStatus of(@Nullable String status) {
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
