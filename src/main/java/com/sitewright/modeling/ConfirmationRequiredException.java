package com.sitewright.modeling;

import java.util.List;

/** A model change would take data from items and was not confirmed: how many items, and the changes that do it. */
public class ConfirmationRequiredException extends RuntimeException {

    private final long affectedItems;
    private final List<String> changes;

    public ConfirmationRequiredException(long affectedItems, List<String> changes) {
        super(affectedItems + (affectedItems == 1 ? " item loses" : " items lose") + " data with this change ("
                + String.join("; ", changes) + "). Confirm to go ahead.");
        this.affectedItems = affectedItems;
        this.changes = List.copyOf(changes);
    }

    public long affectedItems() {
        return affectedItems;
    }

    public List<String> changes() {
        return changes;
    }
}
