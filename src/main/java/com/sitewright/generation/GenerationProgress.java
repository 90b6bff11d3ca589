package com.sitewright.generation;

import com.sitewright.project.ModelUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a generation run stands; published as an application event after each committed step.
 *
 * @param error    why the run failed, or why it stopped early ({@link RunState#STOPPED})
 * @param typeKey  for a run that adds items to one type ("generate more"), that type; null for a whole project
 * @param usage    what the run's calls to the model used
 * @param imagesDone  asset fields filled so far by the images step
 * @param imagesTotal asset fields the images step fills
 * @param kind        "full" (a whole project), "more" (items of one type) or "images" (the pictures of the items,
 *                    drawn once the project is ready with them)
 * @param asOf        when this was read; an unfinished run's elapsed time runs to it
 */
public record GenerationProgress(
        UUID projectId,
        UUID runId,
        RunState state,
        RunStep step,
        int itemsDone,
        int itemsTotal,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error,
        String typeKey,
        ModelUsage usage,
        int imagesDone,
        int imagesTotal,
        String kind,
        Instant asOf) {

    public GenerationProgress withUsage(ModelUsage runUsage) {
        return new GenerationProgress(
                projectId,
                runId,
                state,
                step,
                itemsDone,
                itemsTotal,
                createdAt,
                startedAt,
                finishedAt,
                error,
                typeKey,
                runUsage,
                imagesDone,
                imagesTotal,
                kind,
                asOf);
    }

    /** 0.0 to 1.0: the model and theme count for a tenth, the items for most of the rest; an images run by its pictures. */
    public double fraction() {
        return switch (step) {
            case INTENT -> 0.0;
            case MODEL -> 0.05;
            case THEME -> 0.08;
            case ITEMS -> 0.1 + 0.89 * (itemsTotal == 0 ? 0 : (double) itemsDone / itemsTotal);
            case IMAGES -> 0.99 * (imagesTotal == 0 ? 0 : (double) imagesDone / imagesTotal);
            case FINISHING -> 0.99;
            case DONE -> 1.0;
        };
    }

    public Duration elapsed() {
        Instant from = startedAt != null ? startedAt : createdAt;
        Instant to = finishedAt != null ? finishedAt : asOf;
        return from == null || to == null ? Duration.ZERO : Duration.between(from, to);
    }
}
