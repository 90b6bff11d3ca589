package com.sitewright.base;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A state of tracked work, as the API and the studio name it: its ID, and whether the work has ended. */
public interface WorkState {

    String name();

    @JsonValue
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isFinished();
}
