package com.sitewright.project;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ProjectStatus {
    GENERATING,
    READY,
    DEPLOYED,
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
