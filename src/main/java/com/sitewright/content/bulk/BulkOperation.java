package com.sitewright.content.bulk;

import com.sitewright.base.TrackedRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/** A bulk change of many items run as a job: its request, progress and the cursor it continues from. */
@Entity
@Table(name = "bulk_operations")
class BulkOperation extends TrackedRun {

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

    private @Nullable UUID cursorId;

    private UUID createdBy;

    private @Nullable Instant finishedAt;

    protected BulkOperation() {}

    BulkOperation(UUID projectId, BulkAction action, String request, int total, UUID createdBy, Instant now) {
        super(UUID.randomUUID(), projectId, now);
        this.action = action;
        this.request = request;
        this.total = total;
        this.createdBy = createdBy;
        this.state = BulkState.QUEUED;
    }

    BulkProgress progress() {
        return new BulkProgress(getId(), action, state, total, done, affected, error(), createdAt(), finishedAt);
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

    void finish(Instant now) {
        state = BulkState.DONE;
        done = total;
        finishedAt = now;
    }

    void fail(@Nullable String message, Instant now) {
        state = BulkState.FAILED;
        error(message);
        finishedAt = now;
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

    @Nullable
    UUID getCursorId() {
        return cursorId;
    }

    UUID getCreatedBy() {
        return createdBy;
    }
}
