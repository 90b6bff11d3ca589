package com.sitewright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.content.DeliveryContent;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.security.UserService;
import com.sitewright.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures, on the real stack (embedded PostgreSQL, JobRunr), the figures the README reports:
 * prompt to ready for the coffee shop, items persisted per second, and the latency of the grid's
 * 50-row page query (type filter + sort on a field + text search) at 2,000 and 100,000 items,
 * publishing 100,000 items at once, and the same page query on the published copy production reads.
 * Run with {@code ./mvnw -Pbenchmark test}; the figures are printed and written to target/benchmark.txt.
 */
@IntegrationTest
class StudioBenchmark {

    private static final int QUERIES = 300;
    private static final int WARM_UP = 50;

    @Autowired
    GenerationService generation;

    @Autowired
    ContentService content;

    @Autowired
    ContentJobs contentJobs;

    @Autowired
    DeliveryContent delivery;

    @Autowired
    ContentModelService model;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

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
        line(
                "Sitewright benchmark — %d cores, %s, Java %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("java.version"));

        List<Double> readySeconds = new ArrayList<>();
        UUID coffee = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            var started = generation.start("Build me a coffee shop website using Optimizely SaaS", null);
            GenerationProgress done = await(started.project().id());
            readySeconds.add((System.nanoTime() - start) / 1e9);
            line(
                    "coffee shop run %d: prompt to ready %.2f s (%,d items, job %.2f s)",
                    run + 1,
                    readySeconds.getLast(),
                    done.itemsTotal(),
                    done.elapsed().toMillis() / 1000.0);
            coffee = started.project().id();
        }
        line("prompt to ready (coffee shop, median of 3): %.2f s  [target < 15 s]", median(readySeconds));

        long start = System.nanoTime();
        var big = generation.start("An outdoor gear online store with 100,000 products", null);
        GenerationProgress bigDone = await(big.project().id());
        double bigSeconds = (System.nanoTime() - start) / 1e9;
        line(
                "large store: %,d items, prompt to ready %.1f s, job %.1f s -> %,.0f items persisted per second",
                bigDone.itemsTotal(),
                bigSeconds,
                bigDone.elapsed().toMillis() / 1000.0,
                bigDone.itemsTotal() / (bigDone.elapsed().toMillis() / 1000.0));

        gridQueries("2,000-item project, menuItem", coffee, "menuItem", "price");
        gridQueries("100,000-item project, product", big.project().id(), "product", "price");

        publishAll("100,000-item project, the generated drafts", big.project().id());
        publishAll("100,000-item project, nothing changed", big.project().id());
        // As if every item had been edited since: the most a publish can have to copy.
        jdbc.update(
                "update content_items set version = version + 1 where project_id = ?",
                big.project().id());
        Timestamp republished = jdbc.queryForObject("select now()", Timestamp.class);
        publishAll("100,000-item project, every item changed", big.project().id());
        awaitPublishedCopyReclaimed(republished);
        productionQueries(
                "100,000-item project, product, published copy", big.project().id(), "product", "price");
        deliverySearches(
                "100,000-item project, product, published copy",
                big.project().id(),
                ContentCopy.PUBLISHED,
                "product",
                "price");
        deliverySearches(
                "100,000-item project, product, working copy",
                big.project().id(),
                ContentCopy.WORKING,
                "product",
                "price");
        // What the migration that adds the published copy's search index costs on a database of this size.
        long indexStart = System.nanoTime();
        jdbc.execute("reindex index published_items_search");
        line(
                "published copy's search index built over %,d published items in %.2f s",
                jdbc.queryForObject("select count(*) from published_items", Long.class),
                (System.nanoTime() - indexStart) / 1e9);

        report.write("benchmark.txt");
        assertThat(bigDone.itemsTotal()).isGreaterThanOrEqualTo(100_000);
    }

    private void publishAll(String label, UUID projectId) {
        long start = System.nanoTime();
        int changed = contentJobs.publishAll(projectId);
        line("publish all, %s: %,d items published in %.2f s", label, changed, (System.nanoTime() - start) / 1e9);
    }

    /** Production search is measured once the upkeep job has reclaimed the rows the publish replaced. */
    private void awaitPublishedCopyReclaimed(Timestamp since) {
        long start = System.nanoTime();
        String lastVacuum =
                "select coalesce(last_vacuum, 'epoch') from pg_stat_user_tables where relname = 'published_items'";
        Awaitility.await("the published copy is reclaimed after a large publish")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject(lastVacuum, Timestamp.class).after(since));
        line("published copy reclaimed %.1f s after the publish of every item", (System.nanoTime() - start) / 1e9);
    }

    private void gridQueries(String label, UUID projectId, String type, String sortField) {
        pageQueries(
                label,
                projectId,
                type,
                sortField,
                query -> content.count(projectId, query),
                (query, offset) -> content.page(projectId, query, offset, 50));
    }

    /** What a production site's search costs: the published copy, with its own trigram index as the working copy has. */
    private void productionQueries(String label, UUID projectId, String type, String sortField) {
        ContentTypeDefinition definition = model.type(projectId, type);
        pageQueries(
                label,
                projectId,
                type,
                sortField,
                query -> delivery.count(projectId, ContentCopy.PUBLISHED, query),
                (query, offset) -> delivery.page(projectId, ContentCopy.PUBLISHED, query, definition, offset, 50));
    }

    /**
     * What the delivery API runs for a search: the page and its total read together. The same queries as
     * {@link #pageQueries} (same seed); the number of matches that picks the offset is read beforehand, untimed.
     */
    private void deliverySearches(String label, UUID projectId, ContentCopy copy, String type, String sortField) {
        ContentTypeDefinition definition = model.type(projectId, type);
        List<String> words = searchWords(projectId, type);
        Random random = new Random(42);
        Map<String, Long> matchesOf = new HashMap<>();
        double[] millis = new double[QUERIES];
        List<String> slowest = new ArrayList<>();
        for (int i = -WARM_UP; i < QUERIES; i++) {
            String word = words.get(random.nextInt(words.size()));
            ContentQuery query = ContentQuery.ofType(type).withText(word).sortedBy(sortField, random.nextBoolean());
            long matches = matchesOf.computeIfAbsent(word, w -> delivery.count(projectId, copy, query));
            int offset = matches <= 50 ? 0 : random.nextInt((int) Math.min(matches - 50, Integer.MAX_VALUE));
            long t0 = System.nanoTime();
            DeliveryContent.DeliveryPage page = delivery.pageWithTotal(projectId, copy, query, definition, offset, 50);
            long t1 = System.nanoTime();
            assertThat(page.total()).isEqualTo(matches);
            assertThat(page.items().size()).isEqualTo((int) Math.min(50, matches - offset));
            if (i >= 0) {
                millis[i] = (t1 - t0) / 1e6;
                slowest.add(String.format(
                        Locale.ENGLISH, "%08.1f ms: q=%s (%,d matches) offset %,d", millis[i], word, matches, offset));
            }
        }
        line(
                "delivery API search, page with its total in one pass, %s: p50 %.1f ms, p95 %.1f ms  [target p95 < 50 ms]",
                label, percentile(millis, 50), percentile(millis, 95));
        slowest.sort(java.util.Comparator.reverseOrder());
        slowest.stream().limit(3).forEach(query -> line("  slowest: %s", query));
    }

    private void pageQueries(
            String label,
            UUID projectId,
            String type,
            String sortField,
            ToLongFunction<ContentQuery> counter,
            BiFunction<ContentQuery, Integer, List<ContentItemRow>> pager) {
        long count = counter.applyAsLong(ContentQuery.ofType(type));
        List<String> words = searchWords(projectId, type);
        Random random = new Random(42);
        double[] pageMillis = new double[QUERIES];
        double[] withCountMillis = new double[QUERIES];
        List<String> slowest = new ArrayList<>();
        for (int i = -WARM_UP; i < QUERIES; i++) {
            String word = words.get(random.nextInt(words.size()));
            ContentQuery query = ContentQuery.ofType(type).withText(word).sortedBy(sortField, random.nextBoolean());
            long t0 = System.nanoTime();
            long matches = counter.applyAsLong(query);
            long t1 = System.nanoTime();
            int offset = matches <= 50 ? 0 : random.nextInt((int) Math.min(matches - 50, Integer.MAX_VALUE));
            List<ContentItemRow> rows = pager.apply(query, offset);
            long t2 = System.nanoTime();
            assertThat(rows.size()).isLessThanOrEqualTo(50);
            if (i >= 0) {
                pageMillis[i] = (t2 - t1) / 1e6;
                withCountMillis[i] = (t2 - t0) / 1e6;
                slowest.add(String.format(
                        Locale.ENGLISH,
                        "%08.1f ms: q=%s (%,d matches) offset %,d, count %.1f ms",
                        withCountMillis[i],
                        word,
                        matches,
                        offset,
                        (t1 - t0) / 1e6));
            }
        }
        line(
                "grid page query, %s (%,d items of the type): page p50 %.1f ms, p95 %.1f ms; page+count p50 %.1f ms, p95 %.1f ms  [target p95 < 50 ms]",
                label,
                count,
                percentile(pageMillis, 50),
                percentile(pageMillis, 95),
                percentile(withCountMillis, 50),
                percentile(withCountMillis, 95));
        slowest.sort(java.util.Comparator.reverseOrder());
        slowest.stream().limit(3).forEach(query -> line("  slowest: %s", query));
    }

    /** Words that occur in the type's titles, so searches hit real rows as a person's would. */
    private List<String> searchWords(UUID projectId, String type) {
        List<String> words = new ArrayList<>();
        for (ContentItemRow row : content.page(projectId, ContentQuery.ofType(type), 0, 200)) {
            for (String word : row.title().split("\\s+")) {
                if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(words).isNotEmpty();
        return words;
    }

    private GenerationProgress await(UUID projectId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            GenerationProgress progress = generation.latest(projectId).orElseThrow();
            if (progress.state().isFinished()) {
                assertThat(progress.error()).isNull();
                return progress;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("generation did not finish");
    }

    private void line(String format, Object... args) {
        report.line(format, args);
    }

    private static double median(List<Double> values) {
        return BenchmarkReport.median(values);
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
