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
        Instant updatedAt) {
}
