package com.sitewright.cms.push;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a push stands. A push that ends with items it could not write is failed, and can be retried. */
public enum PushState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
