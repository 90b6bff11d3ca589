package com.sitewright.content;

import com.sitewright.base.ConflictException;

/** Someone saved the item since it was read: nothing was overwritten, and this says which version is there now. */
public class StaleItemException extends ConflictException {

    private final long currentVersion;

    public StaleItemException(long currentVersion) {
        super("The item was changed by someone else (it is now at version " + currentVersion
                + "); reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
