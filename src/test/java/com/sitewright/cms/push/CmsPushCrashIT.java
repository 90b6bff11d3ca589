package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.support.ApiClient;
import com.sitewright.support.Projects;
import com.sitewright.support.StudioProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A push killed midway, with the studio's process, continues after a restart where it stopped: every item ends up in
 * the CMS exactly once, and only the few in flight at the kill are written a second time (as a new version of the
 * same item, never a second item).
 */
class CmsPushCrashIT {

    private static final String PASSWORD = "push-crash-password";
    private Process studio;
    private FakeOptimizely cms;

    @AfterEach
    void stop() throws InterruptedException {
        if (studio != null && studio.isAlive()) {
            studio.destroy();
            studio.waitFor();
        }
        if (cms != null) {
            cms.shutDown();
        }
    }

    @Test
    void aPushKilledMidwayContinuesWithoutDuplicates() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "push-crash-test", String.valueOf(System.nanoTime())));
        int port = StudioProcess.freePort();
        studio = start(dataDir, port, "first");
        ApiClient api = ApiClient.basic(port, "admin", PASSWORD);
        StudioProcess.awaitUp(studio, api);
        String project = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
        int items = api.get("/api/v1/projects/" + project + "/items?size=1")
                .json()
                .path("total")
                .asInt();
        int published = api.get("/api/v1/projects/" + project + "/items?size=1&status=published")
                .json()
                .path("total")
                .asInt();

        cms = new FakeOptimizely();
        var saved = api.put(
                "/api/v1/projects/" + project + "/cms-connection",
                Map.of(
                        "provider",
                        "optimizely",
                        "settings",
                        Map.of(
                                "cmsUrl",
                                cms.url(),
                                "clientId",
                                FakeOptimizely.CLIENT_ID,
                                "clientSecret",
                                FakeOptimizely.CLIENT_SECRET,
                                "requestsPerSecond",
                                "150")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var started = api.post("/api/v1/projects/" + project + "/cms-pushes", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String push = "/api/v1/projects/" + project + "/cms-pushes/"
                + started.json().path("id").asString();

        JsonNode[] midway = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    midway[0] = api.get(push).json();
                    return midway[0].path("phase").asString().equals("items")
                            && midway[0].path("progress").path("done").asInt() >= 400;
                });
        studio.destroyForcibly().waitFor();
        int inCmsAtKill = cms.content.size();
        assertThat(inCmsAtKill).isGreaterThan(0).isLessThan(items);

        studio = start(dataDir, port, "second");
        StudioProcess.awaitUp(studio, api);
        JsonNode[] end = new JsonNode[1];
        try {
            await().atMost(Duration.ofSeconds(240))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        end[0] = api.get(push).json();
                        return end[0].path("state").asString().matches("succeeded|failed");
                    });
        } catch (ConditionTimeoutException stuck) {
            throw new AssertionError(
                    "The resumed push did not end: " + end[0] + "\n"
                            + StudioProcess.logTail(dataDir.resolve("studio-second.log"), 80),
                    stuck);
        }

        assertThat(end[0].path("state").asString()).as(end[0].toString()).isEqualTo("succeeded");
        assertThat(cms.content).hasSize(items);
        long publishedInCms = cms.content.values().stream()
                .filter(item -> item.published() != null)
                .count();
        assertThat(publishedInCms).isEqualTo(published);
        // Items written once have one version; those in flight at the kill (at most 4 at a time) were written again as
        // a
        // new version.
        long writtenAgain = cms.versionsPerItem().values().stream()
                .filter(versions -> versions > 1)
                .count();
        assertThat(writtenAgain).isLessThanOrEqualTo(8);
        // The push's figures cover both runs: everything was created once, nothing counted twice.
        assertThat(end[0].path("counts").path("created").asInt()
                        + end[0].path("counts").path("updated").asInt())
                .isGreaterThanOrEqualTo(items);
        var second = api.post("/api/v1/projects/" + project + "/cms-pushes", Map.of());
        cms.reset();
        String again = "/api/v1/projects/" + project + "/cms-pushes/"
                + second.json().path("id").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(again).json().path("state").asString().equals("succeeded"));
        assertThat(cms.writes())
                .as("after the resumed push, nothing is left to write")
                .isZero();
    }

    private static Process start(Path dataDir, int port, String name) throws IOException {
        return new ProcessBuilder(StudioProcess.command(dataDir, port, "--sitewright.admin-password=" + PASSWORD))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("studio-" + name + ".log").toFile())
                .start();
    }
}
