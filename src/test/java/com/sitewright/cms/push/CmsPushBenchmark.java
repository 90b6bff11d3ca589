package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Pushes to fake CMSs, through the API as a user starts them: the coffee shop into Optimizely without
 * a rate limit (throughput), the same again with nothing changed, the coffee shop into a CMS that allows 10 requests a
 * second, the coffee shop into Contentful at 50 requests a second and into Sanity without a limit, and the studio's
 * heap while a 5,000-product store is pushed. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=CmsPushBenchmark}; figures also go to target/benchmark-cms-push.txt.
 */
@IntegrationTest
class CmsPushBenchmark {

    @LocalServerPort
    int port;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        ApiClient admin = ApiClient.basic(port, "admin", "admin-test-password");
        String coffee = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        int items = admin.get("/api/v1/projects/" + coffee + "/items?size=1")
                .json()
                .path("total")
                .asInt();

        FakeOptimizely unlimited = new FakeOptimizely(false);
        try {
            connect(admin, coffee, unlimited, "1000");
            JsonNode full = push(admin, coffee);
            double seconds = seconds(full);
            line(
                    "Optimizely, coffee shop (%d items, %d types), no rate limit, %d requests in flight: %.1f s, %.0f items/s, %d requests",
                    items,
                    full.path("counts").path("created").asInt() - items,
                    4,
                    seconds,
                    items / seconds,
                    full.path("requests").asInt());
            unlimited.reset();
            Instant asked = Instant.now();
            JsonNode again = push(admin, coffee);
            line(
                    "Optimizely, no-change re-push: %.2f s from the request to done, %d writes, %d requests",
                    Duration.between(asked, Instant.now()).toMillis() / 1000.0,
                    unlimited.writes(),
                    again.path("requests").asInt());
        } finally {
            unlimited.shutDown();
        }

        FakeOptimizely limited = new FakeOptimizely(false);
        try {
            limited.limit(10);
            connect(admin, coffee, limited, "10");
            JsonNode paced = push(admin, coffee);
            line(
                    "Optimizely, coffee shop into a CMS allowing 10 requests/s: %.0f s, %d requests, %d refused with 429",
                    seconds(paced), paced.path("requests").asInt(), limited.faults.tooMany.get());
        } finally {
            limited.shutDown();
        }

        // Contentful paced at a set limit, and Sanity (batched transactions) without one, each on a fresh coffee shop.
        String forContentful = Projects.createAndAwait(admin, "Build me a coffee shop website using Contentful");
        FakeContentful contentful = new FakeContentful();
        try {
            contentful.limit(50);
            var saved = admin.put(
                    "/api/v1/projects/" + forContentful + "/cms-connection",
                    Map.of(
                            "provider",
                            "contentful",
                            "settings",
                            Map.of(
                                    "spaceId",
                                    FakeContentful.SPACE,
                                    "managementToken",
                                    FakeContentful.TOKEN,
                                    "managementUrl",
                                    contentful.url(),
                                    "uploadUrl",
                                    contentful.url(),
                                    "requestsPerSecond",
                                    "50")));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            JsonNode pushed = push(admin, forContentful);
            int count = admin.get("/api/v1/projects/" + forContentful + "/items?size=1")
                    .json()
                    .path("total")
                    .asInt();
            line(
                    "Contentful, coffee shop (%d items) at a limit of 50 requests/s: %.0f s, %.1f items/s, %.1f requests/s,"
                            + " %d refused with 429",
                    count,
                    seconds(pushed),
                    count / seconds(pushed),
                    pushed.path("requests").asInt() / seconds(pushed),
                    contentful.faults.tooMany.get());
        } finally {
            contentful.shutDown();
        }
        String forSanity = Projects.createAndAwait(admin, "Build me a coffee shop website using Sanity");
        FakeSanity sanity = new FakeSanity();
        try {
            var saved = admin.put(
                    "/api/v1/projects/" + forSanity + "/cms-connection",
                    Map.of(
                            "provider",
                            "sanity",
                            "settings",
                            Map.of(
                                    "projectId",
                                    FakeSanity.PROJECT,
                                    "token",
                                    FakeSanity.TOKEN,
                                    "apiUrl",
                                    sanity.url(),
                                    "requestsPerSecond",
                                    "1000")));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            JsonNode pushed = push(admin, forSanity);
            int count = admin.get("/api/v1/projects/" + forSanity + "/items?size=1")
                    .json()
                    .path("total")
                    .asInt();
            line(
                    "Sanity, coffee shop (%d items), no rate limit, batched transactions: %.1f s, %.0f items/s, %d requests",
                    count,
                    seconds(pushed),
                    count / seconds(pushed),
                    pushed.path("requests").asInt());
        } finally {
            sanity.shutDown();
        }

        String store = Projects.createAndAwait(admin, "An outdoor gear online store with 5,000 products");
        int storeItems = admin.get("/api/v1/projects/" + store + "/items?size=1")
                .json()
                .path("total")
                .asInt();
        FakeOptimizely large = new FakeOptimizely(false);
        try {
            connect(admin, store, large, "1000");
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            JsonNode pushed = push(admin, store);
            sampler.interrupt();
            line(
                    "Optimizely, %d-item store: %.1f s, %.0f items/s; studio heap %d MB before, peak %d MB during the push"
                            + " (the fake CMS's copy of the content included)",
                    storeItems, seconds(pushed), storeItems / seconds(pushed), before >> 20, peak.get() >> 20);
        } finally {
            large.shutDown();
        }
        Files.write(Path.of("target", "benchmark-cms-push.txt"), lines);
    }

    private static void connect(ApiClient admin, String project, FakeOptimizely cms, String rate) {
        var saved = admin.put(
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
                                rate)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static JsonNode push(ApiClient admin, String project) {
        var started = admin.post("/api/v1/projects/" + project + "/cms-pushes", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String url = "/api/v1/projects/" + project + "/cms-pushes/"
                + started.json().path("id").asString();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = admin.get(url).json();
                    return last[0].path("state").asString().matches("succeeded|failed");
                });
        assertThat(last[0].path("state").asString()).as(last[0].toString()).isEqualTo("succeeded");
        return last[0];
    }

    private static double seconds(JsonNode push) {
        return Duration.between(
                                Instant.parse(push.path("startedAt").asString()),
                                Instant.parse(push.path("finishedAt").asString()))
                        .toMillis()
                / 1000.0;
    }

    private void line(String format, Object... args) throws IOException {
        String text = String.format(Locale.ENGLISH, format, args);
        lines.add(text);
        System.out.println("[benchmark] " + text);
    }
}
