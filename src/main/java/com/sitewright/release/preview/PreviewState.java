package com.sitewright.release.preview;

import com.sitewright.base.WorkState;

/**
 * {@code ready}: built and its server answers; {@code stopped}: built, server not running (it starts
 * again on the next visit); {@code expired}: the build was removed to save space.
 */
public enum PreviewState implements WorkState {
    QUEUED,
    BUILDING,
    READY,
    FAILED,
    STOPPED,
    EXPIRED;

    /** Built and still on disk: it can be served and approved. */
    public boolean isBuilt() {
        return this == READY || this == STOPPED;
    }

    public boolean isInProgress() {
        return this == QUEUED || this == BUILDING;
    }

    /** Built, failed or gone: nothing more happens to it without being asked. */
    @Override
    public boolean isFinished() {
        return !isInProgress();
    }
}
