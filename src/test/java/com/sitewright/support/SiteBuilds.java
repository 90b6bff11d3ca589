package com.sitewright.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Building previews and deploying them through the API, and reading the pages they serve, as a client would. */
public final class SiteBuilds {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);

    private SiteBuilds() {}

    /** Builds a preview of the project's current source and waits until it is ready; returns the preview. */
    public static JsonNode buildPreview(ApiClient api, String projectId) {
        var started = api.post("/api/v1/projects/" + projectId + "/previews", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asString();
        JsonNode preview = awaitPreview(api, projectId, id);
        assertThat(preview.path("state").asString()).as(String.valueOf(preview)).isEqualTo("ready");
        return preview;
    }

    /** Waits until the preview is ready or failed. */
    public static JsonNode awaitPreview(ApiClient api, String projectId, String previewId) {
        return await("the preview finishing")
                .atMost(BUILD_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                                .json(),
                        preview -> List.of("ready", "failed")
                                .contains(preview.path("state").asString()));
    }

    /** Approves a built preview; returns the deployment's id. */
    public static String approve(ApiClient api, String projectId, String previewId) {
        var approved = api.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(202);
        return approved.json().path("deploymentId").asString();
    }

    /** Waits for the deployment to reach {@code state} (or fail). */
    public static JsonNode awaitDeployment(ApiClient api, String projectId, String deploymentId, String state) {
        JsonNode deployment = await("the deployment reaching " + state)
                .atMost(DEPLOY_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> api.get("/api/v1/projects/" + projectId + "/deployments/" + deploymentId)
                                .json(),
                        found -> List.of(state, "failed")
                                .contains(found.path("state").asString()));
        assertThat(deployment.path("state").asString())
                .as(String.valueOf(deployment))
                .isEqualTo(state);
        return deployment;
    }

    /** How React writes text into HTML. */
    public static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#x27;")
                .replace("\"", "&quot;");
    }
}
