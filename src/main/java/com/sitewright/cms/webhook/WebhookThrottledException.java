package com.sitewright.cms.webhook;

/** Too many refused calls for one project's webhook lately (429); the caller may try again after the pause. */
public class WebhookThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    WebhookThrottledException(long retryAfterSeconds) {
        super(
                "Too many webhook calls with a wrong secret or signature for this project: try again in "
                        + retryAfterSeconds + " seconds.",
                null,
                false,
                false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
