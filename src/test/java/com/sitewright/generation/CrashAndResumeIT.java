package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.support.ApiClient;
import com.sitewright.support.StudioProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the studio as a separate process, kills it (SIGKILL, no shutdown hooks) in the middle of a
 * large generation, starts it again on the same data directory, and checks that the run finishes
 * with every planned item exactly once. Then does the same to a bulk change of all {@value #PRODUCTS} products:
 * the job continues after the last committed batch and every product ends up changed.
 */
class CrashAndResumeIT {

    private static final String PASSWORD = "crash-test-password";
    /** Big enough for many committed batches on each side of a kill, small enough to regenerate quickly. */
    private static final int PRODUCTS = 10_000;

    private Process studio;

    @AfterEach
    void stopStudio() {
        if (studio != null && studio.isAlive()) {
            studio.destroy();
            try {
                studio.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void killedMidRunResumesWithoutDuplicatesOrLoss() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "crash-test", String.valueOf(System.nanoTime())));
        int port = StudioProcess.freePort();
        studio = start(dataDir, port, "first");
        ApiClient api = ApiClient.basic(port, "admin", PASSWORD);
        StudioProcess.awaitUp(studio, api);

        String prompt =
                String.format(java.util.Locale.ROOT, "An outdoor gear online store with %,d products", PRODUCTS);
        var created = api.post("/api/v1/projects", Map.of("prompt", prompt));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().path("id").asString();

        JsonNode midway = awaitProgress(api, id);
        int doneAtKill = midway.path("generation").path("itemsDone").asInt();
        int total = midway.path("generation").path("itemsTotal").asInt();
        studio.destroyForcibly().waitFor();
        assertThat(doneAtKill).isGreaterThan(0).isLessThan(total);

        studio = start(dataDir, port, "second");
        StudioProcess.awaitUp(studio, api);
        JsonNode finished = awaitFinished(api, id);
        assertThat(finished.path("generation").path("state").asString())
                .as(finished.toString())
                .isEqualTo("succeeded");
        assertThat(finished.path("contentItems").asInt()).isEqualTo(total);
        assertThat(finished.path("generation").path("itemsDone").asInt()).isEqualTo(total);

        long sum = 0;
        for (JsonNode type :
                api.get("/api/v1/projects/" + id + "/content-types").json()) {
            sum += api.get("/api/v1/projects/" + id + "/items?size=1&type="
                            + type.path("key").asString())
                    .json()
                    .path("total")
                    .asLong();
        }
        assertThat(sum).isEqualTo(total);
        assertThat(api.get("/api/v1/projects/" + id + "/items?type=product&size=1")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(PRODUCTS);

        killedMidBulkChangeResumesAfterTheLastBatch(api, id, dataDir, port);
    }

    private void killedMidBulkChangeResumesAfterTheLastBatch(ApiClient api, String id, Path dataDir, int port)
            throws Exception {
        String bulk = "/api/v1/projects/" + id + "/items/bulk";
        var started = api.post(
                bulk, Map.of("action", "set", "filter", Map.of("type", "product"), "field", "price", "value", 19.99));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String operation = bulk + "/" + started.json().path("id").asString();

        JsonNode midway =
                awaitBulk(api, operation, progress -> progress.path("done").asInt() >= 1_000);
        studio.destroyForcibly().waitFor();
        assertThat(midway.path("state").asString()).as(midway.toString()).isEqualTo("running");
        assertThat(midway.path("done").asInt()).isLessThan(PRODUCTS);

        studio = start(dataDir, port, "third");
        StudioProcess.awaitUp(studio, api);
        JsonNode finished = awaitBulk(
                api,
                operation,
                progress -> List.of("done", "failed")
                        .contains(progress.path("state").asString()));
        assertThat(finished.path("state").asString()).as(finished.toString()).isEqualTo("done");
        assertThat(finished.path("done").asInt()).isEqualTo(PRODUCTS);
        assertThat(finished.path("affected").asInt()).as(finished.toString()).isBetween(PRODUCTS - 1_000, PRODUCTS);

        JsonNode exported = api.get("/api/v1/projects/" + id + "/items/export?type=product&format=json")
                .json();
        List<Double> prices = new ArrayList<>();
        exported.forEach(item -> prices.add(item.path("data").path("price").asDouble()));
        assertThat(prices).hasSize(PRODUCTS).containsOnly(19.99);
    }

    private static JsonNode awaitBulk(ApiClient api, String operation, java.util.function.Predicate<JsonNode> reached)
            throws InterruptedException {
        return await("the bulk change getting there")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> api.get(operation).json(), reached::test);
    }

    private static Process start(Path dataDir, int port, String name) throws IOException {
        return new ProcessBuilder(StudioProcess.command(
                        dataDir,
                        port,
                        "--sitewright.admin-password=" + PASSWORD,
                        "--sitewright.generation-batch-size=250"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("studio-" + name + ".log").toFile())
                .start();
    }

    private static JsonNode awaitProgress(ApiClient api, String id) throws InterruptedException {
        // An assertion failing inside the condition ends the wait at once: a finished run will not get there.
        return await("generation progress")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/api/v1/projects/" + id).json(), project -> {
                    if (project.path("generation").path("itemsDone").asInt() >= 5_000) {
                        return true;
                    }
                    assertThat(project.path("generation").path("state").asString())
                            .isNotIn("succeeded", "failed");
                    return false;
                });
    }

    private static JsonNode awaitFinished(ApiClient api, String id) throws InterruptedException {
        return await("the resumed generation finishing")
                .atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/v1/projects/" + id).json(),
                        project -> List.of("succeeded", "failed")
                                .contains(
                                        project.path("generation").path("state").asString()));
    }
}
