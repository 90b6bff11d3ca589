package com.sitewright.model;

import java.util.UUID;

/** A person changed a project's content model (a type or field added, renamed or removed); published in its transaction. */
public record ContentModelChangedEvent(UUID projectId, String summary) {}
