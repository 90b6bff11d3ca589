package com.sitewright.content.bulk;

import org.jspecify.annotations.Nullable;

/** A bulk operation as asked for: the action, the items, and for {@code set} the field and its new value. */
public record BulkRequest(
        BulkAction action,
        @Nullable BulkSelection selection,
        @Nullable String field,
        @Nullable Object value) {}
