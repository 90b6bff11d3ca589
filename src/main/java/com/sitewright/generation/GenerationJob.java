package com.sitewright.generation;

import com.sitewright.ai.AiGenerationException;
import com.sitewright.ai.AiService;
import com.sitewright.content.ContentService;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.contentmodel.ContentModelService;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.base.StudioSettings;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.ItemDraft;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectStatus;
import com.sitewright.project.ProjectSummary;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Generates a project's model and items for one run. Takes only the run's ID, commits each step and
 * each batch together with the run's cursor, and so can be re-run after a crash: it continues from the
 * cursor, and items carry IDs derived from (project, type, index), so a repeated batch adds nothing.
 */
@Component
public class GenerationJob {

    private static final Logger log = LoggerFactory.getLogger(GenerationJob.class);
    /** Runs at least this large change the table enough to refresh its statistics before the grid reads it. */
    private static final long STATISTICS_THRESHOLD = 1_000;
    /** A full site's model: the AI engine must design at least this many types, like the blueprints do. */
    static final int MINIMUM_AI_TYPES = 20;

    private final GenerationRunRepository runs;
    private final ProjectService projects;
    private final ContentModelService model;
    private final ContentService content;
    private final IntentParser intentParser;
    private final OfflineGenerator generator;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final AiService ai;

    GenerationJob(GenerationRunRepository runs, ProjectService projects, ContentModelService model,
                  ContentService content, IntentParser intentParser, OfflineGenerator generator,
                  TransactionTemplate transaction, ApplicationEventPublisher events, StudioSettings settings,
                  AiService ai) {
        this.runs = runs;
        this.projects = projects;
        this.model = model;
        this.content = content;
        this.intentParser = intentParser;
        this.generator = generator;
        this.transaction = transaction;
        this.events = events;
        this.batchSize = Math.max(50, settings.generationBatchSize());
        this.ai = ai;
    }

    @Job(name = "Generate project content, run %0", retries = 3)
    public void run(UUID runId) {
        Optional<GenerationRun> found = runs.findById(runId);
        if (found.isEmpty() || found.get().getState().isFinished()) {
            return;
        }
        UUID projectId = found.get().getProjectId();
        Optional<ProjectSummary> project = projects.find(projectId);
        if (project.isEmpty()) {
            return;
        }
        try {
            GenerationPlan offline = generator.plan(intentParser.parse(project.get().prompt()));
            boolean byAi = project.get().engine() == GenerationEngine.AI;
            // The AI engine's item count is known only once its model is designed.
            update(runId, run -> run.start(byAi ? 0 : (int) offline.totalItems()));
            if (current(runId).getStep() == RunStep.MODEL) {
                storeModel(runId, projectId, byAi
                        ? ai.designContentModel(project.get().prompt(), MINIMUM_AI_TYPES) : offline.types());
            }
            // The AI engine's model is read back as stored, so a resumed run never asks the model again.
            List<ContentTypeDefinition> stored = byAi ? model.load(projectId) : offline.types();
            GenerationPlan plan = byAi ? generator.forModel(offline, stored) : offline;
            if (byAi) {
                update(runId, run -> run.start((int) plan.totalItems()));
            }
            if (current(runId).getStep() == RunStep.ITEMS) {
                writeItems(runId, projectId, plan, stored);
            }
            finish(runId, projectId, plan, stored.size());
        } catch (AiGenerationException e) {
            if (projects.find(projectId).isEmpty()) {
                return;
            }
            log.warn("Generation run {} failed: {}", runId, e.getMessage());
            fail(runId, projectId, e.getMessage());
        } catch (ProjectGoneException e) {
            log.info("Project {} was deleted while generating; stopping run {}", projectId, runId);
        } catch (RuntimeException e) {
            if (projects.find(projectId).isEmpty()) {
                return;
            }
            log.error("Generation run {} failed", runId, e);
            // The details are in the log; the person gets a sentence, not a database message.
            fail(runId, projectId, "Generation stopped by an internal error (run " + runId
                    + "). What was written is kept; the error has been logged.");
        }
    }

    private void storeModel(UUID runId, UUID projectId, List<ContentTypeDefinition> types) {
        transaction.executeWithoutResult(status -> {
            model.replace(projectId, types);
            projects.updateCounts(projectId, types.size(), 0);
            current(runId).modelStored();
        });
        publish(runId);
    }

    private void writeItems(UUID runId, UUID projectId, GenerationPlan plan, List<ContentTypeDefinition> types) {
        List<Map.Entry<String, Integer>> counts = new ArrayList<>(plan.counts().entrySet());
        GenerationRun start = current(runId);
        int index = start.getIndexCursor();
        for (int typePosition = start.getTypeCursor(); typePosition < counts.size(); typePosition++, index = 0) {
            String typeKey = counts.get(typePosition).getKey();
            int count = counts.get(typePosition).getValue();
            ContentTypeDefinition type = types.stream().filter(t -> t.key().equals(typeKey)).findFirst().orElseThrow();
            while (index < count) {
                int end = Math.min(count, index + batchSize);
                List<NewContentItem> batch = new ArrayList<>(end - index);
                for (int i = index; i < end; i++) {
                    batch.add(toItem(generator.item(plan, projectId, typeKey, i)));
                }
                int nextType = end == count ? typePosition + 1 : typePosition;
                int nextIndex = end == count ? 0 : end;
                int written = end - index;
                transaction.executeWithoutResult(status -> {
                    content.insertBatch(projectId, type, batch);
                    current(runId).advance(nextType, nextIndex, written);
                });
                publish(runId);
                index = end;
            }
        }
        update(runId, GenerationRun::itemsWritten);
    }

    private void finish(UUID runId, UUID projectId, GenerationPlan plan, int typeCount) {
        if (plan.totalItems() >= STATISTICS_THRESHOLD) {
            content.refreshStatistics();
        }
        transaction.executeWithoutResult(status -> {
            long stored = content.countAll(projectId);
            projects.updateCounts(projectId, typeCount, (int) stored);
            projects.markStatus(projectId, ProjectStatus.READY);
            current(runId).succeed();
        });
        publish(runId);
        events.publishEvent(new GenerationSucceededEvent(projectId));
    }

    private static NewContentItem toItem(ItemDraft draft) {
        return new NewContentItem(draft.id(), draft.typeKey(), draft.locale(), draft.slug(), draft.title(),
                draft.data(), ItemStatus.of(draft.status()));
    }

    private GenerationRun current(UUID runId) {
        return runs.findById(runId).orElseThrow(ProjectGoneException::new);
    }

    /** The run and its project fail together, so nobody reads a failed run of a project still "generating". */
    private void fail(UUID runId, UUID projectId, String message) {
        transaction.executeWithoutResult(status -> {
            current(runId).fail(message);
            projects.markStatus(projectId, ProjectStatus.FAILED);
        });
        publish(runId);
    }

    private void update(UUID runId, java.util.function.Consumer<GenerationRun> change) {
        transaction.executeWithoutResult(status -> change.accept(current(runId)));
        publish(runId);
    }

    private void publish(UUID runId) {
        runs.findById(runId).map(GenerationRun::progress).ifPresent(events::publishEvent);
    }

    /** The run's row vanished with its project (deletion cascades): nothing left to do. */
    private static final class ProjectGoneException extends RuntimeException {
    }
}
