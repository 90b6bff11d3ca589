package com.sitewright.content;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One content item as lists and the API show it. */
public record ContentItemRow(
        UUID id,
        String typeKey,
        String locale,
        String slug,
        String title,
        ItemStatus status,
        long version,
        Map<String, Object> data,
        Instant createdAt,
        Instant updatedAt) {
}
