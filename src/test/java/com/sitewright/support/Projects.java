package com.sitewright.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Creating projects through the API and waiting for their generation, as a client would. */
public final class Projects {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Projects() {}

    public static String createAndAwait(ApiClient client, String prompt) {
        var created = client.post("/api/v1/projects", Map.of("prompt", prompt));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().path("id").asString();
        JsonNode project = awaitFinished(client, id);
        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        return id;
    }

    /** Creates a project and waits until its generated site source is committed, ready for a preview. */
    public static String createWithSource(ApiClient client, String prompt) {
        String id = createAndAwait(client, prompt);
        awaitSource(client, id);
        return id;
    }

    /** Waits for the site source, which its own job commits right after generation. */
    public static void awaitSource(ApiClient client, String projectId) {
        await("the site source of " + projectId)
                .atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !client.get("/api/v1/projects/" + projectId + "/commits")
                        .json()
                        .isEmpty());
    }

    /**
     * Deletes all but the first {@code perType} items of each type, through the bulk API: a small site of every kind
     * of page, for tests that look at pages rather than at scale.
     */
    public static void keepFirst(ApiClient client, String projectId, int perType) {
        String base = "/api/v1/projects/" + projectId;
        List<String> extra = new ArrayList<>();
        for (JsonNode type : client.get(base + "/content-types").json()) {
            String key = type.path("key").asString();
            for (int page = 0; ; page++) {
                JsonNode items = client.get(base + "/items?size=500&page=" + page + "&type=" + key)
                        .json()
                        .path("items");
                for (int i = 0; i < items.size(); i++) {
                    if (page * 500 + i >= perType) {
                        extra.add(items.get(i).path("id").asString());
                    }
                }
                if (items.size() < 500) {
                    break;
                }
            }
        }
        if (extra.isEmpty()) {
            return;
        }
        var started = client.post(base + "/items/bulk", Map.of("action", "delete", "ids", extra));
        assertThat(started.status()).as(started.body()).isIn(200, 202);
        if (started.status() == 202) {
            String operation = base + "/items/bulk/" + started.json().path("id").asString();
            await("the bulk delete ending")
                    .atMost(TIMEOUT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> client.get(operation)
                            .json()
                            .path("state")
                            .asString()
                            .matches("done|failed"));
            assertThat(client.get(operation).json().path("state").asString()).isEqualTo("done");
        }
    }

    public static JsonNode awaitFinished(ApiClient client, String projectId) {
        return await("generation of " + projectId + " finishing")
                .atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            var response = client.get("/api/v1/projects/" + projectId);
                            assertThat(response.status()).as(response.body()).isEqualTo(200);
                            return response.json();
                        },
                        project -> List.of("succeeded", "failed", "stopped")
                                .contains(
                                        project.path("generation").path("state").asString()));
    }
}
