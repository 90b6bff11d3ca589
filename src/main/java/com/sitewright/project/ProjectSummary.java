package com.sitewright.project;

import java.time.Instant;
import java.util.UUID;

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
        String model) {

    /** Which engine generated the project, for people: "Offline blueprint" or "AI · gpt-4o-mini". */
    public String engineLabel() {
        return engine == GenerationEngine.AI ? "AI" + (model == null || model.isBlank() ? "" : " \u00b7 " + model)
                : "Offline blueprint";
    }
}
