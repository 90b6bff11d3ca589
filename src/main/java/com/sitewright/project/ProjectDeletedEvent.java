package com.sitewright.project;

import java.util.UUID;

/** Published when a project is deleted; features that keep files for it remove them once the deletion commits. */
public record ProjectDeletedEvent(UUID projectId) {}
