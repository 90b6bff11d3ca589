package com.sitewright.cms.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A project's CMS connection over the API: saved with secrets sealed at rest and shown masked, and "Test
 * connection" against a fake of each vendor that answers only the documented requests (anything else is
 * a 404), so each failure class gets its own precise problem.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CmsConnectionApiIT {

    private static final String CF_TOKEN = "CFPAT-management-token-0123456789abcd";
    private static final String OPTI_SECRET = "opti-client-secret-9876543210wxyz";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    ApiClient bob;
    String project;
    String base;

    final WireMockServer optimizely = new WireMockServer(options().dynamicPort());
    final WireMockServer contentful = new WireMockServer(options().dynamicPort());
    final WireMockServer sanity = new WireMockServer(options().dynamicPort());
    final List<Socket> silent = new ArrayList<>();
    ServerSocket silentServer;

    @BeforeAll
    void startVendorsAndCreateAProject() throws IOException {
        optimizely.start();
        contentful.start();
        sanity.start();
        stubOptimizely();
        stubContentful();
        stubSanity();
        silentServer = new ServerSocket(0);
        Thread.ofVirtual().start(() -> {
            while (!silentServer.isClosed()) {
                try {
                    silent.add(silentServer.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });

        admin = ApiClient.basic(port, "admin", "admin-test-password");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post(
                "/api/v1/users", Map.of("username", "bob" + suffix, "password", "password-bob", "role", "EDITOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        bob = ApiClient.basic(port, "bob" + suffix, "password-bob");
        project = Projects.createAndAwait(admin, "A small bakery website");
        base = "/api/v1/projects/" + project + "/cms-connection";
    }

    @AfterAll
    void stopVendors() throws IOException {
        optimizely.stop();
        contentful.stop();
        sanity.stop();
        silentServer.close();
        for (Socket socket : silent) {
            socket.close();
        }
    }

    // ---- the vendors, as documented ----

    private void stubOptimizely() {
        optimizely.stubFor(post(urlPathEqualTo("/oauth/token"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\"}")));
        for (String[] client : new String[][] {{"good-client", "tok-good"}, {"limited-client", "tok-limited"}}) {
            optimizely.stubFor(post(urlPathEqualTo("/oauth/token"))
                    .atPriority(1)
                    .withHeader("Content-Type", containing("application/json"))
                    .withRequestBody(equalToJson("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + client[0]
                            + "\",\"client_secret\":\"" + OPTI_SECRET + "\"}"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"access_token\":\"" + client[1]
                                    + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        }
        optimizely.stubFor(get(urlPathEqualTo("/v1/contenttypes"))
                .atPriority(1)
                .withQueryParam("pageIndex", equalTo("0"))
                .withQueryParam("pageSize", equalTo("1"))
                .withHeader("Authorization", equalTo("Bearer tok-good"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"pageIndex\":0,\"pageSize\":1,\"totalCount\":0}")));
        optimizely.stubFor(get(urlPathEqualTo("/v1/contenttypes"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer tok-limited"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Forbidden\",\"status\":403}")));
        optimizely.stubFor(post(urlPathEqualTo("/content/v2"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("epi-single graph-single-key-good1"))
                .withRequestBody(matching(".*_Content.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"_Content\":{\"total\":0}}}")));
        optimizely.stubFor(post(urlPathEqualTo("/content/v2"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"AUTHENTICATION_ERROR\"}")));
    }

    private void stubContentful() {
        String environment = "/spaces/[^/]+/environments/[^/]+";
        contentful.stubFor(get(urlPathMatching(environment))
                .atPriority(9)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"sys\":{\"type\":\"Error\",\"id\":\"AccessTokenInvalid\"}}")));
        contentful.stubFor(get(urlPathMatching(environment))
                .atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + CF_TOKEN))
                .willReturn(
                        aResponse().withStatus(404).withBody("{\"sys\":{\"type\":\"Error\",\"id\":\"NotFound\"}}")));
        contentful.stubFor(get(urlPathEqualTo("/spaces/space1/environments/master"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + CF_TOKEN))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/vnd.contentful.management.v1+json")
                        .withBody("{\"sys\":{\"type\":\"Environment\",\"id\":\"master\"},\"name\":\"master\"}")));
        contentful.stubFor(get(urlPathEqualTo("/spaces/locked/environments/master"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + CF_TOKEN))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"sys\":{\"type\":\"Error\",\"id\":\"AccessDenied\"}}")));
        contentful.stubFor(get(urlPathEqualTo("/spaces/space1/environments/master/content_types"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"sys\":{\"type\":\"Error\",\"id\":\"AccessTokenInvalid\"}}")));
        contentful.stubFor(get(urlPathEqualTo("/spaces/space1/environments/master/content_types"))
                .atPriority(1)
                .withQueryParam("limit", equalTo("1"))
                .withHeader("Authorization", equalTo("Bearer delivery-token-good"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sys\":{\"type\":\"Array\"},\"total\":0,\"skip\":0,\"limit\":1,\"items\":[]}")));
    }

    private void stubSanity() {
        String query = "/v2025-02-19/data/query/[^/]+";
        sanity.stubFor(get(urlPathMatching(query))
                .atPriority(9)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\":\"Unauthorized\",\"message\":\"Session not found\",\"statusCode\":401}")));
        sanity.stubFor(
                get(urlPathMatching(query))
                        .atPriority(5)
                        .withHeader("Authorization", equalTo("Bearer sk-good-token"))
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\":\"Not Found\",\"message\":\"Dataset \\\"x\\\" not found for project ID \\\"abc123\\\"\",\"statusCode\":404}")));
        sanity.stubFor(get(urlPathEqualTo("/v2025-02-19/data/query/production"))
                .atPriority(1)
                .withQueryParam("query", matching("count\\(\\*\\[.+\\]\\)"))
                .withHeader("Authorization", equalTo("Bearer sk-good-token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ms\":1,\"query\":\"count(*)\",\"result\":0}")));
        sanity.stubFor(get(urlPathMatching(query))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer sk-viewer-less"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Forbidden\",\"statusCode\":403}")));
    }

    // ---- helpers ----

    private ApiClient.Response put(String provider, Map<String, Object> settings) {
        return admin.put(base, Map.of("provider", provider, "settings", settings));
    }

    private JsonNode saved(String provider, Map<String, Object> settings) {
        var answer = put(provider, settings);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode test() {
        var answer = admin.post(base + "/test", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private String problem() {
        JsonNode check = test();
        assertThat(check.path("ok").asBoolean()).as(check.toString()).isFalse();
        return check.path("problem").asString();
    }

    private Map<String, Object> contentfulSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spaceId", "space1");
        settings.put("managementToken", CF_TOKEN);
        settings.put("managementUrl", contentful.baseUrl());
        settings.put("deliveryUrl", contentful.baseUrl() + "/");
        return settings;
    }

    private Map<String, Object> sanitySettings(String apiUrl) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("projectId", "abc123");
        settings.put("token", "sk-good-token");
        settings.put("apiUrl", apiUrl);
        return settings;
    }

    // ---- tests ----

    @Test
    void savedSecretsAreSealedAtRestShownMaskedAndKeptWhenSentBackMasked() {
        JsonNode saved = saved("contentful", contentfulSettings());
        assertThat(saved.path("provider").asString()).isEqualTo("contentful");
        JsonNode settings = saved.path("settings");
        assertThat(settings.path("managementToken").asString()).isEqualTo("••••••abcd");
        assertThat(settings.path("environment").asString()).isEqualTo("master");
        assertThat(settings.path("locale").asString()).isEqualTo("en-US");
        assertThat(settings.path("uploadUrl").asString()).isEqualTo("https://upload.contentful.com");
        assertThat(settings.path("deliveryUrl").asString()).isEqualTo(contentful.baseUrl());
        assertThat(settings.has("deliveryToken")).isFalse();

        var read = admin.get(base);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(CF_TOKEN);
        assertThat(read.json().path("settings")).isEqualTo(settings);

        Map<String, Object> row = jdbc.queryForMap(
                "select settings::text as settings, secrets::text as secrets from cms_connections where project_id = ?",
                UUID.fromString(project));
        assertThat(row.get("secrets").toString())
                .contains("managementToken", "v1:")
                .doesNotContain(CF_TOKEN);
        assertThat(row.get("settings").toString()).contains("space1").doesNotContain(CF_TOKEN);

        // Sent back masked, the stored token stays: the fake accepts only the real one.
        Map<String, Object> again = contentfulSettings();
        again.put("managementToken", settings.path("managementToken").asString());
        again.put("deliveryToken", "delivery-token-good");
        assertThat(saved("contentful", again)
                        .path("settings")
                        .path("deliveryToken")
                        .asString())
                .isEqualTo("••••••good");
        assertThat(test().path("ok").asBoolean()).isTrue();

        // Left out, too; an optional secret sent empty is removed.
        Map<String, Object> without = contentfulSettings();
        without.remove("managementToken");
        without.put("deliveryToken", "");
        assertThat(saved("contentful", without).path("settings").has("deliveryToken"))
                .isFalse();
        assertThat(test().path("ok").asBoolean()).isTrue();
        without.put("managementToken", "");
        var cleared = put("contentful", without);
        assertThat(cleared.status()).isEqualTo(422);
        assertThat(cleared.json().path("detail").asString()).contains("'managementToken' is required");

        assertThat(admin.delete(base).status()).isEqualTo(204);
        assertThat(admin.get(base).status()).isEqualTo(404);
        assertThat(admin.post(base + "/test", Map.of()).status()).isEqualTo(404);
        // With nothing stored, a mask is not a secret.
        Map<String, Object> masked = contentfulSettings();
        masked.put("managementToken", "••••••abcd");
        var refused = put("contentful", masked);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("managementToken");
    }

    @Test
    void aSecretThatNoLongerOpensIsReportedAndMustBeSentAgain() {
        saved("contentful", contentfulSettings());
        // A sealed value from elsewhere (here: altered in the database) does not open for this project.
        String sealed = jdbc.queryForObject(
                "select secrets ->> 'managementToken' from cms_connections where project_id = ?",
                String.class,
                UUID.fromString(project));
        String altered = sealed.substring(0, sealed.length() - 6)
                + (sealed.charAt(sealed.length() - 6) == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 5);
        jdbc.update(
                "update cms_connections set secrets = jsonb_build_object('managementToken', ?::text) where project_id = ?",
                altered,
                UUID.fromString(project));

        assertThat(admin.get(base)
                        .json()
                        .path("settings")
                        .path("managementToken")
                        .asString())
                .isEqualTo("••••••");
        assertThat(problem()).contains("cannot be opened", "save the connection's secrets again");
        Map<String, Object> without = contentfulSettings();
        without.remove("managementToken");
        var refused = put("contentful", without);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("'managementToken' is required");
        saved("contentful", contentfulSettings());
        assertThat(test().path("ok").asBoolean()).isTrue();
    }

    @Test
    void optimizelyTestTakesATokenThenReadsContentTypes() {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "cmsUrl",
                optimizely.baseUrl(),
                "clientId",
                "good-client",
                "clientSecret",
                OPTI_SECRET,
                "graphUrl",
                optimizely.baseUrl(),
                "graphSingleKey",
                "graph-single-key-good1"));
        JsonNode saved = saved("optimizely", settings);
        assertThat(saved.path("settings").path("clientSecret").asString()).isEqualTo("••••••wxyz");
        assertThat(saved.path("settings").path("locale").asString()).isEqualTo("en");
        assertThat(test().path("ok").asBoolean()).isTrue();

        settings.put("clientSecret", "a-wrong-client-secret-000");
        saved("optimizely", settings);
        assertThat(problem())
                .contains("refused the client id and secret", "clientSecret")
                .doesNotContain("a-wrong-client-secret");

        settings.put("clientSecret", OPTI_SECRET);
        settings.put("clientId", "limited-client");
        saved("optimizely", settings);
        assertThat(problem()).contains("lacks permission", "403");

        settings.put("clientId", "good-client");
        settings.put("graphSingleKey", "graph-single-key-wrong");
        saved("optimizely", settings);
        assertThat(problem()).contains("graphSingleKey").doesNotContain("graph-single-key-wrong");

        settings.put("graphSingleKey", "graph-single-key-good1");
        settings.put("cmsUrl", optimizely.baseUrl() + "/elsewhere");
        saved("optimizely", settings);
        assertThat(problem()).contains("404", "cmsUrl");
    }

    @Test
    void contentfulTestNamesTheWrongTokenSpaceOrPermission() {
        Map<String, Object> settings = contentfulSettings();
        settings.put("deliveryToken", "delivery-token-good");
        saved("contentful", settings);
        assertThat(test().path("ok").asBoolean()).isTrue();

        settings.put("managementToken", "CFPAT-not-the-right-token-1234");
        saved("contentful", settings);
        assertThat(problem()).contains("refused the management token", "401").doesNotContain("CFPAT");

        settings.put("managementToken", CF_TOKEN);
        settings.put("spaceId", "nosuchspace");
        saved("contentful", settings);
        assertThat(problem()).contains("no space 'nosuchspace'", "environment 'master'", "404");

        settings.put("spaceId", "space1");
        settings.put("environment", "staging");
        saved("contentful", settings);
        assertThat(problem()).contains("environment 'staging'", "404");

        settings.put("environment", "master");
        settings.put("spaceId", "locked");
        saved("contentful", settings);
        assertThat(problem()).contains("lacks access to space 'locked'", "403");

        settings.put("spaceId", "space1");
        settings.put("deliveryToken", "delivery-token-wrong");
        saved("contentful", settings);
        assertThat(problem()).contains("delivery token", "deliveryToken", "401").doesNotContain("delivery-token-wrong");
    }

    @Test
    void sanityTestNamesTheWrongTokenDatasetOrPermission() {
        Map<String, Object> settings = sanitySettings(sanity.baseUrl());
        JsonNode saved = saved("sanity", settings);
        assertThat(saved.path("settings").path("dataset").asString()).isEqualTo("production");
        assertThat(saved.path("settings").path("apiVersion").asString()).isEqualTo("2025-02-19");
        assertThat(test().path("ok").asBoolean()).isTrue();

        settings.put("dataset", "x");
        saved("sanity", settings);
        assertThat(problem()).contains("no dataset 'x'", "404");

        settings.put("dataset", "production");
        settings.put("token", "sk-viewer-less");
        saved("sanity", settings);
        assertThat(problem()).contains("lacks permission", "403");

        settings.put("token", "sk-unknown-token");
        saved("sanity", settings);
        assertThat(problem()).contains("refused the token", "401").doesNotContain("sk-unknown-token");

        Map<String, Object> defaults = sanitySettings(null);
        defaults.remove("apiUrl");
        assertThat(saved("sanity", defaults).path("settings").path("apiUrl").asString())
                .isEqualTo("https://abc123.api.sanity.io");
    }

    @Test
    void anUnreachableOrSilentVendorIsReportedWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        saved("sanity", sanitySettings("http://127.0.0.1:" + closedPort));
        assertThat(problem()).contains("could not be reached", "127.0.0.1:" + closedPort);

        saved("sanity", sanitySettings("http://127.0.0.1:" + silentServer.getLocalPort()));
        long started = System.nanoTime();
        assertThat(problem()).contains("did not answer within 10 seconds", "timeout");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(20);
    }

    @Test
    void anotherUserSeesNoConnectionAndCannotChangeOne() {
        saved("sanity", sanitySettings(sanity.baseUrl()));
        assertThat(bob.get(base).status()).isEqualTo(404);
        assertThat(bob.put(base, Map.of("provider", "sanity", "settings", sanitySettings(sanity.baseUrl())))
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(base + "/test", Map.of()).status()).isEqualTo(404);
        assertThat(bob.delete(base).status()).isEqualTo(404);
        assertThat(admin.get(base).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get(base).status()).isEqualTo(401);
    }

    @Test
    void invalidSettingsAreRefusedNamingTheSetting() {
        admin.delete(base);
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        Map<String, Object> missing = contentfulSettings();
        missing.remove("spaceId");
        cases.put("spaceId", missing);
        Map<String, Object> ftp = contentfulSettings();
        ftp.put("managementUrl", "ftp://api.contentful.com");
        cases.put("managementUrl", ftp);
        Map<String, Object> noHost = contentfulSettings();
        noHost.put("deliveryUrl", "https:///spaces");
        cases.put("deliveryUrl", noHost);
        Map<String, Object> badSpace = contentfulSettings();
        badSpace.put("spaceId", "Space 1/..");
        cases.put("spaceId ", badSpace);
        Map<String, Object> longEnvironment = contentfulSettings();
        longEnvironment.put("environment", "e".repeat(65));
        cases.put("environment", longEnvironment);
        Map<String, Object> unknown = contentfulSettings();
        unknown.put("dataset", "production");
        cases.put("dataset", unknown);
        Map<String, Object> badToken = contentfulSettings();
        badToken.put("managementToken", "two words");
        cases.put("managementToken", badToken);
        Map<String, Object> badRate = contentfulSettings();
        badRate.put("requestsPerSecond", 0);
        cases.put("requestsPerSecond", badRate);
        Map<String, Object> badLocale = contentfulSettings();
        badLocale.put("locale", "english please");
        cases.put("locale", badLocale);
        cases.forEach((setting, settings) -> {
            var answer = put("contentful", settings);
            assertThat(answer.status()).as(setting + ": " + answer.body()).isEqualTo(422);
            assertThat(answer.json().path("detail").asString()).as(setting).contains("'" + setting.strip() + "'");
            assertThat(answer.body()).doesNotContain(CF_TOKEN);
        });

        var version = admin.put(
                base,
                Map.of(
                        "provider",
                        "sanity",
                        "settings",
                        Map.of("projectId", "abc123", "token", "sk-good-token", "apiVersion", "yesterday")));
        assertThat(version.status()).isEqualTo(422);
        assertThat(version.json().path("detail").asString()).contains("apiVersion");
        var provider = admin.put(base, Map.of("provider", "wordpress", "settings", Map.of()));
        assertThat(provider.status()).isEqualTo(422);
        assertThat(provider.json().path("detail").asString()).contains("optimizely, contentful or sanity");
        var noSecret = admin.put(base, Map.of("provider", "optimizely", "settings", Map.of("clientId", "good-client")));
        assertThat(noSecret.status()).isEqualTo(422);
        assertThat(noSecret.json().path("detail").asString()).contains("'clientSecret'");
    }
}
