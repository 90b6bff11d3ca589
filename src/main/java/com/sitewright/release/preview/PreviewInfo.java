package com.sitewright.release.preview;

import java.time.Instant;
import java.util.UUID;

/**
 * A preview as the studio shows it. For a stopped preview {@code error} says why it stopped; for a
 * failed one, what went wrong.
 */
public record PreviewInfo(
        UUID id,
        UUID projectId,
        String commitId,
        String commitMessage,
        PreviewState state,
        String buildId,
        String error,
        Instant createdAt,
        Instant startedAt,
        Instant readyAt,
        Instant finishedAt) {

    public String shortCommit() {
        return commitId.length() > 8 ? commitId.substring(0, 8) : commitId;
    }
}
