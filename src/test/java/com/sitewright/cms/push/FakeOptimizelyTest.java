package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake Optimizely refuses what the real REST API refuses, so a push test cannot pass on a wrong body. */
class FakeOptimizelyTest {

    private final FakeOptimizely cms = new FakeOptimizely();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        cms.shutDown();
    }

    @Test
    void wrongBodiesAreRefusedAsTheVendorRefusesThem() throws Exception {
        assertThat(send(
                                "/oauth/token",
                                null,
                                "{\"grant_type\":\"client_credentials\",\"client_id\":\"x\",\"client_secret\":\"y\"}")
                        .body())
                .contains("invalid_client");
        String token = send(
                        "/oauth/token",
                        null,
                        "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + FakeOptimizely.CLIENT_ID
                                + "\",\"client_secret\":\"" + FakeOptimizely.CLIENT_SECRET + "\"}")
                .body()
                .replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        var manifest = send(
                "/v1/manifest",
                token,
                "{\"contentTypes\":[{\"key\":\"Dish\",\"baseType\":\"_component\","
                        + "\"properties\":{\"name\":{\"type\":\"string\"}}}]}",
                "application/vnd.optimizely.cms.v1.manifest+json");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(send("/v1/manifest", token, "{\"contentTypes\":[]}", "application/json")
                        .statusCode())
                .isEqualTo(415);

        String version = "{\"displayName\":\"Latte\",\"locale\":\"en\",\"properties\":{\"name\":%s}}";
        var unwrapped = send(
                "/v1/content",
                token,
                "{\"key\":\"0123456789abcdef0123456789abcdef\",\"contentType\":\"Dish\","
                        + "\"container\":\"c\",\"initialVersion\":" + version.formatted("\"Latte\"") + "}");
        assertThat(unwrapped.statusCode()).isEqualTo(400);
        assertThat(unwrapped.body()).contains("The value did not match the expected type");
        var badKey = send(
                "/v1/content",
                token,
                "{\"key\":\"latte\",\"contentType\":\"Dish\",\"container\":\"c\"," + "\"initialVersion\":"
                        + version.formatted("{\"value\":\"Latte\"}") + "}");
        assertThat(badKey.statusCode()).isEqualTo(400);
        var created = send(
                "/v1/content",
                token,
                "{\"key\":\"0123456789abcdef0123456789abcdef\",\"contentType\":\"Dish\","
                        + "\"container\":\"c\",\"initialVersion\":" + version.formatted("{\"value\":\"Latte\"}") + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        var twice = send(
                "/v1/content",
                token,
                "{\"key\":\"0123456789abcdef0123456789abcdef\",\"contentType\":\"Dish\","
                        + "\"container\":\"c\",\"initialVersion\":" + version.formatted("{\"value\":\"Latte\"}") + "}");
        assertThat(twice.statusCode()).as("the same key twice").isEqualTo(409);
        assertThat(send("/v1/contenttypes", "expired-or-unknown", null).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> send(String path, String token, String body) throws Exception {
        return send(path, token, body, "application/json");
    }

    private HttpResponse<String> send(String path, String token, String body, String type) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(cms.url() + path)).header("Content-Type", type);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(
                body == null ? "GET" : "POST",
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
