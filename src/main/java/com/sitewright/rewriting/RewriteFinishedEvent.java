package com.sitewright.rewriting;

import java.util.UUID;

/** A rewrite ended; {@code summary} says how many items changed and why others did not. */
public record RewriteFinishedEvent(UUID projectId, String summary) {}
