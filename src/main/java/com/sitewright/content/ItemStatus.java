package com.sitewright.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ItemStatus {
    DRAFT,
    PUBLISHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ItemStatus of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
