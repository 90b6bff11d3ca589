package com.sitewright.project;

/**
 * What generation has worked out from a prompt before the project exists, and the engine (with its
 * model name when it is {@link GenerationEngine#AI}) that will generate it.
 */
public record NewProject(String name, String description, String prompt, String industry, CmsType cmsType, long seed,
                         GenerationEngine engine, String model) {
}
