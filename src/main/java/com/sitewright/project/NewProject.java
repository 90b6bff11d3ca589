package com.sitewright.project;

import java.math.BigDecimal;

/**
 * What generation has worked out from a prompt before the project exists, the engine (with its
 * model name when it is {@link GenerationEngine#AI}) that will generate it, and its budget for model
 * calls in US dollars ({@code null}: no limit).
 */
public record NewProject(
        String name,
        String description,
        String prompt,
        String industry,
        CmsType cmsType,
        long seed,
        GenerationEngine engine,
        String model,
        BigDecimal budgetUsd) {}
