package com.sitewright.benchmark;

import static org.awaitility.Awaitility.await;

import com.sitewright.assets.AssetJobs;
import com.sitewright.assets.Illustration;
import com.sitewright.assets.IllustrationRenderer;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.security.UserService;
import com.sitewright.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The images step on the coffee shop: every asset field of its items filled with an offline illustration and its
 * WebP variants (480, 960, 1600 px), from the request to the run being done; and the renderer alone, per picture.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=ImageBenchmark}; the figures are also written to
 * target/benchmark-images.txt.
 */
@IntegrationTest
class ImageBenchmark {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";
    private static final List<String> PALETTE = List.of("#6b4226", "#d9a441", "#fbf7f2", "#2b1d14");

    @Autowired
    GenerationService generation;

    @Autowired
    AssetJobs assets;

    @Autowired
    IllustrationRenderer renderer;

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
                "Image benchmark — %d cores, Java %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            renderer.render(new Illustration(
                    i, List.of("Oat Flat White " + i, "menuItem", "photo"), PALETTE, Illustration.Shape.LANDSCAPE));
            if (i >= 20) {
                renders.add((System.nanoTime() - start) / 1e6);
            }
        }
        report.line(
                "drawing one 1600 × 1067 illustration (median of 40, after 20 warm-up): %.0f ms",
                BenchmarkReport.median(renders));

        for (int run = 0; run < 2; run++) {
            UUID project = generation
                    .start(PROMPT, null, GenerationEngine.OFFLINE)
                    .project()
                    .id();
            awaitDone(project, generation.latest(project).orElseThrow().runId());
            long start = System.nanoTime();
            GenerationProgress images =
                    awaitDone(project, generation.generateImages(project).runId());
            double seconds = (System.nanoTime() - start) / 1e9;
            report.line(
                    "%s: the coffee shop's %,d images with variants (%s), request to done: %.1f s  [target < 60 s]",
                    run == 0 ? "first run (installs sharp when missing)" : "run " + run,
                    images.imagesTotal(),
                    assets.variantsAreWebp() ? "WebP" : "PNG",
                    seconds);
        }
        report.write("benchmark-images.txt");
    }

    private GenerationProgress awaitDone(UUID project, UUID runId) {
        return await().atMost(Duration.ofMinutes(15))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> generation
                                .latest(project)
                                .filter(p -> p.runId().equals(runId))
                                .orElseThrow(),
                        progress -> progress.state().isFinished());
    }
}
