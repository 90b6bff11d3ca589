package com.sitewright.content.bulk;

import java.util.Optional;

/** A bulk operation done at once ({@code affected} items), or queued as a job to follow ({@code operation}). */
public record BulkResult(int affected, Optional<BulkProgress> operation) {

    public boolean queued() {
        return operation.isPresent();
    }
}
