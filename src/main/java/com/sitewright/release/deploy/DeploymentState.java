package com.sitewright.release.deploy;

import com.sitewright.base.WorkState;

/**
 * {@code superseded}: a later deployment replaced it; {@code rolledBack}: it was live until someone
 * rolled back to an earlier build.
 */
public enum DeploymentState implements WorkState {
    QUEUED("queued"),
    DEPLOYING("deploying"),
    LIVE("live"),
    FAILED("failed"),
    SUPERSEDED("superseded"),
    ROLLED_BACK("rolledBack");

    private final String id;

    DeploymentState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Live, superseded, rolled back or failed: the deploy itself is over. */
    @Override
    public boolean isFinished() {
        return this != QUEUED && this != DEPLOYING;
    }

    /** A build that was live once and can be made live again. */
    public boolean canBeRestored() {
        return this == SUPERSEDED || this == ROLLED_BACK;
    }
}
