package com.sitewright.generation.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ModelUsage;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestApi
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApi {

    private final ProjectService projects;
    private final GenerationService generation;

    ProjectApi(ProjectService projects, GenerationService generation) {
        this.projects = projects;
        this.generation = generation;
    }

    /**
     * {@code engine}: "offline" or "ai"; absent picks AI when a key is configured. {@code budgetUsd}: the budget
     * for model calls; absent takes the configured default.
     */
    record CreateProject(String prompt, String name, String engine, BigDecimal budgetUsd) {}

    record GenerateMore(String type, Integer count) {}

    /** What the project's (or a run's) model calls used; {@code priced} is false when some had no configured price. */
    record UsageJson(int calls, long promptTokens, long completionTokens, BigDecimal costUsd, boolean priced) {}

    record Created(UUID id, String status, String name, String cmsType, List<String> notices) {}

    record ProjectJson(
            UUID id,
            String name,
            String description,
            String prompt,
            String industry,
            String status,
            String cmsType,
            int contentTypes,
            int contentItems,
            Instant createdAt,
            Instant updatedAt,
            String engine,
            @Nullable String model,
            @Nullable BigDecimal budgetUsd,
            UsageJson usage,
            @Nullable Generation generation) {}

    /**
     * {@code kind}: "full", "more" or "images"; {@code error}: why the run failed or stopped early; {@code type}: for
     * "generate more" (and the images run after it), the type it adds to; {@code imagesDone}/{@code imagesTotal}: the
     * picture fields an images run has filled, of those it fills.
     */
    record Generation(
            UUID runId,
            String kind,
            String state,
            String step,
            double progress,
            int itemsDone,
            int itemsTotal,
            int imagesDone,
            int imagesTotal,
            @Nullable String error,
            String type,
            UsageJson usage,
            List<String> notices) {}

    @PostMapping
    ResponseEntity<Created> create(@RequestBody CreateProject request) {
        if (request == null || request.prompt() == null) {
            throw new InvalidInputException(
                    "Send a JSON body with a \"prompt\", e.g. {\"prompt\": \"Build me a coffee shop website\"}.");
        }
        GenerationEngine engine = request.engine() == null
                ? null
                : GenerationEngine.of(request.engine())
                        .orElseThrow(() -> new InvalidInputException("\"engine\" is \"offline\" or \"ai\"."));
        var started = generation.start(request.prompt(), request.name(), engine, request.budgetUsd());
        ProjectSummary project = started.project();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Created(
                        project.id(),
                        "generating",
                        project.name(),
                        project.cmsType().id(),
                        started.intent().notices()));
    }

    @GetMapping
    List<ProjectJson> list() {
        return projects.listVisible().stream()
                .map(project -> toJson(project, null))
                .toList();
    }

    @GetMapping("/{id}")
    ProjectJson get(@PathVariable UUID id) {
        // The run before the project: a run read as finished then comes with the counts it finished with,
        // which its last transaction wrote together with its state.
        @Nullable
        Generation run = generation
                .latest(id)
                .map(progress -> toJson(progress, generation.notices(id)))
                .orElse(null);
        ProjectSummary project = projects.get(id);
        return toJson(project, run);
    }

    record EngineChange(String engine) {}

    /** Switches the engine that writes the project's further content and answers its chat. */
    @PutMapping("/{id}/engine")
    ProjectJson useEngine(@PathVariable UUID id, @RequestBody EngineChange request) {
        GenerationEngine engine = request == null || request.engine() == null
                ? null
                : GenerationEngine.of(request.engine()).orElse(null);
        if (engine == null) {
            throw new InvalidInputException("Send {\"engine\": \"offline\"} or {\"engine\": \"ai\"}.");
        }
        return toJson(generation.useEngine(id, engine), null);
    }

    /** Changes the project's settings; today its budget: {@code {"budgetUsd": 5.00}}, or null for no limit. */
    @PatchMapping("/{id}")
    ProjectJson update(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
        if (changes == null || !changes.containsKey("budgetUsd")) {
            throw new InvalidInputException(
                    "Send {\"budgetUsd\": 5.00} to set the budget, or {\"budgetUsd\": null} for no limit.");
        }
        Object budget = changes.get("budgetUsd");
        if (budget != null && !(budget instanceof Number)) {
            throw new InvalidInputException("\"budgetUsd\" is a number of US dollars, or null for no limit.");
        }
        projects.setBudget(id, budget == null ? null : new BigDecimal(budget.toString()));
        return get(id);
    }

    /** Queues more items of one type: {@code {"type": "menuItem", "count": 50}}. */
    @PostMapping("/{id}/generate")
    ResponseEntity<Generation> generateMore(@PathVariable UUID id, @RequestBody GenerateMore request) {
        if (request == null || request.type() == null || request.count() == null) {
            throw new InvalidInputException("Send {\"type\": \"<content type key>\", \"count\": n}.");
        }
        GenerationProgress queued = generation.generateMore(id, request.type(), request.count());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(toJson(queued, List.of()));
    }

    /** Queues a run that gives every empty picture field of the project's items an image; {@code {"type": ...}} for one type's. */
    @PostMapping("/{id}/images")
    ResponseEntity<Generation> generateImages(
            @PathVariable UUID id, @RequestBody(required = false) Map<String, Object> request) {
        Object type = request == null ? null : request.get("type");
        if (type != null && !(type instanceof String)) {
            throw new InvalidInputException("\"type\" is the key of a content type, e.g. {\"type\": \"menuItem\"}.");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(toJson(generation.generateImages(id, (String) type), List.of()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        projects.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static ProjectJson toJson(ProjectSummary project, @Nullable Generation run) {
        return new ProjectJson(
                project.id(),
                project.name(),
                project.description(),
                project.prompt(),
                project.industry(),
                project.status().id(),
                project.cmsType().id(),
                project.contentTypes(),
                project.contentItems(),
                project.createdAt(),
                project.updatedAt(),
                project.engine().id(),
                project.model(),
                project.budgetUsd(),
                toJson(project.usage()),
                run);
    }

    private static Generation toJson(GenerationProgress progress, List<String> notices) {
        return new Generation(
                progress.runId(),
                progress.kind(),
                progress.state().id(),
                progress.step().name().toLowerCase(),
                Math.round(progress.fraction() * 1000) / 1000.0,
                progress.itemsDone(),
                progress.itemsTotal(),
                progress.imagesDone(),
                progress.imagesTotal(),
                progress.state() == RunState.FAILED || progress.state() == RunState.STOPPED ? progress.error() : null,
                progress.typeKey(),
                toJson(progress.usage()),
                notices);
    }

    private static UsageJson toJson(ModelUsage usage) {
        return new UsageJson(
                usage.calls(),
                usage.promptTokens(),
                usage.completionTokens(),
                usage.costUsd().setScale(6, java.math.RoundingMode.HALF_UP),
                usage.priced());
    }
}
