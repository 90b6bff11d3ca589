package com.sitewright.generation;

import java.util.UUID;

/** Published once a project's model and items are all written; later steps (such as the site source) start from it. */
public record GenerationSucceededEvent(UUID projectId) {}
