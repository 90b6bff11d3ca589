package com.sitewright.cms.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One push of a project to its CMS (or its dry run). Plan, counts and failures are kept as JSON. */
@Entity
@Table(name = "cms_pushes")
class CmsPush {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private boolean dryRun;

    @Column(nullable = false)
    private boolean confirmDeletes;

    @Column(nullable = false)
    private boolean confirmTypeChanges;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String onlyItems;

    private UUID retryOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PushPhase phase;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String plan;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String counts;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String failures;

    private int total;
    private int done;
    private int requests;
    private String error;

    @Column(nullable = false)
    private UUID createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant startedAt;

    private Instant finishedAt;

    protected CmsPush() {}

    CmsPush(
            UUID projectId,
            String provider,
            boolean dryRun,
            boolean confirmDeletes,
            boolean confirmTypeChanges,
            String onlyItems,
            UUID retryOf,
            UUID createdBy,
            String emptyCounts,
            Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.provider = provider;
        this.dryRun = dryRun;
        this.confirmDeletes = confirmDeletes;
        this.confirmTypeChanges = confirmTypeChanges;
        this.onlyItems = onlyItems;
        this.retryOf = retryOf;
        this.createdBy = createdBy;
        this.state = PushState.QUEUED;
        this.phase = PushPhase.WAITING;
        this.counts = emptyCounts;
        this.failures = "[]";
        this.createdAt = now;
    }

    /** Starting again after a restart keeps the start time, so the ETA counts the whole push. */
    void start(Instant now) {
        state = PushState.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void planned(String planJson, int totalWork) {
        this.plan = planJson;
        this.total = totalWork;
    }

    void progress(PushPhase phase, int done, int requests, String countsJson, String failuresJson) {
        this.phase = phase;
        this.done = done;
        this.requests = requests;
        this.counts = countsJson;
        this.failures = failuresJson;
    }

    void finish(PushState end, String error, Instant now) {
        this.state = end;
        this.phase = PushPhase.DONE;
        this.error = error;
        this.finishedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
    }

    String getProvider() {
        return provider;
    }

    boolean isDryRun() {
        return dryRun;
    }

    boolean isConfirmDeletes() {
        return confirmDeletes;
    }

    boolean isConfirmTypeChanges() {
        return confirmTypeChanges;
    }

    String getOnlyItems() {
        return onlyItems;
    }

    UUID getRetryOf() {
        return retryOf;
    }

    PushState getState() {
        return state;
    }

    PushPhase getPhase() {
        return phase;
    }

    String getPlan() {
        return plan;
    }

    String getCounts() {
        return counts;
    }

    String getFailures() {
        return failures;
    }

    int getTotal() {
        return total;
    }

    int getDone() {
        return done;
    }

    int getRequests() {
        return requests;
    }

    String getError() {
        return error;
    }

    UUID getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
