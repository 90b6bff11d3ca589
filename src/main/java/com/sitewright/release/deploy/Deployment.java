package com.sitewright.release.deploy;

import com.sitewright.base.TrackedRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One promotion of a preview's build to a hosting target. */
@Entity
@Table(name = "deployments")
class Deployment extends TrackedRun {

    @Column(nullable = false)
    private UUID previewId;

    @Column(nullable = false)
    private String commitId;

    @Column(nullable = false)
    private String buildId;

    @Column(nullable = false)
    private String target;

    private @Nullable String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeploymentState state;

    private UUID createdBy;

    private @Nullable Instant startedAt;

    private @Nullable Instant liveAt;

    private @Nullable Instant endedAt;

    protected Deployment() {}

    Deployment(
            UUID projectId,
            UUID previewId,
            String commitId,
            String buildId,
            String target,
            UUID createdBy,
            Instant now) {
        super(UUID.randomUUID(), projectId, now);
        this.previewId = previewId;
        this.commitId = commitId;
        this.buildId = buildId;
        this.target = target;
        this.createdBy = createdBy;
        this.state = DeploymentState.QUEUED;
    }

    /** A rollback makes this deployment go through the queue again. */
    void queuedAgain() {
        state = DeploymentState.QUEUED;
        error(null);
    }

    void deploying(Instant now) {
        state = DeploymentState.DEPLOYING;
        startedAt = now;
    }

    void live(String url, Instant now) {
        this.url = url;
        state = DeploymentState.LIVE;
        liveAt = now;
        endedAt = null;
        error(null);
    }

    void ended(DeploymentState how, Instant now) {
        state = how;
        endedAt = now;
    }

    void failed(String message, Instant now) {
        state = DeploymentState.FAILED;
        endedAt = now;
        error(message);
    }

    DeploymentInfo info() {
        return new DeploymentInfo(
                getId(),
                getProjectId(),
                previewId,
                commitId,
                buildId,
                target,
                url,
                state,
                error(),
                createdAt(),
                startedAt,
                liveAt,
                endedAt);
    }

    UUID getPreviewId() {
        return previewId;
    }

    DeploymentState getState() {
        return state;
    }

    String getTarget() {
        return target;
    }
}
