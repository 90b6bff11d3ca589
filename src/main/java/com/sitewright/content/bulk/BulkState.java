package com.sitewright.content.bulk;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum BulkState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
