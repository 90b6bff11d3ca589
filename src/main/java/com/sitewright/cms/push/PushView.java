package com.sitewright.cms.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A push as the studio and the API show it.
 *
 * @param progress   items, images and types handled so far out of all to handle, and the seconds left at the pace so
 *                   far (null until there is a pace)
 * @param requests   requests sent to the CMS so far, retries included
 */
public record PushView(
        UUID id,
        String provider,
        PushState state,
        PushPhase phase,
        boolean dryRun,
        boolean confirmDeletes,
        PushPlan plan,
        Progress progress,
        PushCounts counts,
        List<PushFailure> failures,
        int requests,
        String error,
        UUID retryOf,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public record Progress(int done, int total, Long etaSeconds) {

        @JsonProperty("percent")
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
        }
    }
}
