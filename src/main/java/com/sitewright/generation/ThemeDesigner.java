package com.sitewright.generation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Chooses the look of an AI project's site during its run. The site generator owns themes and implements this,
 * so that a run can include the step without this feature depending on the site generator.
 */
public interface ThemeDesigner {

    /**
     * Asks the model for the site's theme and stores it, its call counted against the run.
     *
     * @return a sentence for the person when the model's theme could not be used and a default look was kept
     * @throws com.sitewright.llm.AiGenerationException when the endpoint fails
     */
    Optional<String> design(UUID projectId, UUID runId, String siteBrief);

    /** For jobs: the site's colours as #rrggbb, in the order primary, accent, background, text. */
    List<String> palette(UUID projectId);
}
