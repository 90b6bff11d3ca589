package com.sitewright.preview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One build of a commit of a project's source, served as a preview. */
@Entity
@Table(name = "previews")
class Preview {

    private static final int MAX_ERROR_LENGTH = 4_000;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "commit_id", nullable = false)
    private String commitId;

    @Column(name = "commit_message")
    private String commitMessage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PreviewState state;

    @Column(name = "build_id")
    private String buildId;

    private String error;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Preview() {}

    Preview(UUID projectId, String commitId, String commitMessage, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.commitId = commitId;
        this.commitMessage = commitMessage == null
                ? null
                : commitMessage
                        .lines()
                        .findFirst()
                        .map(line -> line.length() > 300 ? line.substring(0, 300) : line)
                        .orElse(null);
        this.createdBy = createdBy;
        this.state = PreviewState.QUEUED;
        this.createdAt = Instant.now();
    }

    void building() {
        state = PreviewState.BUILDING;
        startedAt = Instant.now();
        error = null;
    }

    void built(String buildId) {
        this.buildId = buildId;
        finishedAt = Instant.now();
    }

    void ready() {
        state = PreviewState.READY;
        if (readyAt == null) {
            readyAt = Instant.now();
        }
        error = null;
    }

    void stopped(String reason) {
        if (state == PreviewState.READY) {
            state = PreviewState.STOPPED;
            error = reason;
        }
    }

    void failed(String message) {
        state = PreviewState.FAILED;
        finishedAt = Instant.now();
        error = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    void expired() {
        state = PreviewState.EXPIRED;
    }

    PreviewInfo info() {
        return new PreviewInfo(
                id,
                projectId,
                commitId,
                commitMessage,
                state,
                buildId,
                error,
                createdAt,
                startedAt,
                readyAt,
                finishedAt);
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
    }

    PreviewState getState() {
        return state;
    }

    UUID getCreatedBy() {
        return createdBy;
    }

    String getCommitId() {
        return commitId;
    }

    String getBuildId() {
        return buildId;
    }
}
