package com.sitewright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The site pipeline's figures on the real stack, through the REST API as a user drives it: Preview
 * to ready for the 2,000-item coffee shop with an empty shared npm install (cold) and again (warm),
 * edit-to-visible latency in the running preview, approve-to-live time, and the memory of one
 * preview server. Run with {@code ./mvnw -Pbenchmark test -Dtest=SitePipelineBenchmark}; figures
 * are printed and written to target/benchmark-site.txt.
 */
@IntegrationTest
@TestPropertySource(properties = "sitewright.node-cache-dir=target/benchmark-node-cache/${random.uuid}")
class SitePipelineBenchmark {

    private static final int EDITS = 15;
    private static final int APPROVALS = 5;

    @LocalServerPort
    int port;

    @Autowired
    SiteServerPool pool;

    private final List<String> report = new ArrayList<>();
    private ApiClient admin;
    private String projectId;

    @Test
    void measure() throws Exception {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        line(
                "Sitewright site pipeline benchmark — %d cores, Java %s, %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), nodeVersion());
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website");
        long items = admin.get("/api/v1/projects/" + projectId)
                .json()
                .path("contentItems")
                .asLong();

        double cold = previewToReady("cold: empty shared npm install");
        String previewId = lastPreviewId;
        double warm1 = previewToReady("warm");
        double warm2 = previewToReady("warm");
        line(
                "preview to ready, %,d-item coffee shop: cold %.1f s, warm %.1f s / %.1f s  [target warm < 60 s]",
                items, cold, warm1, warm2);

        JsonNode preview = admin.get("/api/v1/projects/" + projectId + "/previews/" + lastPreviewId)
                .json();
        String url = preview.path("url").asString();
        JsonNode item = admin.get("/api/v1/projects/" + projectId + "/items?type=menuItem&status=published&size=1")
                .json()
                .path("items")
                .get(0);
        String path = item.path("path").asString();
        admin.at(url).get(path);
        List<Double> latencies = new ArrayList<>();
        for (int edit = 0; edit < EDITS; edit++) {
            latencies.add(editToVisible(url, item.path("id").asString(), path, "Benchmark edit " + edit));
        }
        line(
                "edit to visible in the preview (%d edits): median %.0f ms, p95 %.0f ms, max %.0f ms  [target < 2,000 ms]",
                EDITS, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100));

        String label = "preview-" + lastPreviewId;
        pool.residentMemory(label)
                .ifPresent(bytes -> line(
                        "memory of one preview server (next start, resident, after %d page views): %.0f MB",
                        EDITS * 4 + 1, bytes / 1024.0 / 1024.0));

        List<Double> approveSeconds = new ArrayList<>();
        for (int run = 0; run < APPROVALS; run++) {
            String target = run % 2 == 0 ? lastPreviewId : previewId;
            approveSeconds.add(approveToLive(target));
        }
        line(
                "approve to live (%d approvals, from the request until the live URL answers): median %.1f s, min %.1f s, max %.1f s  [target < 5 s]",
                APPROVALS,
                percentile(approveSeconds, 50),
                percentile(approveSeconds, 0),
                percentile(approveSeconds, 100));

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "benchmark-site.txt"), report);
        assertThat(latencies).hasSize(EDITS);
    }

    private String lastPreviewId;

    private double previewToReady(String label) {
        long start = System.nanoTime();
        var started = admin.post("/api/v1/projects/" + projectId + "/previews", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        lastPreviewId = started.json().path("id").asString();
        while (true) {
            JsonNode preview = admin.get("/api/v1/projects/" + projectId + "/previews/" + lastPreviewId)
                    .json();
            String state = preview.path("state").asString();
            if (state.equals("ready")) {
                double seconds = (System.nanoTime() - start) / 1e9;
                line("preview (%s): %.1f s to ready", label, seconds);
                return seconds;
            }
            assertThat(state).as(preview.toString()).isNotEqualTo("failed");
            sleep(250);
        }
    }

    private double editToVisible(String url, String itemId, String path, String title) {
        JsonNode current =
                admin.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        ObjectNode data = (ObjectNode) current.path("data").deepCopy();
        data.put("name", title);
        long start = System.nanoTime();
        var updated = admin.put(
                "/api/v1/projects/" + projectId + "/items/" + itemId,
                Map.of("data", data, "version", current.path("version").asLong()));
        assertThat(updated.status()).isEqualTo(200);
        ApiClient site = admin.at(url);
        while (!site.get(path).body().contains(title)) {
            assertThat((System.nanoTime() - start) / 1e9)
                    .as("edit visible within 10 s")
                    .isLessThan(10);
            sleep(20);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private double approveToLive(String previewId) {
        long start = System.nanoTime();
        var approved = admin.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(202);
        String deploymentId = approved.json().path("deploymentId").asString();
        while (true) {
            JsonNode deployment = admin.get("/api/v1/projects/" + projectId + "/deployments/" + deploymentId)
                    .json();
            String state = deployment.path("state").asString();
            if (state.equals("live")) {
                String url = deployment.path("url").asString();
                assertThat(ApiClient.anonymous(port).at(url).get("/").status()).isEqualTo(200);
                return (System.nanoTime() - start) / 1e9;
            }
            assertThat(state).as(deployment.toString()).isNotEqualTo("failed");
            sleep(50);
        }
    }

    private static String nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            return "Node.js " + new String(process.getInputStream().readAllBytes()).strip();
        } catch (java.io.IOException e) {
            return "no Node.js";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    private static double percentile(List<Double> values, int percentile) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
