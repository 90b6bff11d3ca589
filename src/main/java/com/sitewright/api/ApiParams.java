package com.sitewright.api;

import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ItemStatus;

/** Request parameters several endpoints read the same way. */
final class ApiParams {

    private ApiParams() {}

    /** The longest search text a list or an export takes. */
    static final int MAX_SEARCH = 200;

    /** A page of a list: {@code page} from 0, {@code size} from 1 to {@code maxSize}; anything else is refused. */
    static void page(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new InvalidInputException("page must be 0 or more and size between 1 and " + maxSize + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("That page is beyond the last item.");
        }
    }

    /** A search text as given (null for none), refused when longer than {@value #MAX_SEARCH} characters. */
    static String search(String q) {
        if (q != null && q.length() > MAX_SEARCH) {
            throw new InvalidInputException("A search text is at most " + MAX_SEARCH + " characters.");
        }
        return q;
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
