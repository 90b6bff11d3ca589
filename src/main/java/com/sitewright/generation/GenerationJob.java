package com.sitewright.generation;

import com.sitewright.content.ContentJobs;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates a project's model and items for one run, more items of one type ({@link GenerationRun.Kind#MORE}), or
 * the pictures of its items ({@link GenerationRun.Kind#IMAGES}). Takes only the run's ID and commits each step and
 * each batch together with the run's progress ({@link RunTracker}), and so can be re-run after a crash: it continues
 * where it stopped, and items carry IDs derived from (project, type, index), so a repeated batch adds nothing. The
 * project's engine writes the content ({@link OfflineGeneration} or {@link AiGeneration}); this class picks it, ends
 * the run ({@link RunFinisher}) and turns failures into what the person reads.
 */
@Component
public class GenerationJob {

    private static final Logger log = LoggerFactory.getLogger(GenerationJob.class);

    private final RunTracker tracker;
    private final ProjectRecord project;
    private final GenerationStrategy offline;
    private final GenerationStrategy ai;
    private final ImageStep images;
    private final ContentJobs content;
    private final RunFinisher finisher;

    GenerationJob(
            RunTracker tracker,
            ProjectRecord project,
            OfflineGeneration offline,
            AiGeneration ai,
            ImageStep images,
            ContentJobs content,
            RunFinisher finisher) {
        this.tracker = tracker;
        this.project = project;
        this.offline = offline;
        this.ai = ai;
        this.images = images;
        this.content = content;
        this.finisher = finisher;
    }

    // JobRunr stores queued jobs by this class and method: keep both as they are.
    @Job(name = "Generate project content, run %0", retries = 3)
    public void run(UUID runId) {
        Optional<GenerationRun> found = tracker.find(runId);
        if (found.isPresent()
                && found.get().getState().isFinished()
                && found.get().getKind() != GenerationRun.Kind.IMAGES) {
            // Finished, but perhaps cut off before its images run was queued.
            finisher.queueImagesAfter(found.get());
            return;
        }
        if (found.isEmpty() || found.get().getState().isFinished()) {
            return;
        }
        UUID projectId = found.get().getProjectId();
        Optional<ProjectSummary> summary = project.find(projectId);
        if (summary.isEmpty()) {
            return;
        }
        boolean whole = found.get().getKind() == GenerationRun.Kind.FULL;
        try {
            if (whole) {
                GenerationStrategy.Ending ending = strategy(summary.get()).generateProject(runId, summary.get());
                finisher.finishProject(runId, projectId, ending.plannedItems(), ending.stopReason());
            } else if (found.get().getKind() == GenerationRun.Kind.IMAGES) {
                drawImagesOnly(runId, projectId);
            } else {
                generateMore(runId, summary.get(), found.get());
            }
        } catch (AiGenerationException e) {
            if (project.find(projectId).isEmpty()) {
                return;
            }
            log.warn("Generation run {} failed: {}", runId, e.getMessage());
            finisher.fail(runId, projectId, e.getMessage(), whole);
        } catch (ProjectGoneException e) {
            log.info("Project {} was deleted while generating; stopping run {}", projectId, runId);
        } catch (RuntimeException e) {
            if (project.find(projectId).isEmpty()) {
                return;
            }
            log.error("Generation run {} failed", runId, e);
            // The details are in the log; the person gets a sentence, not a database message.
            finisher.fail(
                    runId,
                    projectId,
                    "Generation stopped by an internal error (run " + runId
                            + "). What was written is kept; the error has been logged.",
                    whole);
        }
    }

    private GenerationStrategy strategy(ProjectSummary summary) {
        return summary.engine() == GenerationEngine.AI ? ai : offline;
    }

    /** Adds the run's items to one type, by the project's engine. */
    private void generateMore(UUID runId, ProjectSummary summary, GenerationRun run) {
        UUID projectId = summary.id();
        List<ContentTypeDefinition> types = project.types(projectId);
        ContentTypeDefinition type = types.stream()
                .filter(t -> t.key().equals(run.getTypeKey()))
                .findFirst()
                .orElseThrow(() -> new AiGenerationException(
                        "The content type \"" + run.getTypeKey() + "\" no longer exists in this project."));
        tracker.update(runId, r -> r.start(r.getRequested(), tracker.now()));
        String stopped = strategy(summary).generateMore(runId, summary, types, type, run);
        finisher.finishMore(runId, projectId, types.size(), stopped);
    }

    /**
     * A run of its own that gives the empty picture fields of the project (or of the run's type) an image, a batch
     * committed at a time with the run's progress; running sites are refreshed once, at the end.
     */
    private void drawImagesOnly(UUID runId, UUID projectId) {
        tracker.update(runId, run -> run.start(0, tracker.now()));
        String onlyType = tracker.current(runId).getTypeKey();
        List<ImageStep.Target> targets = images.targets(projectId, onlyType);
        tracker.update(runId, run -> run.imagesPlanned(run.getImagesDone() + targets.size()));
        List<String> notes = images.fill(
                projectId,
                runId,
                targets,
                (values, filled) -> tracker.commit(
                        runId, () -> content.fillEmptyFields(projectId, values), run -> run.imagesStored(filled)));
        tracker.update(runId, run -> {
            notes.forEach(run::addNotice);
            run.succeed(tracker.now());
            if (!targets.isEmpty()) {
                content.announceImagesFilled(projectId);
            }
        });
    }
}
