package com.sitewright.cms.push;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The step a push is at: types go first, then images, then items (which refer to both), then deletions. */
public enum PushPhase {
    WAITING,
    PLANNING,
    TYPES,
    ASSETS,
    ITEMS,
    DELETING,
    DONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
