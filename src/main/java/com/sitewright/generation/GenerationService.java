package com.sitewright.generation;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.content.ContentService;
import com.sitewright.generation.blueprint.Intent;
import com.sitewright.generation.blueprint.InvalidPromptException;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.NewProject;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Starts generation from a prompt, or of more items of one type, and reports how far it is. The work itself
 * runs in {@link GenerationJob}.
 */
@Service
public class GenerationService {

    private static final int MAX_NAME_LENGTH = 120;
    /** The most items one "generate more" adds. */
    public static final int MAX_MORE = 10_000;

    private final BlueprintPlanner planner;
    private final EngineChoice engines;
    private final ProjectService projects;
    private final RunTracker runs;
    private final JobQueue jobs;
    private final ContentModelService model;
    private final ContentService content;

    GenerationService(
            BlueprintPlanner planner,
            EngineChoice engines,
            ProjectService projects,
            RunTracker runs,
            JobQueue jobs,
            ContentModelService model,
            ContentService content) {
        this.planner = planner;
        this.engines = engines;
        this.projects = projects;
        this.runs = runs;
        this.jobs = jobs;
        this.model = model;
        this.content = content;
    }

    /** A project that has just started generating, and what the studio says back about the prompt. */
    public record Started(ProjectSummary project, Intent intent) {}

    /**
     * Validates the prompt before anything is written, then creates the project and its run in one
     * transaction and queues the job. Bad input leaves nothing behind.
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public Started start(String prompt, String name) {
        return start(prompt, name, null);
    }

    /**
     * As {@link #start(String, String)} with a chosen engine; {@code null} picks the AI engine when a
     * key is configured and the offline generator otherwise.
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public Started start(String prompt, String name, GenerationEngine requested) {
        return start(prompt, name, requested, null);
    }

    /**
     * As {@link #start(String, String, GenerationEngine)} with a budget for model calls in US dollars;
     * {@code null} takes {@code sitewright.ai.default-budget-usd} (itself empty for no limit).
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public Started start(String prompt, String name, GenerationEngine requested, BigDecimal budgetUsd) {
        BigDecimal budget = ProjectService.checkedBudget(budgetUsd != null ? budgetUsd : engines.defaultBudget());
        GenerationEngine engine = engines.choose(requested);
        String model = engines.modelOf(engine);
        Intent intent = parse(prompt);
        String projectName = projectName(name, intent);
        String description = describe(intent);
        GenerationRun run = runs.saveWithProject(
                () -> projects.create(new NewProject(
                                projectName,
                                description,
                                prompt.strip(),
                                intent.industry().name(),
                                intent.cmsType(),
                                intent.seed(),
                                engine,
                                model,
                                budget))
                        .id(),
                String.join("\n", intent.notices()));
        Started started = new Started(projects.get(run.getProjectId()), intent);
        try {
            enqueue(run.getId());
        } catch (RuntimeException e) {
            projects.delete(started.project().id());
            throw new IllegalStateException("The studio could not queue the generation; nothing was created.", e);
        }
        return started;
    }

    /**
     * Switches the engine that writes a project's further content and answers its chat. The model
     * already generated stays as it is.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ProjectSummary useEngine(UUID projectId, GenerationEngine requested) {
        GenerationEngine engine = engines.choose(requested);
        return projects.changeEngine(projectId, engine, engines.modelOf(engine));
    }

    /**
     * Queues a run that adds {@code count} items of one type to an existing project: written by the model
     * for AI-engine projects, by the offline generator otherwise. Its progress shows like a project's run
     * ({@link #latest}, the progress events).
     *
     * @return the queued run's progress (its {@code runId} names it)
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public GenerationProgress generateMore(UUID projectId, String typeKey, int count) {
        ProjectSummary project = projects.get(projectId);
        if (count < 1 || count > MAX_MORE) {
            throw new InvalidInputException("Ask for between 1 and " + MAX_MORE + " items.");
        }
        List<ContentTypeDefinition> types = model.model(projectId);
        ContentTypeDefinition type = types.stream()
                .filter(t -> t.key().equals(typeKey))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("The project has no content type \"" + typeKey
                        + "\"; its types are "
                        + String.join(
                                ", ",
                                types.stream().map(ContentTypeDefinition::key).toList()) + "."));
        if (project.engine() == GenerationEngine.AI) {
            if (!engines.aiConfigured()) {
                throw new InvalidInputException("This project's items are written by the model, which needs an OpenAI "
                        + "API key: set OPENAI_API_KEY and restart the studio.");
            }
            if (project.budgetReached()) {
                throw new InvalidInputException("The project's budget of $"
                        + project.budgetUsd().toPlainString() + " is used up; raise it to generate more.");
            }
        }
        int start = content.countByType(projectId).getOrDefault(type.key(), 0L).intValue();
        GenerationRun run = runs.saveWhenIdle(GenerationRun.more(projectId, type.key(), count, start, runs.now()));
        enqueue(run.getId());
        return run.progress(runs.now());
    }

    /**
     * Starts a run that gives every asset field the project's items leave empty an image in the asset library,
     * with alt text: for projects generated without images, or after images were removed.
     *
     * @return the queued run's progress (its {@code runId} names it)
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public GenerationProgress generateImages(UUID projectId) {
        return generateImages(projectId, null);
    }

    /** As {@link #generateImages(UUID)} for the items of one type; {@code null} for every type. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public GenerationProgress generateImages(UUID projectId, String typeKey) {
        if (typeKey != null) {
            List<ContentTypeDefinition> types = model.model(projectId);
            if (types.stream().noneMatch(t -> t.key().equals(typeKey))) {
                throw new InvalidInputException("The project has no content type \"" + typeKey + "\"; its types are "
                        + String.join(
                                ", ",
                                types.stream().map(ContentTypeDefinition::key).toList()) + ".");
            }
        }
        GenerationRun run = runs.saveWhenIdle(GenerationRun.images(projectId, typeKey, runs.now()));
        enqueue(run.getId());
        return run.progress(runs.now());
    }

    private void enqueue(UUID runId) {
        jobs.<GenerationJob>start(job -> job.run(runId));
    }

    /** Whether new projects can use the AI engine (an API key is configured). */
    @PreAuthorize("isAuthenticated()")
    public boolean aiAvailable() {
        return engines.aiConfigured();
    }

    /** The configured chat model's name. */
    @PreAuthorize("isAuthenticated()")
    public String aiModelName() {
        return engines.aiModelName();
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public Optional<GenerationProgress> latest(UUID projectId) {
        return runs.latest(projectId).map(runs::progress);
    }

    /** What the studio said aloud about the prompt (clamps, guesses), one line each. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<String> notices(UUID projectId) {
        return runs.latest(projectId)
                .map(GenerationRun::getNotices)
                .filter(text -> !text.isBlank())
                .map(text -> Arrays.asList(text.split("\n")))
                .orElse(List.of());
    }

    /** The intent as the plan will carry it out, with everything said aloud about clamps and guesses. */
    private Intent parse(String prompt) {
        try {
            return planner.plan(prompt).intent();
        } catch (InvalidPromptException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static String projectName(String requested, Intent intent) {
        if (requested == null || requested.isBlank()) {
            return intent.siteName();
        }
        String name = requested.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("A project name is at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A project name cannot contain control characters.");
        }
        return name;
    }

    private static String describe(Intent intent) {
        String cms = switch (intent.cmsType()) {
            case OPTIMIZELY -> "Optimizely SaaS CMS";
            case CONTENTFUL -> "Contentful";
            case SANITY -> "Sanity";
            case STUDIO -> "the studio's delivery API";
        };
        String text = "A " + intent.subject() + " website on " + cms + ".";
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
