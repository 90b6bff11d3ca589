package com.sitewright.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a delivery token may read: a preview token sees drafts too, a production token only published items. */
public enum DeliveryKind {
    PREVIEW,
    PRODUCTION;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
