package com.sitewright.release.preview;

import com.sitewright.base.TrackedRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One build of a commit of a project's source, served as a preview. */
@Entity
@Table(name = "previews")
class Preview extends TrackedRun {

    @Column(nullable = false)
    private String commitId;

    private String commitMessage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PreviewState state;

    private String buildId;

    private UUID createdBy;

    private Instant startedAt;

    private Instant readyAt;

    private Instant finishedAt;

    protected Preview() {}

    Preview(UUID projectId, String commitId, String commitMessage, UUID createdBy) {
        super(UUID.randomUUID(), projectId);
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
    }

    void building() {
        state = PreviewState.BUILDING;
        startedAt = Instant.now();
        error(null);
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
        error(null);
    }

    void stopped(String reason) {
        if (state == PreviewState.READY) {
            state = PreviewState.STOPPED;
            error(reason);
        }
    }

    void failed(String message) {
        state = PreviewState.FAILED;
        finishedAt = Instant.now();
        error(message);
    }

    void expired() {
        state = PreviewState.EXPIRED;
    }

    PreviewInfo info() {
        return new PreviewInfo(
                getId(),
                getProjectId(),
                commitId,
                commitMessage,
                state,
                buildId,
                error(),
                createdAt(),
                startedAt,
                readyAt,
                finishedAt);
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
