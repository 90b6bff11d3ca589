package com.sitewright.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ProjectSummary(
        UUID id,
        UUID ownerId,
        String name,
        String description,
        String prompt,
        String industry,
        CmsType cmsType,
        ProjectStatus status,
        long seed,
        int contentTypes,
        int contentItems,
        Instant createdAt,
        Instant updatedAt,
        GenerationEngine engine,
        @Nullable String model,
        @Nullable BigDecimal budgetUsd,
        ModelUsage usage) {

    /** Whether the project's model calls have used up its budget (never, without one). */
    public boolean budgetReached() {
        return budgetUsd != null && usage.costUsd().compareTo(budgetUsd) >= 0;
    }

    /** Which engine generated the project, for people: "Offline blueprint" or "AI · gpt-4o-mini". */
    public String engineLabel() {
        return engine == GenerationEngine.AI
                ? "AI" + (model == null || model.isBlank() ? "" : " \u00b7 " + model)
                : "Offline blueprint";
    }
}
