package com.sitewright.cms.push;

import java.util.Locale;

/** What a push record stands for in the CMS. */
enum RecordKind {
    TYPE,
    ASSET,
    ITEM;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RecordKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
