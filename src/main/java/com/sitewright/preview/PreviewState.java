package com.sitewright.preview;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * {@code ready}: built and its server answers; {@code stopped}: built, server not running (it starts
 * again on the next visit); {@code expired}: the build was removed to save space.
 */
public enum PreviewState {
    QUEUED,
    BUILDING,
    READY,
    FAILED,
    STOPPED,
    EXPIRED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Built and still on disk: it can be served and approved. */
    public boolean isBuilt() {
        return this == READY || this == STOPPED;
    }

    public boolean isInProgress() {
        return this == QUEUED || this == BUILDING;
    }
}
