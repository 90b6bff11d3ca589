package com.sitewright.api;

import com.sitewright.base.InvalidInputException;

/** Request parameters several endpoints read the same way. */
public final class ApiParams {

    private ApiParams() {}

    /** The longest search text a list or an export takes. */
    public static final int MAX_SEARCH = 200;

    /** A page of a list: {@code page} from 0, {@code size} from 1 to {@code maxSize}; anything else is refused. */
    public static void page(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new InvalidInputException("page must be 0 or more and size between 1 and " + maxSize + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("That page is beyond the last item.");
        }
    }

    /** A search text as given (null for none), refused when longer than {@value #MAX_SEARCH} characters. */
    public static String search(String q) {
        if (q != null && q.length() > MAX_SEARCH) {
            throw new InvalidInputException("A search text is at most " + MAX_SEARCH + " characters.");
        }
        return q;
    }
}
