package com.sitewright.cms.push;

/**
 * A vendor call that did not succeed, with a reason fit for the push report. {@code fatal} ones (credentials
 * refused, permission missing, the CMS unreachable) stop the push: every further call would fail the same way.
 */
class VendorCallException extends RuntimeException {

    private final int status;
    private final boolean fatal;

    VendorCallException(int status, String reason, boolean fatal) {
        super(reason, null, false, false);
        this.status = status;
        this.fatal = fatal;
    }

    static VendorCallException fatal(int status, String reason) {
        return new VendorCallException(status, reason, true);
    }

    static VendorCallException of(int status, String reason) {
        return new VendorCallException(status, reason, false);
    }

    int status() {
        return status;
    }

    boolean isFatal() {
        return fatal;
    }
}
