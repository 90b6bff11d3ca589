package com.sitewright.generation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
