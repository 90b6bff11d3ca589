package com.sitewright.llm;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whom a model call is for, so its tokens and cost are recorded against the project and run.
 *
 * @param purpose what the call does, e.g. "model" or "items:menuItem"
 */
public record AiCall(UUID projectId, @Nullable UUID runId, String purpose) {

    public static AiCall designing(UUID projectId, UUID runId) {
        return new AiCall(projectId, runId, "model");
    }

    public static AiCall theming(UUID projectId, UUID runId) {
        return new AiCall(projectId, runId, "theme");
    }

    public static AiCall picturing(UUID projectId, UUID runId, String typeKey) {
        return new AiCall(projectId, runId, "image:" + typeKey);
    }

    public static AiCall writing(UUID projectId, UUID runId, String typeKey) {
        return new AiCall(projectId, runId, "items:" + typeKey);
    }
}
