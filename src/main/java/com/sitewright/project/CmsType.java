package com.sitewright.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a project's model and content are delivered from. */
public enum CmsType {
    STUDIO,
    OPTIMIZELY,
    CONTENTFUL,
    SANITY;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CmsType of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
