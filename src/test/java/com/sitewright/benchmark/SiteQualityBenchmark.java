package com.sitewright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IndustryPrompts;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a visitor and a search engine would find on each industry's generated site, with images: a project from
 * the industry's prompt, its images drawn, its preview built, then the preview's own quality checks (a crawl of
 * every internal link, axe on a sample of pages per kind, Lighthouse for mobile on the home, a listing and a detail
 * page). Prints per industry the Lighthouse scores, serious or critical axe violations, dead links, images, the
 * images step's time and the build time. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SiteQualityBenchmark} (all industries, about half an hour on 2 cores) or
 * {@code -Dsitewright.benchmark.industries=COFFEE_SHOP,RESTAURANT}; figures go to target/benchmark-quality.txt.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "sitewright.images.generate=true",
            "sitewright.quality.lighthouse=true",
            "sitewright.quality.max-pages=5000",
            "sitewright.quality.axe-pages-per-kind=2",
            "sitewright.quality.axe-max-pages=40"
        })
class SiteQualityBenchmark {

    private static final Map<String, String> PROMPTS = IndustryPrompts.ALL;

    @LocalServerPort
    int port;

    private final List<String> report = new ArrayList<>();
    private ApiClient admin;

    @Test
    void measure() throws Exception {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        List<String> industries = Arrays.stream(
                        System.getProperty("sitewright.benchmark.industries", String.join(",", PROMPTS.keySet()))
                                .split(","))
                .map(String::strip)
                .toList();
        line(
                "Sitewright generated-site quality benchmark — %d cores, Java %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line(
                "%-12s %6s %7s %6s %5s %5s %5s %5s %5s %6s %6s %8s %8s",
                "industry",
                "items",
                "images",
                "img s",
                "perf",
                "a11y",
                "b.pr.",
                "seo",
                "axe",
                "dead",
                "pages",
                "build s",
                "checks s");
        List<String> failures = new ArrayList<>();
        for (String industry : industries) {
            String prompt = PROMPTS.get(industry);
            assertThat(prompt).as("an industry of " + PROMPTS.keySet()).isNotNull();
            failures.addAll(measure(industry, prompt));
        }
        line(
                "Lighthouse: lowest score of the three pages, mobile. axe: serious or critical violations (rules × pages). "
                        + "dead: dead internal links. img s: the images run (drawing, variants, storing), from when it is seen.");
        failures.forEach(failure -> line("below threshold: %s", failure));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "benchmark-quality.txt"), report);
    }

    private List<String> measure(String industry, String prompt) {
        var created = admin.post("/api/v1/projects", Map.of("prompt", prompt));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String projectId = created.json().path("id").asString();
        String base = "/api/v1/projects/" + projectId;
        // The project is ready once its content is written; its images run follows on its own.
        JsonNode drawing = await(
                base, node -> node.path("generation").path("kind").asString().equals("images"), 1_800);
        long imagesStart = System.nanoTime();
        JsonNode project = await(
                base,
                node -> List.of("succeeded", "failed", "stopped")
                        .contains(node.path("generation").path("state").asString()),
                1_800);
        double imageSeconds = (System.nanoTime() - imagesStart) / 1e9;
        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(drawing.path("generation").path("runId"))
                .isEqualTo(project.path("generation").path("runId"));
        long images = project.path("generation").path("imagesTotal").asLong();

        Projects.awaitSource(admin, projectId);
        long buildStart = System.nanoTime();
        var started = admin.post(base + "/previews", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String previewId = started.json().path("id").asString();
        JsonNode preview = await(
                base + "/previews/" + previewId,
                node -> !List.of("queued", "building")
                        .contains(node.path("state").asString()),
                1_800);
        assertThat(preview.path("state").asString()).as(preview.toString()).isEqualTo("ready");
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        long checksStart = System.nanoTime();
        JsonNode checks = await(
                base + "/previews/" + previewId + "/checks",
                node -> node.path("state").asString().equals("done"),
                1_800);
        double checkSeconds = (System.nanoTime() - checksStart) / 1e9;

        Map<String, Integer> lowest = new LinkedHashMap<>();
        for (String category : List.of("performance", "accessibility", "bestPractices", "seo")) {
            int min = 100;
            for (JsonNode page : checks.path("lighthouse").path("pages")) {
                if (page.has(category) && !page.path(category).isNull()) {
                    min = Math.min(min, page.path(category).asInt());
                }
            }
            lowest.put(category, checks.path("lighthouse").path("pages").isEmpty() ? -1 : min);
        }
        int axe = 0;
        for (JsonNode violation : checks.path("axe").path("violations")) {
            if (List.of("serious", "critical").contains(violation.path("impact").asString())) {
                axe += violation.path("pages").size();
            }
        }
        int dead = checks.path("crawl").path("deadLinks").size();
        line(
                "%-12s %6d %7d %6.1f %5d %5d %5d %5d %5d %6d %6d %8.1f %8.1f",
                industry,
                project.path("contentItems").asLong(),
                images,
                imageSeconds,
                lowest.get("performance"),
                lowest.get("accessibility"),
                lowest.get("bestPractices"),
                lowest.get("seo"),
                axe,
                dead,
                checks.path("crawl").path("pages").asInt(),
                buildSeconds,
                checkSeconds);
        List<String> failures = new ArrayList<>();
        checks.path("problems").forEach(problem -> failures.add(industry + ": " + problem.asString()));
        for (JsonNode violation : checks.path("axe").path("violations")) {
            failures.add("%s: axe %s (%s) on %d pages, e.g. %s"
                    .formatted(
                            industry,
                            violation.path("rule").asString(),
                            violation.path("impact").asString(),
                            violation.path("pages").size(),
                            violation.path("pages").path(0).path("example").asString()));
        }
        admin.post(base + "/previews/" + previewId + "/stop", "");
        return failures;
    }

    private JsonNode await(String path, java.util.function.Predicate<JsonNode> done, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode node = admin.get(path).json();
        while (!done.test(node)) {
            assertThat(System.nanoTime())
                    .as("waited %d s for %s: %s", seconds, path, node)
                    .isLessThan(deadline);
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            node = admin.get(path).json();
        }
        return node;
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[SiteQualityBenchmark] " + text);
    }
}
