package com.sitewright.content.bulk;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a bulk operation stands. {@code done} counts the selected items worked through; {@code affected} those
 * that changed (an item already published is not published again).
 */
public record BulkProgress(
        UUID id,
        BulkAction action,
        BulkState state,
        int total,
        int done,
        int affected,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }
}
