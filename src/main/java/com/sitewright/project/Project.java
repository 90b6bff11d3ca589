package com.sitewright.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "projects")
class Project {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String prompt;

    @Column(nullable = false)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CmsType cmsType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int contentTypeCount;

    @Column(nullable = false)
    private int contentItemCount;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GenerationEngine engine;

    @Column(name = "engine_model")
    private @Nullable String model;

    private @Nullable BigDecimal budgetUsd;

    // Usage totals are only ever added to by ProjectRepository.addUsage: never written from here, so a job
    // saving the project cannot overwrite what concurrent model calls added.
    @Column(insertable = false, updatable = false)
    private int aiCalls;

    @Column(insertable = false, updatable = false)
    private int aiUnpricedCalls;

    @Column(insertable = false, updatable = false)
    private long aiPromptTokens;

    @Column(insertable = false, updatable = false)
    private long aiCompletionTokens;

    @Column(insertable = false, updatable = false)
    private BigDecimal aiCostUsd = BigDecimal.ZERO;

    @Version
    private long version;

    protected Project() {}

    Project(UUID ownerId, NewProject request, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.name = request.name();
        this.description = request.description();
        this.prompt = request.prompt();
        this.industry = request.industry();
        this.cmsType = request.cmsType();
        this.seed = request.seed();
        this.engine = request.engine();
        this.model = request.model();
        this.budgetUsd = request.budgetUsd();
        this.status = ProjectStatus.GENERATING;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    ProjectSummary summary() {
        return new ProjectSummary(
                id,
                ownerId,
                name,
                description,
                prompt,
                industry,
                cmsType,
                status,
                seed,
                contentTypeCount,
                contentItemCount,
                createdAt,
                updatedAt,
                engine,
                model,
                budgetUsd,
                new ModelUsage(
                        aiCalls,
                        aiUnpricedCalls,
                        aiPromptTokens,
                        aiCompletionTokens,
                        aiCostUsd == null ? BigDecimal.ZERO : aiCostUsd));
    }

    UUID getId() {
        return id;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    void changeStatus(ProjectStatus newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    void changeBudget(@Nullable BigDecimal newBudget, Instant now) {
        budgetUsd = newBudget;
        updatedAt = now;
    }

    void updateCounts(int types, int items, Instant now) {
        contentTypeCount = types;
        contentItemCount = items;
        updatedAt = now;
    }

    void changeEngine(GenerationEngine newEngine, @Nullable String newModel, Instant now) {
        engine = newEngine;
        model = newModel;
        updatedAt = now;
    }
}
