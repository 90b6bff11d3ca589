package com.sitewright.generation;

import com.sitewright.base.JobQueue;
import com.sitewright.base.StudioSettings;
import com.sitewright.content.ContentService;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.ItemDraft;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiUsageService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectStatus;
import com.sitewright.project.ProjectSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a project's model and items for one run, or more items of one type ({@link GenerationRun.Kind#MORE}).
 * Takes only the run's ID and commits each step and each batch together with the run's progress, and so can be
 * re-run after a crash: it continues where it stopped, and items carry IDs derived from (project, type, index),
 * so a repeated batch adds nothing. With the AI engine the model designs the content model, chooses the site's
 * theme ({@link ThemeDesigner}) and writes the items ({@link AiItemWriter}); the project's budget stops it cleanly,
 * keeping what was written.
 */
@Component
public class GenerationJob {

    private static final Logger log = LoggerFactory.getLogger(GenerationJob.class);
    /** Runs at least this large change the table enough to reclaim it before the grid reads it. */
    private static final long STATISTICS_THRESHOLD = 1_000;
    /** A full site's model: the AI engine must design at least this many types, like the blueprints do. */
    static final int MINIMUM_AI_TYPES = 20;

    private final GenerationRunRepository runs;
    private final GenerationBatchRepository batches;
    private final ProjectService projects;
    private final ContentModelService model;
    private final ContentService content;
    private final IntentParser intentParser;
    private final OfflineGenerator generator;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final AiService ai;
    private final AiItemWriter aiItems;
    private final AiUsageService usage;
    private final ThemeDesigner themes;
    private final ImageStep images;
    private final JobQueue jobs;

    GenerationJob(
            GenerationRunRepository runs,
            GenerationBatchRepository batches,
            ProjectService projects,
            ContentModelService model,
            ContentService content,
            IntentParser intentParser,
            OfflineGenerator generator,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            StudioSettings settings,
            AiService ai,
            AiItemWriter aiItems,
            AiUsageService usage,
            ThemeDesigner themes,
            ImageStep images,
            JobQueue jobs) {
        this.jobs = jobs;
        this.runs = runs;
        this.batches = batches;
        this.projects = projects;
        this.model = model;
        this.content = content;
        this.intentParser = intentParser;
        this.generator = generator;
        this.transaction = transaction;
        this.events = events;
        this.batchSize = Math.max(50, settings.generationBatchSize());
        this.ai = ai;
        this.aiItems = aiItems;
        this.usage = usage;
        this.themes = themes;
        this.images = images;
    }

    @Job(name = "Generate project content, run %0", retries = 3)
    public void run(UUID runId) {
        Optional<GenerationRun> found = runs.findById(runId);
        if (found.isPresent()
                && found.get().getState().isFinished()
                && found.get().getKind() != GenerationRun.Kind.IMAGES) {
            // Finished, but perhaps cut off before its images run was queued.
            runs.findById(GenerationRun.imagesAfter(found.get()).getId()).ifPresent(this::queue);
            return;
        }
        if (found.isEmpty() || found.get().getState().isFinished()) {
            return;
        }
        UUID projectId = found.get().getProjectId();
        Optional<ProjectSummary> project = projects.find(projectId);
        if (project.isEmpty()) {
            return;
        }
        boolean whole = found.get().getKind() == GenerationRun.Kind.FULL;
        try {
            if (whole) {
                generateProject(runId, project.get());
            } else if (found.get().getKind() == GenerationRun.Kind.IMAGES) {
                drawImagesOnly(runId, projectId);
            } else {
                generateMore(runId, project.get(), found.get());
            }
        } catch (AiGenerationException e) {
            if (projects.find(projectId).isEmpty()) {
                return;
            }
            log.warn("Generation run {} failed: {}", runId, e.getMessage());
            fail(runId, projectId, e.getMessage(), whole);
        } catch (ProjectGoneException e) {
            log.info("Project {} was deleted while generating; stopping run {}", projectId, runId);
        } catch (RuntimeException e) {
            if (projects.find(projectId).isEmpty()) {
                return;
            }
            log.error("Generation run {} failed", runId, e);
            // The details are in the log; the person gets a sentence, not a database message.
            fail(
                    runId,
                    projectId,
                    "Generation stopped by an internal error (run " + runId
                            + "). What was written is kept; the error has been logged.",
                    whole);
        }
    }

    private void generateProject(UUID runId, ProjectSummary project) {
        UUID projectId = project.id();
        GenerationPlan offline = generator.plan(intentParser.parse(project.prompt()));
        if (project.engine() != GenerationEngine.AI) {
            update(runId, run -> run.start((int) offline.totalItems()));
            if (current(runId).getStep() == RunStep.MODEL) {
                storeModel(runId, projectId, offline.types(), false);
            }
            if (current(runId).getStep() == RunStep.ITEMS) {
                writeItems(runId, projectId, offline, offline.types());
            }
            finish(runId, projectId, offline.totalItems(), null);
            return;
        }
        // The AI engine's item count is known only once its model is designed.
        update(runId, run -> run.start(0));
        if (current(runId).getStep() == RunStep.MODEL) {
            ai.checkReachable();
            if (budgetReached(projectId)) {
                finish(runId, projectId, 0, budgetMessage(runId, projectId));
                return;
            }
            storeModel(
                    runId,
                    projectId,
                    ai.designContentModel(AiCall.designing(projectId, runId), project.prompt(), MINIMUM_AI_TYPES),
                    true);
        } else if (current(runId).getStep() == RunStep.THEME || current(runId).getStep() == RunStep.ITEMS) {
            ai.checkReachable();
        }
        if (current(runId).getStep() == RunStep.THEME) {
            // Past the budget the site keeps its industry's default look, and the items step stops the run.
            String notice = budgetReached(projectId)
                    ? null
                    : themes.design(projectId, runId, brief(project)).orElse(null);
            update(runId, run -> run.themeChosen(notice));
        }
        // The model is read back as stored, so a resumed run never asks for it again.
        List<ContentTypeDefinition> stored = model.load(projectId);
        AiItemPlan plan = AiItemPlan.of(offline, stored);
        update(runId, run -> run.start((int) plan.total()));
        String stopped = null;
        if (current(runId).getStep() == RunStep.ITEMS) {
            stopped = writeByAi(
                    runId, project, stored, plan, (type, index) -> OfflineGenerator.itemId(projectId, type, index));
        }
        finish(runId, projectId, plan.total(), stopped);
    }

    /** Writes the plan's items with the model; returns why it stopped early, or null when every batch is written. */
    private String writeByAi(
            UUID runId,
            ProjectSummary project,
            List<ContentTypeDefinition> types,
            AiItemPlan plan,
            BiFunction<String, Integer, UUID> ids) {
        AiItemWriter.Outcome outcome = aiItems.write(
                new AiItemWriter.Work(runId, project.id(), brief(project), types, plan, ids, () -> publish(runId)));
        if (outcome == AiItemWriter.Outcome.BUDGET_REACHED) {
            return budgetMessage(runId, project.id());
        }
        update(runId, GenerationRun::itemsWritten);
        return null;
    }

    /**
     * Adds the run's items to one type: by the model for AI projects (IDs of their own per run, so they never meet
     * earlier items'), by the offline generator otherwise (continuing its indices, so seeds and titles go on).
     */
    private void generateMore(UUID runId, ProjectSummary project, GenerationRun run) {
        UUID projectId = project.id();
        List<ContentTypeDefinition> types = model.load(projectId);
        ContentTypeDefinition type = types.stream()
                .filter(t -> t.key().equals(run.getTypeKey()))
                .findFirst()
                .orElseThrow(() -> new AiGenerationException(
                        "The content type \"" + run.getTypeKey() + "\" no longer exists in this project."));
        update(runId, r -> r.start(r.getRequested()));
        String stopped = null;
        if (project.engine() == GenerationEngine.AI) {
            ai.checkReachable();
            String more = type.key() + "/more/" + runId;
            stopped = writeByAi(
                    runId,
                    project,
                    types,
                    AiItemPlan.more(type, run.getRequested()),
                    (typeKey, index) -> OfflineGenerator.itemId(projectId, more, index));
        } else {
            writeMoreOffline(runId, project, type, run);
            update(runId, GenerationRun::itemsWritten);
        }
        String reason = stopped;
        GenerationRun follow = transaction.execute(status -> {
            projects.updateCounts(projectId, types.size(), (int) content.countAll(projectId));
            if (reason == null) {
                current(runId).succeed();
            } else {
                current(runId).stop(reason);
            }
            return imagesAfter(current(runId));
        });
        publish(runId);
        queue(follow);
    }

    /**
     * The run that draws the pictures of a run's items once the project is ready with them, so a big store is usable
     * (and its site built) before its images are: saved with the finished run, under an ID derived from it, so a
     * repeated finish saves it once. Null when whole-project runs are set to leave images out.
     */
    private GenerationRun imagesAfter(GenerationRun finished) {
        if (!images.enabledForRuns()) {
            return null;
        }
        GenerationRun follow = GenerationRun.imagesAfter(finished);
        return runs.findById(follow.getId()).orElseGet(() -> runs.save(follow));
    }

    /** Queues the images run, once: the job is named by the run, so queueing it again adds nothing. */
    private void queue(GenerationRun follow) {
        if (follow == null || follow.getState().isFinished()) {
            return;
        }
        UUID imagesRunId = follow.getId();
        try {
            jobs.<GenerationJob>start(imagesRunId, job -> job.run(imagesRunId));
        } catch (RuntimeException e) {
            log.debug("Images run {} is queued already: {}", imagesRunId, e.getMessage());
        }
    }

    /**
     * A run of its own that gives the empty picture fields of the project (or of the run's type) an image, a batch
     * committed at a time with the run's progress; running sites are refreshed once, at the end.
     */
    private void drawImagesOnly(UUID runId, UUID projectId) {
        update(runId, run -> run.start(0));
        String onlyType = current(runId).getTypeKey();
        List<ImageStep.Target> targets = images.targets(projectId, onlyType);
        update(runId, run -> run.imagesPlanned(run.getImagesDone() + targets.size()));
        List<String> notes = images.fill(projectId, runId, targets, (values, filled) -> {
            transaction.executeWithoutResult(status -> {
                content.fillEmptyFields(projectId, values);
                current(runId).imagesStored(filled);
            });
            publish(runId);
        });
        transaction.executeWithoutResult(status -> {
            GenerationRun run = current(runId);
            notes.forEach(run::addNotice);
            run.succeed();
            if (!targets.isEmpty()) {
                content.announceImagesFilled(projectId);
            }
        });
        publish(runId);
    }

    private void writeMoreOffline(UUID runId, ProjectSummary project, ContentTypeDefinition type, GenerationRun run) {
        UUID projectId = project.id();
        GenerationPlan base = generator.plan(intentParser.parse(project.prompt()));
        // Existing items of the other types are exactly indices 0..count-1, so references stay valid.
        Map<String, Long> existing = content.countByTypeForJob(projectId);
        Map<String, Integer> counts = new LinkedHashMap<>();
        base.counts()
                .keySet()
                .forEach(key -> counts.put(key, existing.getOrDefault(key, 0L).intValue()));
        int end = run.getStartIndex() + run.getRequested();
        counts.put(type.key(), end);
        GenerationPlan plan = new GenerationPlan(base.intent(), base.types(), counts);
        ItemKeys keys = ItemKeys.of(content.identities(projectId));
        for (int index = current(runId).getIndexCursor(); index < end; ) {
            int last = Math.min(end, index + batchSize);
            List<NewContentItem> batch = new ArrayList<>(last - index);
            for (int i = index; i < last; i++) {
                NewContentItem item = toItem(generator.item(plan, projectId, type.key(), i));
                ItemKeys.Named named = keys.claim(type.key(), item.slug(), item.title(), null);
                batch.add(renamed(item, named));
            }
            int next = last;
            transaction.executeWithoutResult(status -> {
                content.insertBatch(projectId, type, batch);
                current(runId).advance(0, next, batch.size());
            });
            publish(runId);
            index = last;
        }
    }

    /** The item under a slug and title made unique in its type, its slug fields and title field following. */
    private static NewContentItem renamed(NewContentItem item, ItemKeys.Named named) {
        if (named.slug().equals(item.slug()) && named.title().equals(item.title())) {
            return item;
        }
        Map<String, Object> data = new LinkedHashMap<>(item.data());
        data.replaceAll((key, value) ->
                item.slug().equals(value) ? named.slug() : item.title().equals(value) ? named.title() : value);
        return new NewContentItem(
                item.id(), item.typeKey(), item.locale(), named.slug(), named.title(), data, item.status());
    }

    private boolean budgetReached(UUID projectId) {
        return projects.find(projectId).map(ProjectSummary::budgetReached).orElseThrow(ProjectGoneException::new);
    }

    private String budgetMessage(UUID runId, UUID projectId) {
        ProjectSummary project = projects.find(projectId).orElseThrow(ProjectGoneException::new);
        int written = batches.findByIdRunId(runId).stream()
                .mapToInt(GenerationBatch::getItems)
                .sum();
        BigDecimal budget = project.budgetUsd() == null ? BigDecimal.ZERO : project.budgetUsd();
        return "Budget of $" + budget.toPlainString() + " reached after " + written
                + " items; what was generated is kept"
                + " and the project is ready with it. Raise the budget to generate more.";
    }

    /** What the model is told the site is. */
    private static String brief(ProjectSummary project) {
        return project.name() + ". " + (project.description() == null ? "" : project.description() + " ")
                + "The request: " + project.prompt();
    }

    private void storeModel(UUID runId, UUID projectId, List<ContentTypeDefinition> types, boolean themeNext) {
        transaction.executeWithoutResult(status -> {
            model.replace(projectId, types);
            projects.updateCounts(projectId, types.size(), 0);
            current(runId).modelStored(themeNext);
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
            ContentTypeDefinition type = types.stream()
                    .filter(t -> t.key().equals(typeKey))
                    .findFirst()
                    .orElseThrow();
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

    /** The project is ready with what it has; the run succeeded, or stopped early for {@code stopReason}. */
    private void finish(UUID runId, UUID projectId, long plannedItems, String stopReason) {
        if (plannedItems >= STATISTICS_THRESHOLD) {
            content.reclaimWorkingCopy();
        }
        GenerationRun follow = transaction.execute(status -> {
            long stored = content.countAll(projectId);
            projects.updateCounts(projectId, model.load(projectId).size(), (int) stored);
            projects.markStatus(projectId, ProjectStatus.READY);
            if (stopReason == null) {
                current(runId).succeed();
            } else {
                current(runId).stop(stopReason);
            }
            return imagesAfter(current(runId));
        });
        publish(runId);
        events.publishEvent(new GenerationSucceededEvent(projectId));
        queue(follow);
    }

    private static NewContentItem toItem(ItemDraft draft) {
        return new NewContentItem(
                draft.id(),
                draft.typeKey(),
                draft.locale(),
                draft.slug(),
                draft.title(),
                draft.data(),
                ItemStatus.of(draft.status()));
    }

    private GenerationRun current(UUID runId) {
        return runs.findById(runId).orElseThrow(ProjectGoneException::new);
    }

    /**
     * A whole project's run and the project fail together, so nobody reads a failed run of a project still
     * "generating"; a failed "generate more" leaves the project's status as it was. Either way the counts
     * show what was written, which is kept.
     */
    private void fail(UUID runId, UUID projectId, String message, boolean wholeProject) {
        transaction.executeWithoutResult(status -> {
            current(runId).fail(message);
            projects.updateCounts(projectId, model.load(projectId).size(), (int) content.countAll(projectId));
            if (wholeProject) {
                projects.markStatus(projectId, ProjectStatus.FAILED);
            }
        });
        publish(runId);
    }

    private void update(UUID runId, java.util.function.Consumer<GenerationRun> change) {
        transaction.executeWithoutResult(status -> change.accept(current(runId)));
        publish(runId);
    }

    private void publish(UUID runId) {
        runs.findById(runId)
                .map(run -> run.progress().withUsage(usage.runTotals(runId)))
                .ifPresent(events::publishEvent);
    }
}
