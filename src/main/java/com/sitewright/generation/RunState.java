package com.sitewright.generation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a run is; {@code STOPPED} ends a run cleanly before all its items, e.g. when the project's budget is reached. */
public enum RunState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    STOPPED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == STOPPED;
    }
}
