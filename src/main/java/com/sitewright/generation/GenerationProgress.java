package com.sitewright.generation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Where a generation run stands; published as an application event after each committed step. */
public record GenerationProgress(
        UUID projectId,
        UUID runId,
        RunState state,
        RunStep step,
        int itemsDone,
        int itemsTotal,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    /** 0.0 to 1.0: the model counts for a tenth, the items for the rest. */
    public double fraction() {
        return switch (step) {
            case INTENT -> 0.0;
            case MODEL -> 0.05;
            case ITEMS -> 0.1 + 0.9 * (itemsTotal == 0 ? 0 : (double) itemsDone / itemsTotal);
            case FINISHING -> 0.99;
            case DONE -> 1.0;
        };
    }

    public Duration elapsed() {
        Instant from = startedAt != null ? startedAt : createdAt;
        Instant to = finishedAt != null ? finishedAt : Instant.now();
        return from == null ? Duration.ZERO : Duration.between(from, to);
    }
}
