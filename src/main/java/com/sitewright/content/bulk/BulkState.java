package com.sitewright.content.bulk;

import com.sitewright.base.WorkState;

public enum BulkState implements WorkState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    @Override
    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
