package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's edges, over HTTP as a browser or a script would reach them: requests another site could forge with a
 * browser's cached credentials are refused, bodies and parameters are bounded, and unknown addresses are errors.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBoundariesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EVIL = "https://evil.example";
    private static final byte[] NO_BODY = null;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    ApiClient admin;
    String project;
    String base;
    String basic;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        basic = "Basic "
                + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        base = "/api/v1/projects/" + project;
    }

    @Test
    void changesAFormOrAnotherSiteCouldSendAreRefusedAndChangeNothing() {
        String tokenJson = "{\"kind\": \"preview\", \"name\": \"forged\"}";
        for (String formType : new String[] {
            "text/plain",
            "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x"
        }) {
            assertCrossSite(send("POST", base + "/delivery-tokens", formType, tokenJson, Map.of()));
        }
        assertCrossSite(send("POST", base + "/delivery-tokens", "application/json", tokenJson, Map.of("Origin", EVIL)));
        assertCrossSite(
                send("POST", base + "/delivery-tokens", "application/json", tokenJson, Map.of("Origin", "null")));
        assertCrossSite(send(
                "POST",
                base + "/delivery-tokens",
                "application/json",
                tokenJson,
                Map.of("Sec-Fetch-Site", "cross-site")));
        assertThat(admin.get(base + "/delivery-tokens").body()).doesNotContain("forged");

        JsonNode item = admin.get(base + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0);
        String itemPath = base + "/items/" + item.path("id").asString();
        Map<String, Object> data = new LinkedHashMap<>(JSON.convertValue(item.path("data"), Map.class));
        data.put("name", "Forged Latte");
        String change = JSON.writeValueAsString(
                Map.of("data", data, "version", item.path("version").asLong()));
        assertCrossSite(send("PUT", itemPath, "text/plain", change, Map.of()));
        assertCrossSite(send("PUT", itemPath, "application/json", change, Map.of("Origin", EVIL)));
        assertCrossSite(send("DELETE", itemPath, null, NO_BODY, Map.of("Origin", EVIL)));
        assertCrossSite(send("POST", itemPath + "/duplicate", "application/x-www-form-urlencoded", "", Map.of()));
        JsonNode unchanged = admin.get(itemPath).json();
        assertThat(unchanged.path("version").asLong())
                .isEqualTo(item.path("version").asLong());
        assertThat(unchanged.path("title").asString())
                .isEqualTo(item.path("title").asString());

        // Scripts, curl and the studio's own origin are served as before.
        var created = send(
                "POST",
                base + "/delivery-tokens",
                "application/json",
                "{\"kind\": \"preview\", \"name\": \"script\"}",
                Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var sameOrigin = send(
                "POST",
                base + "/delivery-tokens",
                "application/json; charset=utf-8",
                "{\"kind\": \"preview\", \"name\": \"same origin\"}",
                Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        var revoked = send(
                "DELETE",
                base + "/delivery-tokens/"
                        + JSON.readTree(created.body()).path("id").asString(),
                null,
                NO_BODY,
                Map.of());
        assertThat(revoked.statusCode()).isEqualTo(204);
        var changed = send("PUT", itemPath, "application/json", change, Map.of());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        var bodiless = send("POST", itemPath + "/publish", null, NO_BODY, Map.of());
        assertThat(bodiless.statusCode()).as(bodiless.body()).isEqualTo(200);
    }

    @Test
    void filesAreTakenWithTheirOwnContentTypeOnly() throws IOException {
        String csv = "name,price\nCross Site Latte,4.10\n";
        String importPath = base + "/items/import?type=menuItem&format=csv&dryRun=true";
        assertCrossSite(send("POST", importPath, "text/plain", csv, Map.of()));
        assertCrossSite(send("POST", importPath, "application/x-www-form-urlencoded", csv, Map.of()));
        assertCrossSite(send("POST", importPath, null, csv, Map.of()));
        assertCrossSite(send("POST", importPath, "text/csv", csv, Map.of("Origin", EVIL)));
        for (String fileType : new String[] {"text/csv", "application/octet-stream", "application/json"}) {
            var checked = send("POST", importPath, fileType, csv, Map.of());
            assertThat(checked.statusCode())
                    .as(fileType + ": " + checked.body())
                    .isEqualTo(200);
        }

        byte[] png = png();
        assertCrossSite(send("POST", base + "/assets?fileName=forged.png", "text/plain", png, Map.of()));
        assertCrossSite(
                send("POST", base + "/assets?fileName=forged.png", "multipart/form-data; boundary=x", png, Map.of()));
        assertThat(admin.get(base + "/assets?q=forged").json().path("total").asLong())
                .isZero();
        var uploaded = send("POST", base + "/assets?fileName=bytes.png", "application/octet-stream", png, Map.of());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        JsonNode item = admin.get(base + "/items?type=menuItem&size=1&page=3")
                .json()
                .path("items")
                .get(0);
        String itemPath = base + "/items/" + item.path("id").asString();
        Map<String, Object> data = new LinkedHashMap<>(JSON.convertValue(item.path("data"), Map.class));
        data.put("description", "x".repeat(3 * 1024 * 1024));
        byte[] huge = JSON.writeValueAsBytes(
                Map.of("data", data, "version", item.path("version").asLong()));

        var declared = send("PUT", itemPath, "application/json", huge, Map.of());
        assertTooLarge(declared, "larger than 2 MB");
        var chunked = exchange(request(itemPath, Map.of())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertTooLarge(chunked, "larger than 2 MB");
        var chunkedImport = exchange(request(base + "/items/import?type=menuItem&format=csv", Map.of())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[21 * 1024 * 1024]))));
        assertTooLarge(chunkedImport, "an import is at most 20 MB");

        assertThat(admin.get(itemPath).json().path("version").asLong())
                .isEqualTo(item.path("version").asLong());
        assertThat(admin.get(base).status()).isEqualTo(200);
    }

    @Test
    void pageSizesCountsAndTextsOutOfRangeGetASentence() {
        assertInvalid(admin.get(base + "/items?size=100000"), "size between 1 and 500");
        assertInvalid(admin.get(base + "/assets?size=100000"), "size between 1 and 200");
        assertInvalid(admin.get(base + "/assets?page=-1"), "page must be 0 or more");
        assertInvalid(admin.get(base + "/model/versions?limit=1000000"), "limit is between 1 and 500");
        assertInvalid(admin.get(base + "/items/export?type=menuItem&q=" + "a".repeat(201)), "at most 200 characters");
        assertInvalid(
                admin.post(
                        base + "/items/bulk",
                        Map.of("action", "publish", "filter", Map.of("type", "menuItem", "q", "a".repeat(201)))),
                "at most 200 characters");
        assertInvalid(admin.post(base + "/generate", Map.of("type", "menuItem", "count", 1_000_000)), "between 1 and");
        assertInvalid(admin.post(base + "/delivery-tokens", Map.of("kind", "preview", "name", "n".repeat(81))), "");
        assertInvalid(admin.post(base + "/chat", Map.of("message", "m".repeat(8_001))), "8,000");
        assertInvalid(
                admin.post("/api/v1/projects", Map.of("prompt", "a coffee shop", "name", "n".repeat(121))), "120");
        assertInvalid(
                admin.post(base + "/content-types/menuItem/fields", Map.of("key", "k".repeat(65), "type", "text")),
                "at most 64");

        var token = admin.post(base + "/delivery-tokens", Map.of("kind", "preview"))
                .json()
                .path("token")
                .asString();
        var site = ApiClient.bearer(port, token);
        assertInvalid(site.get("/delivery/v1/" + project + "/items?size=100000"), "size between 1 and 500");
        assertInvalid(site.get("/delivery/v1/" + project + "/items?q=" + "a".repeat(201)), "at most 200 characters");
    }

    @Test
    void unknownAddressesAndWrongMethodsAreProblemDocuments() {
        var misspelt = admin.put("/api/v1/projectz", Map.of("name", "x"));
        assertProblem(misspelt, 404);
        assertProblem(admin.get("/api/v1/nothing/here"), 404);
        assertProblem(admin.delete(base + "/nothing"), 404);

        var wrongMethod = admin.patch("/api/v1/projects", "{}");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("GET", "POST");

        var token = admin.post(base + "/delivery-tokens", Map.of("kind", "production"))
                .json()
                .path("token")
                .asString();
        var site = ApiClient.bearer(port, token);
        assertProblem(site.get("/delivery/v1/x/nope"), 404);
        assertProblem(site.get("/delivery/v1/" + project + "/nope"), 404);
        var write = site.post("/delivery/v1/" + project + "/items", Map.of());
        assertProblem(write, 405);
        assertThat(write.header("Allow")).contains("GET");

        assertThat(ApiClient.anonymous(port).get("/api/v1/nothing").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/delivery/v1/x/nope").status())
                .isEqualTo(401);
    }

    private static void assertCrossSite(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("detail").asString())
                .startsWith("Cross-site requests are not accepted");
    }

    private static void assertTooLarge(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains(detail);
    }

    private static void assertInvalid(ApiClient.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isIn(400, 422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("detail").asString()).isNotBlank();
    }

    private HttpResponse<String> send(
            String method, String path, String contentType, String body, Map<String, String> headers) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private HttpResponse<String> send(
            String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return exchange(builder.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("API call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
