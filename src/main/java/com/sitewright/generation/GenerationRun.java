package com.sitewright.generation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One generation of a project. The cursor (type position, item index) is committed together with
 * each batch of items, so a run that was cut off resumes exactly where it stopped.
 */
@Entity
@Table(name = "generation_runs")
class GenerationRun {

    private static final int MAX_ERROR_LENGTH = 2_000;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStep step;

    @Column(name = "items_total", nullable = false)
    private int itemsTotal;

    @Column(name = "items_done", nullable = false)
    private int itemsDone;

    @Column(name = "type_cursor", nullable = false)
    private int typeCursor;

    @Column(name = "index_cursor", nullable = false)
    private int indexCursor;

    private String notices;

    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected GenerationRun() {
    }

    GenerationRun(UUID projectId, String notices) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.state = RunState.QUEUED;
        this.step = RunStep.MODEL;
        this.notices = notices;
        this.createdAt = Instant.now();
    }

    GenerationProgress progress() {
        return new GenerationProgress(projectId, id, state, step, itemsDone, itemsTotal, createdAt, startedAt,
                finishedAt, error);
    }

    void start(int total) {
        state = RunState.RUNNING;
        itemsTotal = total;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
    }

    void modelStored() {
        step = RunStep.ITEMS;
        typeCursor = 0;
        indexCursor = 0;
        itemsDone = 0;
    }

    void advance(int newTypeCursor, int newIndexCursor, int written) {
        typeCursor = newTypeCursor;
        indexCursor = newIndexCursor;
        itemsDone = Math.min(itemsTotal, itemsDone + written);
    }

    void itemsWritten() {
        step = RunStep.FINISHING;
    }

    void succeed() {
        state = RunState.SUCCEEDED;
        step = RunStep.DONE;
        itemsDone = itemsTotal;
        finishedAt = Instant.now();
    }

    void fail(String message) {
        state = RunState.FAILED;
        error = message == null ? "Generation failed" :
                message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        finishedAt = Instant.now();
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
    }

    RunState getState() {
        return state;
    }

    RunStep getStep() {
        return step;
    }

    int getTypeCursor() {
        return typeCursor;
    }

    int getIndexCursor() {
        return indexCursor;
    }

    String getNotices() {
        return notices;
    }
}
