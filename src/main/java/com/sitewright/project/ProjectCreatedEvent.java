package com.sitewright.project;

import java.util.UUID;

/** Published inside the transaction that creates a project, so features can start their records for it atomically. */
public record ProjectCreatedEvent(UUID projectId, UUID ownerId, String prompt) {}
