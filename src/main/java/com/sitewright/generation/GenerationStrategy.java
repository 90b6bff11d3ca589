package com.sitewright.generation;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.UUID;

/**
 * How a run's content is written: by the offline blueprint generator ({@link OfflineGeneration}) or by the language
 * model ({@link AiGeneration}). Both continue a run from the step and batches it committed, and leave ending the
 * run to the job.
 */
interface GenerationStrategy {

    /** How a whole project's writing ended: the items it planned, and why it stopped early (null when it did not). */
    record Ending(long plannedItems, String stopReason) {}

    /** Writes a whole project from where its run stopped: the content model, then (for the model) the theme, then the items. */
    Ending generateProject(UUID runId, ProjectSummary project);

    /**
     * Writes a "generate more" run's items of {@code type}, which the job has started.
     *
     * @param types the project's whole content model
     * @return why it stopped early, or null when every item is written
     */
    String generateMore(
            UUID runId,
            ProjectSummary project,
            List<ContentTypeDefinition> types,
            ContentTypeDefinition type,
            GenerationRun run);
}
