package com.sitewright.content;

import java.util.UUID;

/** One item's value of one field, with the item's title, for reports about a model change. */
public record FieldValue(UUID itemId, String title, Object value) {}
