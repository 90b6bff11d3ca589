package com.sitewright.generation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch of AI-written items that a run committed, saved in the same transaction as its items: a restarted
 * run skips exactly the batches recorded here.
 */
@Entity
@Table(name = "generation_batches")
class GenerationBatch {

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private int items;

    @Column(nullable = false)
    private int dropped;

    @Column(nullable = false)
    private Instant finishedAt;

    protected GenerationBatch() {}

    GenerationBatch(UUID runId, String typeKey, int batchNo, int items, int dropped, Instant finishedAt) {
        this.id = new Key(runId, typeKey, batchNo);
        this.items = items;
        this.dropped = dropped;
        this.finishedAt = finishedAt;
    }

    Key getId() {
        return id;
    }

    int getItems() {
        return items;
    }

    @Embeddable
    record Key(UUID runId, String typeKey, int batchNo) implements Serializable {}
}
