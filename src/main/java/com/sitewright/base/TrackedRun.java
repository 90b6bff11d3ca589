package com.sitewright.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every tracked piece of a project's work shares (a generation run, a preview build, a deployment, a bulk
 * operation): its ID, project, when it was asked for, why it failed, and the version that keeps two writers from
 * overwriting each other. Its state and times are its own.
 */
@MappedSuperclass
public abstract class TrackedRun {

    /** Enough of a failure for people to act on; a build's log tail can be far longer. */
    private static final int MAX_ERROR_LENGTH = 4_000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    private @Nullable String error;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrackedRun() {}

    protected TrackedRun(UUID id, UUID projectId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    protected Instant createdAt() {
        return createdAt;
    }

    protected @Nullable String error() {
        return error;
    }

    /** Records why the work failed or stopped; null clears it. */
    protected void error(@Nullable String message) {
        error = message == null || message.length() <= MAX_ERROR_LENGTH
                ? message
                : message.substring(0, MAX_ERROR_LENGTH);
    }
}
