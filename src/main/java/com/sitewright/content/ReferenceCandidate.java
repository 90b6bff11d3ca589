package com.sitewright.content;

import java.util.UUID;

/** An item a reference field may point to, as a picker lists it. */
public record ReferenceCandidate(UUID id, String typeKey, String title) {}
