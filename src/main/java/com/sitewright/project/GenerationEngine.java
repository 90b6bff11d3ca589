package com.sitewright.project;

import java.util.Locale;

/** What generates a project's content model: the deterministic offline generator or an OpenAI-compatible model. */
public enum GenerationEngine {
    OFFLINE,
    AI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine an API client named, or empty for anything else. */
    public static java.util.Optional<GenerationEngine> of(String id) {
        for (GenerationEngine engine : values()) {
            if (engine.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return java.util.Optional.of(engine);
            }
        }
        return java.util.Optional.empty();
    }
}
