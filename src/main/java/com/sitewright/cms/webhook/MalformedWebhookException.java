package com.sitewright.cms.webhook;

/** An authentic webhook call whose body cannot be read (400) or lacks what its vendor always sends (422). */
public class MalformedWebhookException extends RuntimeException {

    private final boolean unreadable;

    MalformedWebhookException(boolean unreadable, String message) {
        super(message, null, false, false);
        this.unreadable = unreadable;
    }

    /** True when the body is not JSON at all (400), false when it is JSON of the wrong shape (422). */
    public boolean unreadable() {
        return unreadable;
    }
}
