package com.sitewright.cms.push;

import com.sitewright.base.WorkState;

/** Where a push stands. A push that ends with items it could not write is failed, and can be retried. */
public enum PushState implements WorkState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    @Override
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
