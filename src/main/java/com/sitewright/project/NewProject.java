package com.sitewright.project;

/** What generation has worked out from a prompt before the project exists. */
public record NewProject(String name, String description, String prompt, String industry, CmsType cmsType, long seed) {
}
