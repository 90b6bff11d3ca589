package com.sitewright.deploy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One promotion of a preview's build to a hosting target. */
@Entity
@Table(name = "deployments")
class Deployment {

    private static final int MAX_ERROR_LENGTH = 4_000;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "preview_id", nullable = false)
    private UUID previewId;

    @Column(name = "commit_id", nullable = false)
    private String commitId;

    @Column(name = "build_id", nullable = false)
    private String buildId;

    @Column(nullable = false)
    private String target;

    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeploymentState state;

    private String error;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "live_at")
    private Instant liveAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Deployment() {}

    Deployment(UUID projectId, UUID previewId, String commitId, String buildId, String target, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.previewId = previewId;
        this.commitId = commitId;
        this.buildId = buildId;
        this.target = target;
        this.createdBy = createdBy;
        this.state = DeploymentState.QUEUED;
        this.createdAt = Instant.now();
    }

    /** A rollback makes this deployment go through the queue again. */
    void queuedAgain() {
        state = DeploymentState.QUEUED;
        error = null;
    }

    void deploying() {
        state = DeploymentState.DEPLOYING;
        startedAt = Instant.now();
    }

    void live(String url) {
        this.url = url;
        state = DeploymentState.LIVE;
        liveAt = Instant.now();
        endedAt = null;
        error = null;
    }

    void ended(DeploymentState how) {
        state = how;
        endedAt = Instant.now();
    }

    void failed(String message) {
        state = DeploymentState.FAILED;
        endedAt = Instant.now();
        error = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    DeploymentInfo info() {
        return new DeploymentInfo(
                id, projectId, previewId, commitId, buildId, target, url, state, error, createdAt, startedAt, liveAt,
                endedAt);
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
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
