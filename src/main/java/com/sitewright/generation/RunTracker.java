package com.sitewright.generation;

import com.sitewright.base.ConflictException;
import com.sitewright.llm.AiUsageService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a generation run's record: loads and saves runs and their AI batches, commits each change of a run together
 * with the work that caused it, and tells watchers how far the run is ({@link GenerationProgress} events, with the
 * model calls' usage). A run that was cut off resumes from what this committed.
 */
@Component
class RunTracker {

    private final GenerationRunRepository runs;
    private final GenerationBatchRepository batches;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AiUsageService usage;

    RunTracker(
            GenerationRunRepository runs,
            GenerationBatchRepository batches,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            AiUsageService usage,
            Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.batches = batches;
        this.transaction = transaction;
        this.events = events;
        this.usage = usage;
    }

    /** The time runs are stamped with. */
    Instant now() {
        return clock.instant();
    }

    Optional<GenerationRun> find(UUID runId) {
        return runs.findById(runId);
    }

    /** The run as stored now; a run that is gone went with its project. */
    GenerationRun current(UUID runId) {
        return runs.findById(runId).orElseThrow(ProjectGoneException::new);
    }

    /** The project's newest run. */
    Optional<GenerationRun> latest(UUID projectId) {
        return runs.findFirstByProjectIdOrderByCreatedAtDesc(projectId);
    }

    /** The run's progress with what its model calls used so far. */
    GenerationProgress progress(GenerationRun run) {
        return run.progress(clock.instant()).withUsage(usage.runTotals(run.getId()));
    }

    /** Saves a project's first run in the transaction that creates the project, so neither exists alone. */
    GenerationRun saveWithProject(Supplier<UUID> createProject, String notices) {
        return transaction.execute(
                status -> runs.save(new GenerationRun(createProject.get(), notices, clock.instant())));
    }

    /** Saves a further run of a project, one run at a time per project: its items, or the pictures drawn after them. */
    GenerationRun saveWhenIdle(GenerationRun run) {
        return transaction.execute(status -> {
            refuseWhileRunning(run.getProjectId());
            return runs.save(run);
        });
    }

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

    /** Changes the run (and whatever else {@code change} writes) in a transaction of its own, then tells watchers. */
    void update(UUID runId, Consumer<GenerationRun> change) {
        transaction.executeWithoutResult(status -> change.accept(current(runId)));
        publish(runId);
    }

    /**
     * Commits {@code work} and then the run's {@code change} in one transaction, then tells watchers: a resumed run
     * never finds the work done without its progress, or the other way round.
     */
    void commit(UUID runId, Runnable work, Consumer<GenerationRun> change) {
        transaction.executeWithoutResult(status -> {
            work.run();
            change.accept(current(runId));
        });
        publish(runId);
    }

    /**
     * Ends the run after {@code work} on its project, in one transaction: succeeded, or stopped early for
     * {@code stopReason}. With {@code imagesFollow}, the run that draws its items' pictures is saved with it, under an
     * ID derived from the run, so a repeated end saves it once. Returns that images run, or null.
     */
    GenerationRun end(UUID runId, Runnable work, String stopReason, boolean imagesFollow) {
        GenerationRun follow = transaction.execute(status -> {
            work.run();
            GenerationRun run = current(runId);
            if (stopReason == null) {
                run.succeed(clock.instant());
            } else {
                run.stop(stopReason, clock.instant());
            }
            if (!imagesFollow) {
                return null;
            }
            GenerationRun images = GenerationRun.imagesAfter(run, clock.instant());
            return runs.findById(images.getId()).orElseGet(() -> runs.save(images));
        });
        publish(runId);
        return follow;
    }

    /** The AI batches the run has committed. */
    Set<GenerationBatch.Key> batchesDone(UUID runId) {
        return batches.findByIdRunId(runId).stream().map(GenerationBatch::getId).collect(Collectors.toSet());
    }

    /** How many items the run's committed AI batches hold. */
    int itemsInBatches(UUID runId) {
        return batches.findByIdRunId(runId).stream()
                .mapToInt(GenerationBatch::getItems)
                .sum();
    }

    /**
     * Commits an AI batch's {@code items} with its record and the run's progress by the {@code planned} items it
     * stood for. Watchers are told by the caller, once its own bookkeeping of the batch is done.
     */
    void commitBatch(UUID runId, Runnable items, GenerationBatch batch, int planned) {
        transaction.executeWithoutResult(status -> {
            items.run();
            batches.save(batch);
            current(runId).batchDone(planned);
        });
    }

    /** Tells watchers how far the run is. */
    void publish(UUID runId) {
        runs.findById(runId).map(this::progress).ifPresent(events::publishEvent);
    }
}
