package com.sitewright.content.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A bulk change of many items run as a job: its request, progress and the cursor it continues from. */
@Entity
@Table(name = "bulk_operations")
class BulkOperation {

    private static final int MAX_ERROR = 2_000;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BulkAction action;

    /** The request as JSON: the selection, and the field and value of a "set". */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BulkState state;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int affected;

    @Column(name = "cursor_id")
    private UUID cursorId;

    private String error;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected BulkOperation() {}

    BulkOperation(UUID projectId, BulkAction action, String request, int total, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.action = action;
        this.request = request;
        this.total = total;
        this.createdBy = createdBy;
        this.state = BulkState.QUEUED;
        this.createdAt = Instant.now();
    }

    BulkProgress progress() {
        return new BulkProgress(id, action, state, total, done, affected, error, createdAt, finishedAt);
    }

    void start() {
        state = BulkState.RUNNING;
    }

    /** A batch is committed: the items up to {@code cursor} are done. */
    void advance(UUID cursor, int worked, int changed) {
        cursorId = cursor;
        done = Math.min(total, done + worked);
        affected += changed;
    }

    void finish() {
        state = BulkState.DONE;
        done = total;
        finishedAt = Instant.now();
    }

    void fail(String message) {
        state = BulkState.FAILED;
        error = message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
        finishedAt = Instant.now();
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
    }

    BulkAction getAction() {
        return action;
    }

    String getRequest() {
        return request;
    }

    BulkState getState() {
        return state;
    }

    UUID getCursorId() {
        return cursorId;
    }

    UUID getCreatedBy() {
        return createdBy;
    }
}
