package com.sitewright.generation;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.content.ContentService;
import com.sitewright.generation.blueprint.Intent;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.InvalidPromptException;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiSettings;
import com.sitewright.llm.AiUsageService;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts generation from a prompt, or of more items of one type, and reports how far it is. The work itself
 * runs in {@link GenerationJob}.
 */
@Service
public class GenerationService {

    private static final int MAX_NAME_LENGTH = 120;
    /** The most items one "generate more" adds. */
    public static final int MAX_MORE = 10_000;

    private final IntentParser intentParser;
    private final OfflineGenerator generator;
    private final ProjectService projects;
    private final GenerationRunRepository runs;
    private final JobQueue jobs;
    private final TransactionTemplate transaction;
    private final AiService ai;
    private final AiUsageService usage;
    private final BigDecimal defaultBudget;
    private final ContentModelService model;
    private final ContentService content;

    GenerationService(
            IntentParser intentParser,
            OfflineGenerator generator,
            ProjectService projects,
            GenerationRunRepository runs,
            JobQueue jobs,
            TransactionTemplate transaction,
            AiService ai,
            AiUsageService usage,
            AiSettings settings,
            ContentModelService model,
            ContentService content) {
        this.intentParser = intentParser;
        this.generator = generator;
        this.projects = projects;
        this.runs = runs;
        this.jobs = jobs;
        this.transaction = transaction;
        this.ai = ai;
        this.usage = usage;
        this.defaultBudget = settings.defaultBudgetUsd();
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
        BigDecimal budget = ProjectService.checkedBudget(budgetUsd != null ? budgetUsd : defaultBudget);
        GenerationEngine engine = engine(requested);
        String model = engine == GenerationEngine.AI ? ai.modelName() : null;
        Intent intent = parse(prompt);
        String projectName = projectName(name, intent);
        String description = describe(intent);
        GenerationRun run = transaction.execute(status -> {
            ProjectSummary project = projects.create(new NewProject(
                    projectName,
                    description,
                    prompt.strip(),
                    intent.industry().name(),
                    intent.cmsType(),
                    intent.seed(),
                    engine,
                    model,
                    budget));
            return runs.save(new GenerationRun(project.id(), String.join("\n", intent.notices())));
        });
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
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public ProjectSummary useEngine(UUID projectId, GenerationEngine requested) {
        GenerationEngine engine = engine(requested);
        return projects.changeEngine(projectId, engine, engine == GenerationEngine.AI ? ai.modelName() : null);
    }

    /**
     * Queues a run that adds {@code count} items of one type to an existing project: written by the model
     * for AI-engine projects, by the offline generator otherwise. Its progress shows like a project's run
     * ({@link #latest}, the progress events).
     *
     * @return the queued run's progress (its {@code runId} names it)
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
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
            if (!ai.isConfigured()) {
                throw new InvalidInputException("This project's items are written by the model, which needs an OpenAI "
                        + "API key: set OPENAI_API_KEY and restart the studio.");
            }
            if (project.budgetReached()) {
                throw new InvalidInputException("The project's budget of $"
                        + project.budgetUsd().toPlainString() + " is used up; raise it to generate more.");
            }
        }
        int start = content.countByType(projectId).getOrDefault(type.key(), 0L).intValue();
        GenerationRun run = transaction.execute(status -> {
            refuseWhileRunning(projectId);
            return runs.save(GenerationRun.more(projectId, type.key(), count, start));
        });
        enqueue(run.getId());
        return run.progress();
    }

    /**
     * Starts a run that gives every asset field the project's items leave empty an image in the asset library,
     * with alt text: for projects generated without images, or after images were removed.
     *
     * @return the queued run's progress (its {@code runId} names it)
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public GenerationProgress generateImages(UUID projectId) {
        return generateImages(projectId, null);
    }

    /** As {@link #generateImages(UUID)} for the items of one type; {@code null} for every type. */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public GenerationProgress generateImages(UUID projectId, String typeKey) {
        projects.get(projectId);
        if (typeKey != null) {
            List<ContentTypeDefinition> types = model.model(projectId);
            if (types.stream().noneMatch(t -> t.key().equals(typeKey))) {
                throw new InvalidInputException("The project has no content type \"" + typeKey + "\"; its types are "
                        + String.join(
                                ", ",
                                types.stream().map(ContentTypeDefinition::key).toList()) + ".");
            }
        }
        GenerationRun run = transaction.execute(status -> {
            refuseWhileRunning(projectId);
            return runs.save(GenerationRun.images(projectId, typeKey));
        });
        enqueue(run.getId());
        return run.progress();
    }

    /** One run at a time per project: its items, or the pictures drawn after them. */
    private void refuseWhileRunning(UUID projectId) {
        runs.findFirstByProjectIdOrderByCreatedAtDesc(projectId)
                .filter(r -> !r.getState().isFinished())
                .ifPresent(r -> {
                    throw new ConflictException(
                            r.getKind() == GenerationRun.Kind.IMAGES
                                    ? "The project's images are still being drawn; wait for that run to finish."
                                    : "The project is still generating; wait for that run to finish.");
                });
    }

    private void enqueue(UUID runId) {
        jobs.<GenerationJob>start(job -> job.run(runId));
    }

    /** Whether new projects can use the AI engine (an API key is configured). */
    public boolean aiAvailable() {
        return ai.isConfigured();
    }

    /** The configured chat model's name. */
    public String aiModelName() {
        return ai.modelName();
    }

    private GenerationEngine engine(GenerationEngine requested) {
        if (requested == null) {
            return ai.isConfigured() ? GenerationEngine.AI : GenerationEngine.OFFLINE;
        }
        if (requested == GenerationEngine.AI && !ai.isConfigured()) {
            throw new InvalidInputException(
                    "The AI engine needs an OpenAI API key: set OPENAI_API_KEY (and "
                            + "OPENAI_BASE_URL for a server other than OpenAI) and restart the studio, or use the \"offline\" engine.");
        }
        return requested;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<GenerationProgress> latest(UUID projectId) {
        projects.get(projectId);
        return runs.findFirstByProjectIdOrderByCreatedAtDesc(projectId)
                .map(run -> run.progress().withUsage(usage.runTotals(run.getId())));
    }

    /** What the studio said aloud about the prompt (clamps, guesses), one line each. */
    @PreAuthorize("isAuthenticated()")
    public List<String> notices(UUID projectId) {
        projects.get(projectId);
        return runs.findFirstByProjectIdOrderByCreatedAtDesc(projectId)
                .map(GenerationRun::getNotices)
                .filter(text -> !text.isBlank())
                .map(text -> Arrays.asList(text.split("\n")))
                .orElse(List.of());
    }

    /** The intent as the plan will carry it out, with everything said aloud about clamps and guesses. */
    private Intent parse(String prompt) {
        try {
            return generator.plan(intentParser.parse(prompt)).intent();
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
