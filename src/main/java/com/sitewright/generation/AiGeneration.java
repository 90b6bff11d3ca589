package com.sitewright.generation;

import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * Writes a project with the language model: it designs the content model, chooses the site's theme
 * ({@link ThemeDesigner}) and writes the items ({@link AiItemWriter}) in the counts the prompt's blueprint plans. The
 * project's budget stops it cleanly, keeping what was written; the calls' usage is counted against the run.
 */
@Component
class AiGeneration implements GenerationStrategy {

    /** A full site's model: the AI engine must design at least this many types, like the blueprints do. */
    static final int MINIMUM_AI_TYPES = 20;

    private final AiService ai;
    private final ThemeDesigner themes;
    private final AiItemWriter items;
    private final ProjectBudget budget;
    private final BlueprintPlanner planner;
    private final ProjectRecord project;
    private final RunTracker tracker;

    AiGeneration(
            AiService ai,
            ThemeDesigner themes,
            AiItemWriter items,
            ProjectBudget budget,
            BlueprintPlanner planner,
            ProjectRecord project,
            RunTracker tracker) {
        this.ai = ai;
        this.themes = themes;
        this.items = items;
        this.budget = budget;
        this.planner = planner;
        this.project = project;
        this.tracker = tracker;
    }

    @Override
    public Ending generateProject(UUID runId, ProjectSummary summary) {
        UUID projectId = summary.id();
        GenerationPlan blueprint = planner.plan(summary.prompt());
        // The item count is known only once the model is designed.
        tracker.update(runId, run -> run.start(0, tracker.now()));
        if (step(runId) == RunStep.MODEL) {
            ai.checkReachable();
            if (budget.reached(projectId)) {
                return new Ending(0, budget.stopMessage(runId, projectId));
            }
            List<ContentTypeDefinition> designed =
                    ai.designContentModel(AiCall.designing(projectId, runId), summary.prompt(), MINIMUM_AI_TYPES);
            tracker.commit(runId, () -> project.storeModel(projectId, designed), run -> run.modelStored(true));
        } else if (step(runId) == RunStep.THEME || step(runId) == RunStep.ITEMS) {
            ai.checkReachable();
        }
        if (step(runId) == RunStep.THEME) {
            // Past the budget the site keeps its industry's default look, and the items step stops the run.
            String notice = budget.reached(projectId)
                    ? null
                    : themes.design(projectId, runId, brief(summary)).orElse(null);
            tracker.update(runId, run -> run.themeChosen(notice));
        }
        // The model is read back as stored, so a resumed run never asks for it again.
        List<ContentTypeDefinition> stored = project.types(projectId);
        AiItemPlan plan = AiItemPlan.of(blueprint, stored);
        tracker.update(runId, run -> run.start((int) plan.total(), tracker.now()));
        String stopped = null;
        if (step(runId) == RunStep.ITEMS) {
            stopped = write(
                    runId, summary, stored, plan, (type, index) -> OfflineGenerator.itemId(projectId, type, index));
        }
        return new Ending(plan.total(), stopped);
    }

    /** The run's items get IDs of their own, so they never meet earlier items'. */
    @Override
    public String generateMore(
            UUID runId,
            ProjectSummary summary,
            List<ContentTypeDefinition> types,
            ContentTypeDefinition type,
            GenerationRun run) {
        ai.checkReachable();
        String more = type.key() + "/more/" + runId;
        return write(
                runId,
                summary,
                types,
                AiItemPlan.more(type, run.getRequested()),
                (typeKey, index) -> OfflineGenerator.itemId(summary.id(), more, index));
    }

    /** Writes the plan's items with the model; returns why it stopped early, or null when every batch is written. */
    private String write(
            UUID runId,
            ProjectSummary summary,
            List<ContentTypeDefinition> types,
            AiItemPlan plan,
            BiFunction<String, Integer, UUID> ids) {
        AiItemWriter.Outcome outcome = items.write(new AiItemWriter.Work(
                runId, summary.id(), brief(summary), types, plan, ids, () -> tracker.publish(runId)));
        if (outcome == AiItemWriter.Outcome.BUDGET_REACHED) {
            return budget.stopMessage(runId, summary.id());
        }
        tracker.update(runId, GenerationRun::itemsWritten);
        return null;
    }

    private RunStep step(UUID runId) {
        return tracker.current(runId).getStep();
    }

    /** What the model is told the site is. */
    static String brief(ProjectSummary project) {
        return project.name() + ". " + (project.description() == null ? "" : project.description() + " ")
                + "The request: " + project.prompt();
    }
}
