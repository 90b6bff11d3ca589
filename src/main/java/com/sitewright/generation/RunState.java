package com.sitewright.generation;

import com.sitewright.base.WorkState;

/** Where a run is; {@code STOPPED} ends a run cleanly before all its items, e.g. when the project's budget is reached. */
public enum RunState implements WorkState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    STOPPED;

    @Override
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == STOPPED;
    }
}
