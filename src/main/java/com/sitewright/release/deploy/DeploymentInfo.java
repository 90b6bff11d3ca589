package com.sitewright.release.deploy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deployment as the studio and the API show it. */
public record DeploymentInfo(
        UUID id,
        UUID projectId,
        UUID previewId,
        String commitId,
        String buildId,
        String target,
        @Nullable String url,
        DeploymentState state,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant liveAt,
        @Nullable Instant endedAt) {

    public String shortCommit() {
        return commitId.length() > 8 ? commitId.substring(0, 8) : commitId;
    }
}
