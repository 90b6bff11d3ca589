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

    Preview(UUID projectId, String commitId, String commitMessage, UUID createdBy, Instant now) {
        super(UUID.randomUUID(), projectId, now);
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

    void building(Instant now) {
        state = PreviewState.BUILDING;
        startedAt = now;
        error(null);
    }

    void built(String buildId, Instant now) {
        this.buildId = buildId;
        finishedAt = now;
    }

    void ready(Instant now) {
        state = PreviewState.READY;
        if (readyAt == null) {
            readyAt = now;
        }
        error(null);
    }

    void stopped(String reason) {
        if (state == PreviewState.READY) {
            state = PreviewState.STOPPED;
            error(reason);
        }
    }

    void failed(String message, Instant now) {
        state = PreviewState.FAILED;
        finishedAt = now;
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
