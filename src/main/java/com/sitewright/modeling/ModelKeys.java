package com.sitewright.modeling;

import java.util.Set;

/** Keys the studio and generated sites use for an item's own properties, which no type or field may take. */
final class ModelKeys {

    private static final Set<String> RESERVED = Set.of(
            "id",
            "type",
            "typeKey",
            "status",
            "locale",
            "version",
            "createdAt",
            "updatedAt",
            "constructor",
            "prototype");

    private ModelKeys() {}

    static boolean isReserved(String key) {
        return RESERVED.contains(key);
    }
}
