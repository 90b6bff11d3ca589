package com.sitewright.release.deploy;

import java.time.Instant;
import java.util.UUID;

/** A deployment as the studio and the API show it. */
public record DeploymentInfo(
        UUID id,
        UUID projectId,
        UUID previewId,
        String commitId,
        String buildId,
        String target,
        String url,
        DeploymentState state,
        String error,
        Instant createdAt,
        Instant startedAt,
        Instant liveAt,
        Instant endedAt) {

    public String shortCommit() {
        return commitId.length() > 8 ? commitId.substring(0, 8) : commitId;
    }
}
