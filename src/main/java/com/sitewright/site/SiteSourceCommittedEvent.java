package com.sitewright.site;

import java.util.UUID;

/** The project's site source has a new commit (after generation, a model change or a theme change). */
public record SiteSourceCommittedEvent(UUID projectId, String commitId) {}
