package com.sitewright.cms.webhook;

import java.util.Arrays;

/** Where a project's webhook stands at its vendor. */
public enum WebhookState {
    /** Registration is queued or under way. */
    PENDING("pending"),
    /** The vendor holds the webhook and calls the studio on publishing. */
    REGISTERED("registered"),
    /** The studio did not register it; the detail says what to set or do. */
    NOT_REGISTERED("not-registered"),
    /** The vendor refused or could not be reached; the detail says why. */
    FAILED("failed");

    private final String id;

    WebhookState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static WebhookState of(String id) {
        return Arrays.stream(values())
                .filter(state -> state.id.equals(id))
                .findFirst()
                .orElse(FAILED);
    }
}
