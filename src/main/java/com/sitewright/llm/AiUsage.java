package com.sitewright.llm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One call to the model: whom it was for, the tokens it used and its estimated cost. */
@Entity
@Table(name = "ai_usage")
class AiUsage {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    private @Nullable UUID runId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String model;

    @Column(nullable = false)
    private long promptTokens;

    @Column(nullable = false)
    private long completionTokens;

    @Column(nullable = false)
    private BigDecimal costUsd;

    @Column(nullable = false)
    private boolean priceKnown;

    @Column(nullable = false)
    private Instant createdAt;

    protected AiUsage() {}

    AiUsage(
            AiCall call,
            String model,
            long promptTokens,
            long completionTokens,
            BigDecimal costUsd,
            boolean priceKnown,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.projectId = call.projectId();
        this.runId = call.runId();
        this.purpose = call.purpose().length() > 32 ? call.purpose().substring(0, 32) : call.purpose();
        this.model = model.length() > 120 ? model.substring(0, 120) : model;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.costUsd = costUsd;
        this.priceKnown = priceKnown;
        this.createdAt = createdAt;
    }
}
