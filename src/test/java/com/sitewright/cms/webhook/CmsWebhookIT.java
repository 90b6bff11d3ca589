package com.sitewright.cms.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.sitewright.support.SiteBuilds.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import com.sitewright.support.SiteBuilds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's CMS webhook, end to end: saving a connection registers it at fakes of Optimizely Graph and Contentful
 * that accept only the documented requests; a call with a wrong secret or signature is refused and changes nothing;
 * an authentic one makes the running preview show what changed. The change is written to the database directly,
 * so only the webhook's revalidation can bring it to the page the preview had cached.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CmsWebhookIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PUBLIC_URL = "http://studio.example.test";
    private static final String CF_TOKEN = "CFPAT-webhook-management-token-0123456789";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final WireMockServer graph = new WireMockServer(options().dynamicPort());
    final WireMockServer contentful = new WireMockServer(options().dynamicPort());
    final WireMockServer sanity = new WireMockServer(options().dynamicPort());

    ApiClient admin;
    String projectId;
    String previewUrl;
    JsonNode item;
    String shownTitle;

    @BeforeAll
    void startFakesAndPreview() {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping previews");
        graph.start();
        contentful.start();
        sanity.start();
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website");
        stubGraph();
        stubContentful();
        stubSanity();
        previewUrl = SiteBuilds.buildPreview(admin, projectId).path("url").asString();
        item = admin.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0);
        shownTitle = item.path("title").asString();
        assertThat(page()).contains(html(shownTitle));
    }

    @AfterAll
    void stopFakes() {
        graph.stop();
        contentful.stop();
        sanity.stop();
    }

    // ---- the vendors, as documented: anything else is refused ----

    private void stubGraph() {
        graph.stubFor(any(anyUrl())
                .atPriority(9)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"BAD_REQUEST\"}")));
        graph.stubFor(
                post(urlPathEqualTo("/api/webhooks"))
                        .atPriority(1)
                        .withHeader(
                                "Authorization",
                                equalTo("Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("graph-app-key:graph-app-secret-1"
                                                        .getBytes(StandardCharsets.UTF_8))))
                        .withHeader("Content-Type", containing("application/json"))
                        .withRequestBody(equalToJson("""
                        {"disabled":false,"request":{"url":"${json-unit.any-string}","method":"post"},
                         "topic":["doc.updated","bulk.completed"],"filters":[]}"""))
                        .withRequestBody(matchingJsonPath(
                                "$.request.url",
                                matching(java.util.regex.Pattern.quote(PUBLIC_URL + "/api/v1/projects/" + projectId
                                                + "/cms-webhooks/optimizely?secret=")
                                        + "[A-Za-z0-9_-]{64}")))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"id\":\"0d1e2f3a4b5c\",\"disabled\":false,\"topic\":[\"doc.updated\",\"bulk.completed\"]}")));
    }

    private void stubContentful() {
        String space = "/spaces/space1";
        contentful.stubFor(any(anyUrl())
                .atPriority(9)
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/vnd.contentful.management.v1+json")
                        .withBody("{\"sys\":{\"type\":\"Error\",\"id\":\"ValidationFailed\"}}")));
        contentful.stubFor(
                put(urlPathEqualTo(space + "/webhook_settings/signing_secret"))
                        .atPriority(1)
                        .withHeader("Authorization", equalTo("Bearer " + CF_TOKEN))
                        .withHeader("Content-Type", containing("application/vnd.contentful.management.v1+json"))
                        .withRequestBody(equalToJson("{\"value\":\"${json-unit.any-string}\"}"))
                        .withRequestBody(matchingJsonPath("$.value", matching("[0-9a-zA-Z+/=_-]{64}")))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/vnd.contentful.management.v1+json")
                                        .withBody(
                                                "{\"redactedValue\":\"abcd\",\"sys\":{\"type\":\"WebhookSigningSecret\",\"version\":1}}")));
        contentful.stubFor(post(urlPathEqualTo(space + "/webhook_definitions"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + CF_TOKEN))
                .withHeader("Content-Type", containing("application/vnd.contentful.management.v1+json"))
                .withRequestBody(equalToJson("""
                        {"name":"${json-unit.any-string}",
                         "url":"%s/api/v1/projects/%s/cms-webhooks/contentful",
                         "topics":["Entry.publish","Entry.unpublish","Entry.delete"],
                         "filters":[{"equals":[{"doc":"sys.environment.sys.id"},"master"]}],
                         "active":true}""".formatted(PUBLIC_URL, projectId)))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/vnd.contentful.management.v1+json")
                        .withBody(
                                "{\"sys\":{\"type\":\"WebhookDefinition\",\"id\":\"5GhUFwmfjWyVQjNaqtqIwh\",\"version\":0},"
                                        + "\"name\":\"Sitewright\",\"active\":true}")));
    }

    private void stubSanity() {
        sanity.stubFor(any(anyUrl())
                .atPriority(9)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Bad Request\",\"message\":\"Invalid webhook\",\"statusCode\":400}")));
        sanity.stubFor(post(urlPathEqualTo("/v2025-02-19/hooks/projects/abc123"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer sk-sanity-hooks-token"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"type":"document","name":"${json-unit.any-string}",
                         "url":"%s/api/v1/projects/%s/cms-webhooks/sanity",
                         "dataset":"production","apiVersion":"v2025-02-19","httpMethod":"POST","includeDrafts":true,
                         "rule":{"on":["create","update","delete"],"projection":"{_id, _type}"},
                         "secret":"${json-unit.any-string}"}""".formatted(PUBLIC_URL, projectId)))
                .withRequestBody(matchingJsonPath("$.secret", matching("[A-Za-z0-9_-]{64}")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"id\":\"hk9Zr3aB2cD4eF6g\",\"type\":\"document\",\"name\":\"Sitewright production\","
                                        + "\"isDisabled\":false}")));
    }

    // ---- the tests ----

    @Test
    @Order(1)
    void withoutTheGraphAppKeyTheWebhookIsNotRegisteredAndTheStatusSaysWhy() {
        save(
                "optimizely",
                Map.of("clientId", "client-1", "clientSecret", "opti-client-secret-1", "graphUrl", graph.baseUrl()));
        JsonNode status = awaitState("not-registered");
        assertThat(status.path("provider").asString()).isEqualTo("optimizely");
        assertThat(status.path("detail").asString()).contains("graphAppKey", "graphSecret");
        assertThat(status.path("url").asString())
                .isEqualTo(PUBLIC_URL + "/api/v1/projects/" + projectId + "/cms-webhooks/optimizely");
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    @Order(2)
    void anOptimizelyGraphWebhookWithTheProjectsSecretRevalidatesThePreviewAndOthersAreRefused() {
        save(
                "optimizely",
                Map.of(
                        "clientId",
                        "client-1",
                        "clientSecret",
                        "opti-client-secret-1",
                        "graphUrl",
                        graph.baseUrl(),
                        "graphAppKey",
                        "graph-app-key",
                        "graphSecret",
                        "graph-app-secret-1"));
        JsonNode status = awaitState("registered");
        assertThat(status.path("url").asString()).doesNotContain("secret");
        List<LoggedRequest> registrations = graph.findAll(postRequestedFor(urlPathEqualTo("/api/webhooks")));
        assertThat(registrations).hasSize(1);
        URI registered = URI.create(JSON.readTree(registrations.getFirst().getBodyAsString())
                .path("request")
                .path("url")
                .asString());
        String webhook = registered.getRawPath() + "?" + registered.getRawQuery();
        String itemKey = item.path("id").asString().replace("-", "");
        String payload = """
                {"id":"4bbb21b4-7c53-4d5c-9b39-1c8a7b1c2d3e","timestamp":"2026-12-06T22:10:00Z","tenantId":"t1",
                 "type":{"subject":"doc","action":"updated"},"data":{"docId":"%s_en_Published"}}""".formatted(itemKey);

        String changed = changeTitleBehindTheStudiosBack("Webhook Latte");
        assertThat(page()).as("the preview serves what it cached").contains(html(shownTitle));

        var wrongSecret = call(webhook.replaceAll("secret=[^&]+", "secret=" + "A".repeat(64)), payload, Map.of());
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(JSON.readTree(wrongSecret.body()).path("detail").asString()).contains("secret");
        assertThat(call(webhook.replaceAll("\\?.*", ""), payload, Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(page()).as("a refused call changes nothing").contains(html(shownTitle));

        assertThat(call(webhook.replace("/optimizely?", "/contentful?"), payload, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(webhook.replace(projectId, UUID.randomUUID().toString()), payload, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(webhook.replace("/optimizely?", "/wordpress?"), payload, Map.of())
                        .statusCode())
                .isEqualTo(404);
        var notJson = call(webhook, "not json", Map.of());
        assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
        var noType = call(webhook, "{\"data\":{}}", Map.of());
        assertThat(noType.statusCode()).as(noType.body()).isEqualTo(422);
        assertThat(JSON.readTree(noType.body()).path("detail").asString()).contains("type.subject");
        var tooLarge = call(webhook, "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}", Map.of());
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        var accepted = call(webhook, payload, Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).path("items").get(0).asString())
                .isEqualTo(item.path("id").asString());
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(page()).contains(html(changed)));
        shownTitle = changed;

        // Saving the same connection again registers nothing twice.
        save(
                "optimizely",
                Map.of(
                        "clientId",
                        "client-1",
                        "clientSecret",
                        "opti-client-secret-1",
                        "graphUrl",
                        graph.baseUrl(),
                        "graphAppKey",
                        "graph-app-key",
                        "graphSecret",
                        "graph-app-secret-1"));
        awaitState("registered");
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo("/api/webhooks"))))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void aContentfulWebhookSignedWithTheSpacesSecretRevalidatesThePreviewAndAForgedOneIsRefused() throws Exception {
        save(
                "contentful",
                Map.of("spaceId", "space1", "managementToken", CF_TOKEN, "managementUrl", contentful.baseUrl()));
        awaitState("registered");
        assertThat(contentful.findAll(postRequestedFor(urlPathEqualTo("/spaces/space1/webhook_definitions"))))
                .hasSize(1);
        String secret = JSON.readTree(contentful
                        .findAll(putRequestedFor(urlPathEqualTo("/spaces/space1/webhook_settings/signing_secret")))
                        .getFirst()
                        .getBodyAsString())
                .path("value")
                .asString();
        String path = "/api/v1/projects/" + projectId + "/cms-webhooks/contentful";
        String payload =
                "{\"sys\":{\"type\":\"Entry\",\"id\":\"" + item.path("id").asString()
                        + "\",\"environment\":{\"sys\":{\"id\":\"master\",\"type\":\"Link\",\"linkType\":\"Environment\"}}},"
                        + "\"fields\":{}}";

        String changed = changeTitleBehindTheStudiosBack("Webhook Mocha");
        assertThat(page()).contains(html(shownTitle));

        var forged = call(path, payload, signedByContentful("another-secret-".repeat(4), path, payload));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(JSON.readTree(forged.body()).path("detail").asString()).contains("signature");
        var unsigned = call(path, payload, Map.of("X-Contentful-Topic", "ContentManagement.Entry.publish"));
        assertThat(unsigned.statusCode()).isEqualTo(401);
        Map<String, String> tampered = signedByContentful(secret, path, payload);
        assertThat(call(path, payload.replace("master", "staging"), tampered).statusCode())
                .isEqualTo(401);
        assertThat(page()).contains(html(shownTitle));

        var accepted = call(path, payload, signedByContentful(secret, path, payload));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(page()).contains(html(changed)));
        shownTitle = changed;
    }

    @Test
    @Order(4)
    void aSanityWebhookSignedWithTheProjectsSecretRevalidatesThePreviewAndAForgedOneIsRefused() {
        save("sanity", Map.of("projectId", "abc123", "token", "sk-sanity-hooks-token", "apiUrl", sanity.baseUrl()));
        awaitState("registered");
        List<LoggedRequest> registrations =
                sanity.findAll(postRequestedFor(urlPathEqualTo("/v2025-02-19/hooks/projects/abc123")));
        assertThat(registrations).hasSize(1);
        String secret = JSON.readTree(registrations.getFirst().getBodyAsString())
                .path("secret")
                .asString();
        String path = "/api/v1/projects/" + projectId + "/cms-webhooks/sanity";
        String payload = "{\"_id\":\"drafts." + item.path("id").asString() + "\",\"_type\":\"menuItem\"}";

        String changed = changeTitleBehindTheStudiosBack("Webhook Cortado");
        assertThat(page()).contains(html(shownTitle));
        var forged = call(path, payload, Map.of("sanity-webhook-signature", signedBySanity("another secret", payload)));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(call(path, payload, Map.of()).statusCode()).isEqualTo(401);
        assertThat(page()).contains(html(shownTitle));

        var accepted = call(path, payload, Map.of("sanity-webhook-signature", signedBySanity(secret, payload)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).path("published").asBoolean())
                .as("a draft changed")
                .isFalse();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(page()).contains(html(changed)));
        shownTitle = changed;
    }

    @Test
    @Order(5)
    void repeatedForgeriesPauseTheProjectsWebhook() {
        String path = "/api/v1/projects/" + projectId + "/cms-webhooks/sanity";
        String payload = "{\"_id\":\"x\"}";
        int refused = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i <= CmsWebhookService.REFUSALS_PER_MINUTE + 1; i++) {
            answer = call(path, payload, Map.of("sanity-webhook-signature", signedBySanity("forged", payload)));
            if (answer.statusCode() == 401) {
                refused++;
            } else {
                break;
            }
        }
        assertThat(refused).isLessThanOrEqualTo(CmsWebhookService.REFUSALS_PER_MINUTE);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("try again");
    }

    // ---- helpers ----

    private void save(String provider, Map<String, Object> settings) {
        var saved = admin.put(
                "/api/v1/projects/" + projectId + "/cms-connection",
                Map.of("provider", provider, "settings", settings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private JsonNode awaitState(String state) {
        String[] last = {""};
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var status = admin.get("/api/v1/projects/" + projectId + "/cms-connection/webhook");
                    last[0] = status.body();
                    return status.status() == 200
                            && status.json().path("state").asString().equals(state);
                });
        return JSON.readTree(last[0]);
    }

    private String page() {
        var page = admin.at(previewUrl).get(item.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** Writes a new title into the item's working copy without the studio's events, as if it changed elsewhere. */
    private String changeTitleBehindTheStudiosBack(String title) {
        UUID id = UUID.fromString(item.path("id").asString());
        String field = null;
        for (Entry<String, JsonNode> value : admin.get("/api/v1/projects/" + projectId + "/items/" + id)
                .json()
                .path("data")
                .properties()) {
            if (value.getValue().isString() && value.getValue().asString().equals(shownTitle)) {
                field = value.getKey();
            }
        }
        assertThat(field).as("the field holding the title").isNotNull();
        int updated = jdbc.update(
                "update content_items set title = ?, data = jsonb_set(data, ?::text[], to_jsonb(?::text)) "
                        + "where id = ?",
                title,
                "{" + field + "}",
                title,
                id);
        assertThat(updated).isEqualTo(1);
        return title;
    }

    /** The headers Contentful's request verification adds, computed as its published toolkit does. */
    private static Map<String, String> signedByContentful(String secret, String path, String body) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String canonical = "POST\n" + path + "\ncontent-type:application/vnd.contentful.management.v1+json;"
                + "x-contentful-signed-headers:content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic;"
                + "x-contentful-timestamp:" + timestamp + ";x-contentful-topic:ContentManagement.Entry.publish\n"
                + body;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Contentful-Topic", "ContentManagement.Entry.publish");
        headers.put(
                "X-Contentful-Signature",
                HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8))));
        headers.put(
                "X-Contentful-Signed-Headers",
                "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic");
        headers.put("X-Contentful-Timestamp", timestamp);
        return headers;
    }

    /** Sanity's {@code sanity-webhook-signature}, as its {@code @sanity/webhook} toolkit writes it. */
    private static String signedBySanity(String secret, String body) {
        try {
            long timestamp = System.currentTimeMillis();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1="
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> call(String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Content-Type",
                        headers.containsKey("X-Contentful-Topic")
                                ? "application/vnd.contentful.management.v1+json"
                                : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
