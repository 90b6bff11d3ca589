package com.sitewright.chat;

/** Where a proposed action is: waiting for the person, running, done, failed, or cancelled. */
public enum ActionState {
    PENDING,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING;
    }
}
