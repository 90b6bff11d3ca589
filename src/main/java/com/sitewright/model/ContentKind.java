package com.sitewright.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a content type is for: a routable page, a reusable component, plain data, media or site settings. */
public enum ContentKind {
    PAGE,
    COMPONENT,
    DATA,
    MEDIA,
    SETTINGS;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ContentKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
