package com.sitewright.deploy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code superseded}: a later deployment replaced it; {@code rolledBack}: it was live until someone
 * rolled back to an earlier build.
 */
public enum DeploymentState {
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

    @JsonValue
    public String id() {
        return id;
    }

    /** A build that was live once and can be made live again. */
    public boolean canBeRestored() {
        return this == SUPERSEDED || this == ROLLED_BACK;
    }
}
