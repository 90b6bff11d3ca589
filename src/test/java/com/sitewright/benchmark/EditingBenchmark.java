package com.sitewright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentMigrations;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.content.bulk.BulkAction;
import com.sitewright.content.bulk.BulkProgress;
import com.sitewright.content.bulk.BulkRequest;
import com.sitewright.content.bulk.BulkResult;
import com.sitewright.content.bulk.BulkSelection;
import com.sitewright.content.bulk.BulkService;
import com.sitewright.content.bulk.BulkState;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.DraftEdits;
import com.sitewright.modeling.ModelDraft;
import com.sitewright.modeling.ModelSavePlan;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.security.UserService;
import com.sitewright.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Editing at scale on a coffee shop whose menu has been grown to 2,000 items: bulk publishing all of them (a job
 * in batches, from the request to done), and model saves that migrate them: the impact check a save dialog shows,
 * then a rename (moves each value in SQL), a type change (converts each value) and a removal, each saved in one
 * transaction with the published copy; a reference picker's search over a menu of 10,000 items, and the grid's pages
 * of it with their reference titles. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=EditingBenchmark}; the figures are also written to target/benchmark-editing.txt.
 */
@IntegrationTest
class EditingBenchmark {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";
    private static final int ITEMS = 2_000;
    private static final int CANDIDATES = 10_000;

    @Autowired
    GenerationService generation;

    @Autowired
    ModelingService modeling;

    @Autowired
    ContentService content;

    @Autowired
    ContentMigrations migrations;

    @Autowired
    BulkService bulk;

    @Autowired
    UserService users;

    private final BenchmarkReport report = new BenchmarkReport();

    @BeforeEach
    void signIn() {
        BenchmarkReport.signInAsAdmin(users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void measure() throws Exception {
        report.line(
                "Editing benchmark — %d cores, Java %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Double> plans = new ArrayList<>();
        List<Double> renames = new ArrayList<>();
        List<Double> conversions = new ArrayList<>();
        List<Double> removals = new ArrayList<>();
        List<Double> publishes = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            UUID project = menuOf(ITEMS);
            String label = run == 0 ? "warm-up" : "run " + run;
            bulkRun(project, BulkAction.UNPUBLISH);
            double publish = bulkRun(project, BulkAction.PUBLISH);
            ModelDraft renamed = DraftEdits.updateField(
                    modeling.draft(project), "menuItem", "description", f -> f.withKey("summary"));
            double plan = timed(() -> modeling.plan(project, renamed));
            double rename = save(project, "description", f -> f.withKey("summary"));
            double convert = save(project, "calories", f -> f.withType(FieldType.TEXT));
            double remove = timed(() -> modeling.save(
                    project, DraftEdits.removeField(modeling.draft(project), "menuItem", "tastingNotes"), true));
            report.line(
                    "%s: bulk publish %.0f ms, impact check %.0f ms, rename %.0f ms, integer → text %.0f ms, removal %.0f ms"
                            + " (%,d menu items)",
                    label, publish, plan, rename, convert, remove, migrations.countOfType(project, "menuItem"));
            if (run > 0) {
                publishes.add(publish);
                plans.add(plan);
                renames.add(rename);
                conversions.add(convert);
                removals.add(remove);
            }
        }
        report.line(
                "bulk publish of 2,000 items, request to done (median of 3): %.0f ms  [target < 5 s]",
                BenchmarkReport.median(publishes));
        report.line("impact check before saving, 2,000 items (median of 3): %.0f ms", BenchmarkReport.median(plans));
        report.line(
                "save with a rename migrating 2,000 items (median of 3): %.0f ms  [target < 5 s]",
                BenchmarkReport.median(renames));
        report.line(
                "save with a type change converting 2,000 items (median of 3): %.0f ms  [target < 5 s]",
                BenchmarkReport.median(conversions));
        report.line(
                "save with a removal from 2,000 items (median of 3): %.0f ms  [target < 5 s]",
                BenchmarkReport.median(removals));
        UUID menu = menuOf(CANDIDATES);
        pickerSearch(menu);
        gridPagesWithReferenceTitles(menu);
        report.write("benchmark-editing.txt");
        assertThat(BenchmarkReport.median(conversions)).isLessThan(5_000);
        assertThat(BenchmarkReport.median(publishes)).isLessThan(5_000);
    }

    /**
     * What a reference picker does as someone types: a page of 50 candidates of one type whose text matches, in title
     * order, over 10,000 items. Terms from one letter to whole words, and the empty list a picker opens with.
     */
    private void pickerSearch(UUID project) {
        List<String> terms = List.of(
                "", "a", "al", "alm", "almond", "latte", "lat", "co", "cold", "brew", "choc", "mocha", "oat", "decaf",
                "large", "tea", "chai", "bun", "roll", "x", "zz", "vanilla", "honey", "caramel", "ic");
        for (int warm = 0; warm < 3; warm++) {
            terms.forEach(term -> content.candidates(project, List.of("menuItem"), term, 0, 50));
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (String term : terms) {
                long start = System.nanoTime();
                content.candidates(project, List.of("menuItem"), term, 0, 50);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.line(
                "reference picker, a page of 50 of %,d candidates, %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms  [target p95 < 100 ms]",
                migrations.countOfType(project, "menuItem"),
                sorted.length,
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)],
                sorted[sorted.length - 1]);
        assertThat(sorted[(int) (sorted.length * 0.95)]).isLessThan(100);
    }

    /**
     * What the grid does for each page it shows: 50 rows in title order at offsets across the 10,000 items, then one
     * lookup of the titles their category and related-item references point to (as the grid's reference columns do).
     */
    private void gridPagesWithReferenceTitles(UUID project) {
        List<Double> pages = new ArrayList<>();
        List<Double> lookups = new ArrayList<>();
        int referenced = 0;
        for (int round = 0; round < 4; round++) {
            for (int offset = 0; offset < CANDIDATES; offset += 500) {
                long start = System.nanoTime();
                List<ContentItemRow> rows =
                        content.page(project, ContentQuery.ofType("menuItem").sortedBy("title", true), offset, 50);
                long paged = System.nanoTime();
                java.util.Set<UUID> ids = new java.util.HashSet<>();
                for (ContentItemRow row : rows) {
                    for (String key : List.of("category", "relatedMenuItems")) {
                        Object value = row.data().get(key);
                        for (Object id :
                                value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
                            ids.add(UUID.fromString(String.valueOf(id)));
                        }
                    }
                }
                content.titles(project, ids);
                long looked = System.nanoTime();
                if (round > 0) {
                    pages.add((paged - start) / 1e6);
                    lookups.add((looked - paged) / 1e6);
                    referenced = Math.max(referenced, ids.size());
                }
            }
        }
        report.line(
                "grid page of 50 of %,d rows with its reference titles (%d pages): page p50 %.1f ms, p95 %.1f ms;"
                        + " one titles lookup (up to %d targets) p50 %.1f ms, p95 %.1f ms",
                CANDIDATES,
                pages.size(),
                percentile(pages, 0.5),
                percentile(pages, 0.95),
                referenced,
                percentile(lookups, 0.5),
                percentile(lookups, 0.95));
    }

    private static double percentile(List<Double> millis, double at) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * at))];
    }

    /** A fresh coffee shop whose menu items are grown to {@code count} by "generate more". */
    private UUID menuOf(int count) throws InterruptedException {
        UUID id = generation
                .start(PROMPT, null, GenerationEngine.OFFLINE)
                .project()
                .id();
        await(id);
        long have = migrations.countOfType(id, "menuItem");
        generation.generateMore(id, "menuItem", (int) (count - have));
        await(id);
        assertThat(migrations.countOfType(id, "menuItem")).isEqualTo(count);
        return id;
    }

    /** Milliseconds from asking for the change of every menu item to the job being done. */
    private double bulkRun(UUID project, BulkAction action) throws InterruptedException {
        long start = System.nanoTime();
        BulkResult result = bulk.start(
                project, new BulkRequest(action, BulkSelection.matching("menuItem", null, null), null, null));
        UUID operation = result.operation().orElseThrow().id();
        BulkProgress progress = bulk.get(project, operation);
        while (!progress.state().isFinished()) {
            Thread.sleep(20);
            progress = bulk.get(project, operation);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        assertThat(progress.state()).as(String.valueOf(progress.error())).isEqualTo(BulkState.DONE);
        assertThat(progress.affected()).isEqualTo(ITEMS);
        return millis;
    }

    private void await(UUID id) throws InterruptedException {
        GenerationProgress done = generation.latest(id).orElseThrow();
        while (!done.state().isFinished()) {
            Thread.sleep(50);
            done = generation.latest(id).orElseThrow();
        }
        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(RunState.SUCCEEDED);
    }

    private double save(UUID project, String field, UnaryOperator<com.sitewright.model.FieldDefinition> change) {
        ModelDraft draft = DraftEdits.updateField(modeling.draft(project), "menuItem", field, change);
        ModelSavePlan plan = modeling.plan(project, draft);
        assertThat(plan.errors()).isEmpty();
        return timed(() -> modeling.save(project, draft, true));
    }

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
