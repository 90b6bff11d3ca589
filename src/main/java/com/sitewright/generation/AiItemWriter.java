package com.sitewright.generation;

import com.sitewright.content.ContentJobs;
import com.sitewright.content.NewContentItem;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiSettings;
import com.sitewright.llm.ItemBatchAnswer;
import com.sitewright.llm.ItemBatchRequest;
import com.sitewright.llm.ItemBatchRequest.Candidate;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Has the model write a run's items: batches of {@code sitewright.ai.items.batch-size} items, up to
 * {@code concurrency} calls at once, a type only once the types it points to are complete. Each prompt is
 * bounded (the type, the site, a sample of reference candidates, recent titles), so a project of any size
 * fits. Each batch commits with a record of its completion, so a restarted run skips what is done and never
 * writes a batch twice. No batch starts once the project's budget is reached; those under way finish.
 */
@Component
class AiItemWriter {

    private static final Logger log = LoggerFactory.getLogger(AiItemWriter.class);
    private static final int MAX_PROBLEMS_SENT = 12;

    private final AiService ai;
    private final AiSettings settings;
    private final ContentJobs content;
    private final ProjectBudget budget;
    private final RunTracker tracker;
    private final Clock clock;
    private final ContentValidator validator = new ContentValidator();

    AiItemWriter(
            AiService ai,
            AiSettings settings,
            ContentJobs content,
            ProjectBudget budget,
            RunTracker tracker,
            Clock clock) {
        this.clock = clock;
        this.ai = ai;
        this.settings = settings;
        this.content = content;
        this.budget = budget;
        this.tracker = tracker;
    }

    /** How a run's writing ended: every batch done, or stopped at the budget. */
    enum Outcome {
        COMPLETED,
        BUDGET_REACHED
    }

    /**
     * @param model     the project's whole content model (for blocks' components and titles of references)
     * @param ids       the stored ID of a type's item at an index, the same on every run of this job
     * @param committed called after each committed batch, on the committing thread
     */
    record Work(
            UUID runId,
            UUID projectId,
            String siteBrief,
            List<ContentTypeDefinition> model,
            AiItemPlan plan,
            BiFunction<String, Integer, UUID> ids,
            Runnable committed) {}

    private record Batch(AiItemPlan.TypeWork work, int number, int first, int size) {}

    /**
     * Writes every batch of the plan not yet recorded for the run.
     *
     * @throws AiGenerationException when the endpoint fails for good or a batch stays unusable; batches
     *                               committed until then are kept
     */
    Outcome write(Work work) {
        int batchSize = settings.items().batchSize();
        Set<GenerationBatch.Key> done = tracker.batchesDone(work.runId());
        Deque<Batch> pending = new ArrayDeque<>();
        for (AiItemPlan.TypeWork type : work.plan().types()) {
            for (int first = 0, number = 0; first < type.count(); first += batchSize, number++) {
                if (!done.contains(
                        new GenerationBatch.Key(work.runId(), type.type().key(), number))) {
                    pending.add(new Batch(type, number, first, Math.min(batchSize, type.count() - first)));
                }
            }
        }
        if (pending.isEmpty()) {
            return Outcome.COMPLETED;
        }
        Run run = new Run(work, ItemKeys.of(content.identities(work.projectId())));
        int concurrency = settings.items().concurrency();
        Map<String, Integer> open = new HashMap<>();
        pending.forEach(batch -> open.merge(batch.work().type().key(), 1, Integer::sum));
        ExecutorService pool = Executors.newFixedThreadPool(
                concurrency,
                Thread.ofPlatform().name("ai-items-", 1).daemon(true).factory());
        CompletionService<Batch> finished = new ExecutorCompletionService<>(pool);
        int inFlight = 0;
        boolean budgetReached = false;
        RuntimeException failure = null;
        try {
            while (true) {
                while (failure == null && !budgetReached && inFlight < concurrency) {
                    Batch next = nextReady(pending, open);
                    if (next == null) {
                        break;
                    }
                    if (budget.reached(work.projectId())) {
                        budgetReached = true;
                        break;
                    }
                    pending.remove(next);
                    finished.submit(() -> run.write(next), next);
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                try {
                    Batch batch = finished.take().get();
                    open.merge(batch.work().type().key(), -1, Integer::sum);
                } catch (ExecutionException e) {
                    // Other batches under way finish and are kept; no new one starts.
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                } finally {
                    inFlight--;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("Interrupted while writing items", e);
        } finally {
            pool.shutdown();
        }
        if (failure != null) {
            throw failure;
        }
        if (budgetReached) {
            return Outcome.BUDGET_REACHED;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " batches wait for types that were never written");
        }
        return Outcome.COMPLETED;
    }

    /** The first pending batch whose type's dependencies are all written. */
    private static Batch nextReady(Deque<Batch> pending, Map<String, Integer> open) {
        for (Batch batch : pending) {
            if (batch.work().dependsOn().stream().allMatch(key -> open.getOrDefault(key, 0) == 0)) {
                return batch;
            }
        }
        return null;
    }

    /** One run's shared state: the keys in use, the types by key, and the lock that orders commits. */
    private final class Run {
        private final Work work;
        private final ItemKeys keys;
        private final Map<String, ContentTypeDefinition> types;
        // Commits are quick next to a model call; taking them one at a time keeps the run's row free of
        // concurrent updates.
        private final ReentrantLock commits = new ReentrantLock();

        Run(Work work, ItemKeys keys) {
            this.work = work;
            this.keys = keys;
            this.types =
                    work.model().stream().collect(Collectors.toMap(ContentTypeDefinition::key, t -> t, (a, b) -> a));
        }

        void write(Batch batch) {
            ContentTypeDefinition type = batch.work().type();
            Random random =
                    new Random(work.runId().hashCode() * 31L + type.key().hashCode() * 17L + batch.number());
            ItemAssembler assembler = new ItemAssembler(type, types, keys, validator, random);
            AiCall call = AiCall.writing(work.projectId(), work.runId(), type.key());
            List<NewContentItem> accepted = new ArrayList<>();
            List<String> problems = List.of();
            String unusable = null;
            for (int attempt = 1; attempt <= settings.modelAttempts() && accepted.size() < batch.size(); attempt++) {
                ItemBatchAnswer answer = ask(
                        call,
                        new ItemBatchRequest(
                                work.siteBrief(),
                                type,
                                components(type),
                                batch.size() - accepted.size(),
                                batch.first() + accepted.size(),
                                batch.work().count(),
                                candidates(type, random),
                                keys.recentTitles(type.key(), settings.items().usedTitles()),
                                problems));
                if (!answer.usable()) {
                    unusable = answer.problem();
                    problems = List.of(unusable);
                    continue;
                }
                unusable = null;
                List<String> found = new ArrayList<>();
                for (Map<String, Object> item : answer.items()) {
                    if (accepted.size() == batch.size()) {
                        break;
                    }
                    ItemAssembler.Result result =
                            assembler.assemble(item, work.ids().apply(type.key(), batch.first() + accepted.size()));
                    if (result.item() != null) {
                        accepted.add(result.item());
                    } else {
                        found.addAll(result.problems());
                    }
                }
                int missing = batch.size() - accepted.size();
                if (missing > 0 && answer.items().size() < batch.size()) {
                    found.addFirst("the answer had " + answer.items().size() + " items where " + missing
                            + " more were asked for");
                }
                problems = found.subList(0, Math.min(MAX_PROBLEMS_SENT, found.size()));
            }
            if (accepted.isEmpty()) {
                throw new AiGenerationException("The model did not write usable " + type.displayName() + " items in "
                        + settings.modelAttempts() + " attempts: "
                        + (unusable != null
                                ? unusable
                                : String.join("; ", problems.subList(0, Math.min(3, problems.size()))))
                        + ". What was generated so far is kept.");
            }
            if (accepted.size() < batch.size()) {
                log.info(
                        "Run {}: dropped {} invalid {} item(s) of batch {}",
                        work.runId(),
                        batch.size() - accepted.size(),
                        type.key(),
                        batch.number());
            }
            commit(batch, accepted);
        }

        private void commit(Batch batch, List<NewContentItem> items) {
            ContentTypeDefinition type = batch.work().type();
            commits.lock();
            try {
                tracker.commitBatch(
                        work.runId(),
                        () -> content.insertBatch(work.projectId(), type, items),
                        new GenerationBatch(
                                work.runId(),
                                type.key(),
                                batch.number(),
                                items.size(),
                                batch.size() - items.size(),
                                clock.instant()),
                        batch.size());
                items.forEach(item -> keys.register(type.key(), item.slug(), item.id(), item.title()));
                work.committed().run();
            } finally {
                commits.unlock();
            }
        }

        /** A call, tried again after a back-off with jitter when the client's own retries of a passing fault ran out. */
        private ItemBatchAnswer ask(AiCall call, ItemBatchRequest request) {
            for (int retry = 0; ; retry++) {
                try {
                    return ai.writeItems(call, request);
                } catch (AiGenerationException e) {
                    if (!e.isTransient() || retry >= settings.items().batchRetries()) {
                        throw e;
                    }
                    long base = settings.items().backoff().toMillis() << retry;
                    long wait = base
                            + ThreadLocalRandom.current()
                                    .nextLong(settings.items().backoff().toMillis() + 1);
                    log.info("Run {}: {} Trying the batch again in {} ms", work.runId(), e.getMessage(), wait);
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }

        /** Component types the type's blocks fields may hold. */
        private Map<String, ContentTypeDefinition> components(ContentTypeDefinition type) {
            Map<String, ContentTypeDefinition> components = new LinkedHashMap<>();
            type.fields().stream()
                    .filter(field -> field.type() == FieldType.BLOCKS)
                    .flatMap(field -> field.referenceTypes().stream())
                    .map(types::get)
                    .filter(component -> component != null && component.kind() == ContentKind.COMPONENT)
                    .forEach(component -> components.put(component.key(), component));
            return components;
        }

        /** A bounded sample of existing items for each type the type's references (and its blocks') point to. */
        private Map<String, List<Candidate>> candidates(ContentTypeDefinition type, Random random) {
            Set<String> targets = new LinkedHashSet<>();
            List<FieldDefinition> fields = new ArrayList<>(type.fields());
            components(type).values().forEach(component -> fields.addAll(component.fields()));
            for (FieldDefinition field : fields) {
                if (field.type().isReference()) {
                    targets.addAll(field.referenceTypes());
                }
            }
            Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
            for (String target : targets) {
                List<Candidate> sample = keys.sample(target, settings.items().candidates(), random);
                if (!sample.isEmpty()) {
                    candidates.put(target, sample);
                }
            }
            return candidates;
        }
    }
}
