package com.sitewright.content.bulk;

/** A bulk operation as asked for: the action, the items, and for {@code set} the field and its new value. */
public record BulkRequest(BulkAction action, BulkSelection selection, String field, Object value) {}
