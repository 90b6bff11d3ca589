package com.sitewright.generation;

import com.sitewright.base.StudioSettings;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes a project with the offline blueprint generator: the blueprint's model, then its items in batches of
 * {@code sitewright.generation-batch-size}, each committed with the run's cursor (type position, item index), so a
 * resumed run continues after the last committed batch. Items carry IDs derived from (project, type, index), so a
 * repeated batch adds nothing.
 */
@Component
class OfflineGeneration implements GenerationStrategy {

    private final BlueprintPlanner planner;
    private final ContentJobs content;
    private final ProjectRecord project;
    private final RunTracker tracker;
    private final int batchSize;

    OfflineGeneration(
            BlueprintPlanner planner,
            ContentJobs content,
            ProjectRecord project,
            RunTracker tracker,
            StudioSettings settings) {
        this.planner = planner;
        this.content = content;
        this.project = project;
        this.tracker = tracker;
        this.batchSize = Math.max(50, settings.generationBatchSize());
    }

    @Override
    public Ending generateProject(UUID runId, ProjectSummary summary) {
        UUID projectId = summary.id();
        GenerationPlan plan = planner.plan(summary.prompt());
        tracker.update(runId, run -> run.start((int) plan.totalItems(), tracker.now()));
        if (tracker.current(runId).getStep() == RunStep.MODEL) {
            tracker.commit(runId, () -> project.storeModel(projectId, plan.types()), run -> run.modelStored(false));
        }
        if (tracker.current(runId).getStep() == RunStep.ITEMS) {
            writeItems(runId, projectId, plan);
        }
        return new Ending(plan.totalItems(), null);
    }

    private void writeItems(UUID runId, UUID projectId, GenerationPlan plan) {
        List<Map.Entry<String, Integer>> counts = new ArrayList<>(plan.counts().entrySet());
        GenerationRun start = tracker.current(runId);
        int index = start.getIndexCursor();
        for (int typePosition = start.getTypeCursor(); typePosition < counts.size(); typePosition++, index = 0) {
            String typeKey = counts.get(typePosition).getKey();
            int count = counts.get(typePosition).getValue();
            ContentTypeDefinition type = plan.types().stream()
                    .filter(t -> t.key().equals(typeKey))
                    .findFirst()
                    .orElseThrow();
            while (index < count) {
                int end = Math.min(count, index + batchSize);
                List<NewContentItem> batch = new ArrayList<>(end - index);
                for (int i = index; i < end; i++) {
                    batch.add(planner.item(plan, projectId, typeKey, i));
                }
                int nextType = end == count ? typePosition + 1 : typePosition;
                int nextIndex = end == count ? 0 : end;
                int written = end - index;
                tracker.commit(
                        runId,
                        () -> content.insertBatch(projectId, type, batch),
                        run -> run.advance(nextType, nextIndex, written));
                index = end;
            }
        }
        tracker.update(runId, GenerationRun::itemsWritten);
    }

    /** Continues the blueprint's indices of the type, so seeds and titles go on from the items already there. */
    @Override
    public String generateMore(
            UUID runId,
            ProjectSummary summary,
            List<ContentTypeDefinition> types,
            ContentTypeDefinition type,
            GenerationRun run) {
        UUID projectId = summary.id();
        int end = run.getStartIndex() + run.getRequested();
        GenerationPlan plan = morePlan(planner.plan(summary.prompt()), content.countByType(projectId), type.key(), end);
        ItemKeys keys = ItemKeys.of(content.identities(projectId));
        for (int index = tracker.current(runId).getIndexCursor(); index < end; ) {
            int last = Math.min(end, index + batchSize);
            List<NewContentItem> batch = new ArrayList<>(last - index);
            for (int i = index; i < last; i++) {
                NewContentItem item = planner.item(plan, projectId, type.key(), i);
                ItemKeys.Named named = keys.claim(type.key(), item.slug(), item.title(), null);
                batch.add(renamed(item, named));
            }
            int next = last;
            tracker.commit(
                    runId, () -> content.insertBatch(projectId, type, batch), r -> r.advance(0, next, batch.size()));
            index = last;
        }
        tracker.update(runId, GenerationRun::itemsWritten);
        return null;
    }

    /**
     * The blueprint with the counts the project holds, the type's raised to {@code end}: existing items of the other
     * types are exactly indices 0..count-1, so the new items' references stay valid.
     */
    static GenerationPlan morePlan(GenerationPlan base, Map<String, Long> existing, String typeKey, int end) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        base.counts()
                .keySet()
                .forEach(key -> counts.put(key, existing.getOrDefault(key, 0L).intValue()));
        counts.put(typeKey, end);
        return new GenerationPlan(base.intent(), base.types(), counts);
    }

    /** The item under a slug and title made unique in its type, its slug fields and title field following. */
    static NewContentItem renamed(NewContentItem item, ItemKeys.Named named) {
        if (named.slug().equals(item.slug()) && named.title().equals(item.title())) {
            return item;
        }
        Map<String, Object> data = new LinkedHashMap<>(item.data());
        data.replaceAll((key, value) ->
                item.slug().equals(value) ? named.slug() : item.title().equals(value) ? named.title() : value);
        return new NewContentItem(
                item.id(), item.typeKey(), item.locale(), named.slug(), named.title(), data, item.status());
    }
}
