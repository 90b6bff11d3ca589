package com.sitewright.release.preview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.sitewright.support.SiteBuilds.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.cms.VendorKeys;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.FakeOptimizelyGraph;
import com.sitewright.support.FakeOptimizelyGraph.Doc;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import com.sitewright.support.SiteBuilds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project connected to Optimizely SaaS CMS: its generated site is built once ({@code next build}) and served
 * ({@code next start}) against a fake Optimizely Graph holding the project's content as the push leaves it there.
 * The preview reads Graph's draft view with the app key and secret and shows an item that exists only as a
 * draft; production serves the same build with the single key and shows published items only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OptimizelySiteIT {

    private static final String SINGLE_KEY = "graph-single-key-0123456789";
    private static final String APP_KEY = "graph-app-key";
    private static final String SECRET = "graph-app-secret-9876543210";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ContentModels contentModels;

    final FakeOptimizelyGraph graph = new FakeOptimizelyGraph(SINGLE_KEY, APP_KEY, SECRET);
    final WireMockServer graphServer =
            new WireMockServer(options().dynamicPort().disableRequestJournal().extensions(graph));

    ApiClient admin;
    String projectId;
    JsonNode published;
    JsonNode draftOnly;
    String previewId;
    String previewUrl;

    @BeforeAll
    void projectOnOptimizely() {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping the site build");
        graphServer.start();
        graphServer.stubFor(
                post(urlPathEqualTo("/content/v2")).willReturn(aResponse().withTransformers(FakeOptimizelyGraph.NAME)));
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website using Optimizely SaaS");
        JsonNode menu = admin.get("/api/v1/projects/" + projectId + "/items?type=menuItem&status=published&size=2")
                .json()
                .path("items");
        published = menu.get(0);
        draftOnly = menu.get(1);
        loadGraphWithTheProjectsContent();

        var saved = admin.put(
                "/api/v1/projects/" + projectId + "/cms-connection",
                Map.of(
                        "provider",
                        "optimizely",
                        "settings",
                        Map.of(
                                "clientId",
                                "sitewright-client",
                                "clientSecret",
                                "cms-client-secret",
                                "graphUrl",
                                graphServer.baseUrl(),
                                "graphSingleKey",
                                SINGLE_KEY,
                                "graphAppKey",
                                APP_KEY,
                                "graphSecret",
                                SECRET)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @AfterAll
    void stopGraph() {
        graphServer.stop();
    }

    @Test
    @Order(1)
    void theFakeRefusesWhatGraphRefuses() throws Exception {
        String query = "query { MenuItem(limit: 10) { total items { _metadata { key } } } }";
        assertThat(graphCall("epi-single wrong-key", query).statusCode()).isEqualTo(401);
        assertThat(graphCall("epi-single " + SINGLE_KEY, query).statusCode()).isEqualTo(200);
        assertThat(graphCall("epi-single " + SINGLE_KEY, query.replace("10", "101"))
                        .body())
                .contains("limit must be");
        assertThat(graphCall("epi-single " + SINGLE_KEY, query.replace("MenuItem", "menuItem"))
                        .body())
                .contains("Cannot query field \\\"menuItem\\\"");
        assertThat(graphCall("epi-single " + SINGLE_KEY, query.replace("key", "key price"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @Order(2)
    void thePreviewReadsGraphsDraftViewAndShowsADraftOnlyItem() {
        int before = graph.seen().size();
        JsonNode preview = SiteBuilds.buildPreview(admin, projectId);
        previewId = preview.path("id").asString();
        previewUrl = preview.path("url").asString();

        var log = admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId + "/log")
                .body();
        assertThat(log).contains("from optimizely").doesNotContain(SECRET, SINGLE_KEY);
        List<FakeOptimizelyGraph.Seen> queries =
                graph.seen().subList(before, graph.seen().size());
        assertThat(queries)
                .as("the build read the site's content from Graph")
                .hasSizeGreaterThan(20)
                .noneMatch(FakeOptimizelyGraph.Seen::singleKey);
        assertThat(queries).extracting(FakeOptimizelyGraph.Seen::root).contains("MenuItem", "_Content");

        var site = admin.at(previewUrl);
        var page = site.get(published.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(html(published.path("title").asString()))
                .doesNotContain("Superseded version");
        var draft = site.get(draftOnly.path("path").asString());
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).contains(html(draftOnly.path("title").asString()));
    }

    @Test
    @Order(3)
    void productionServesTheSameBuildWithPublishedContentOnly() {
        // The preview's quality checks crawl the preview, which reads Graph's draft view: they end before production's
        // own queries are counted.
        String checks = "/api/v1/projects/" + projectId + "/previews/" + previewId + "/checks";
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.get(checks).json().path("state").asString().equals("done"));
        int before = graph.seen().size();
        String deploymentId = SiteBuilds.approve(admin, projectId, previewId);
        JsonNode deployment = SiteBuilds.awaitDeployment(admin, projectId, deploymentId, "live");
        assertThat(deployment.path("state").asString())
                .as(deployment.toString())
                .isEqualTo("live");
        var live = ApiClient.anonymous(port).at(deployment.path("url").asString());

        var page = live.get(published.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(html(published.path("title").asString()));
        assertThat(live.get(draftOnly.path("path").asString()).status()).isEqualTo(404);
        String sitemap = live.get("/sitemap.xml").body();
        assertThat(sitemap)
                .contains(published.path("path").asString())
                .doesNotContain(draftOnly.path("path").asString());

        List<FakeOptimizelyGraph.Seen> queries =
                graph.seen().subList(before, graph.seen().size());
        assertThat(queries).isNotEmpty().allMatch(FakeOptimizelyGraph.Seen::singleKey);
    }

    private HttpResponse<String> graphCall(String authorization, String query) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(graphServer.baseUrl() + "/content/v2"))
                            .header("Authorization", authorization)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * The project's content as a push leaves it in Optimizely (the README's mapping): published items as published
     * versions, unpublished changes as drafts. One published menu item exists only as a draft, and another has an
     * older, superseded version that only the draft view's credentials could see.
     */
    private void loadGraphWithTheProjectsContent() {
        List<ContentTypeDefinition> model = contentModels.load(UUID.fromString(projectId));
        Map<String, ContentTypeDefinition> types = new HashMap<>();
        for (ContentTypeDefinition type : model) {
            types.put(type.key(), type);
            Map<String, String> properties = new LinkedHashMap<>();
            for (FieldDefinition field : type.fields()) {
                properties.put(field.key(), kind(field));
                if (field.type().id().equals("asset")) {
                    properties.put(VendorKeys.altProperty(field.key()), "string");
                }
            }
            graph.defineType(VendorKeys.optimizelyType(type.key()), properties);
        }
        ApiClient previewReader = ApiClient.bearer(port, token("preview"));
        ApiClient productionReader = ApiClient.bearer(port, token("production"));
        for (ContentTypeDefinition type : model) {
            Map<String, JsonNode> live = new HashMap<>();
            all(productionReader, type.key())
                    .forEach(item -> live.put(item.path("id").asString(), item));
            live.values().forEach(item -> graph.add(doc(type, item, "Published", types)));
            for (JsonNode item : all(previewReader, type.key())) {
                JsonNode publishedCopy = live.get(item.path("id").asString());
                if (publishedCopy == null || !publishedCopy.path("data").equals(item.path("data"))) {
                    graph.add(doc(type, item, "Draft", types));
                }
            }
        }
        String draftKey = VendorKeys.optimizelyContent(
                UUID.fromString(draftOnly.path("id").asString()));
        List<Doc> kept = new ArrayList<>();
        graph.remove(doc -> {
            if (doc.key().equals(draftKey) && doc.status().equals("Published")) {
                kept.add(doc);
                return true;
            }
            return false;
        });
        graph.remove(doc -> doc.key().equals(draftKey));
        Doc draft = kept.getFirst();
        Map<String, Object> draftMeta = new LinkedHashMap<>(draft.metadata());
        draftMeta.put("status", "Draft");
        graph.add(new Doc(draft.type(), draftMeta, draft.properties()));

        String publishedKey = VendorKeys.optimizelyContent(
                UUID.fromString(published.path("id").asString()));
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("key", publishedKey);
        previous.put("locale", "en");
        previous.put("displayName", "Superseded version");
        previous.put("status", "Previous");
        previous.put("version", "1");
        graph.add(new Doc("MenuItem", previous, Map.of("name", "Superseded version")));
    }

    private String token(String kind) {
        var created = admin.post(
                "/api/v1/projects/" + projectId + "/delivery-tokens",
                Map.of("kind", kind, "name", "graph fake " + kind));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }

    private List<JsonNode> all(ApiClient reader, String type) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = reader.get("/delivery/v1/" + projectId + "/items?type=" + type + "&size=500&page=" + page)
                    .json();
            answer.path("items").forEach(items::add);
            if (items.size() >= answer.path("total").asInt()
                    || answer.path("items").isEmpty()) {
                return items;
            }
        }
    }

    private static String kind(FieldDefinition field) {
        return switch (field.type().id()) {
            case "number" -> "float";
            case "integer" -> "integer";
            case "boolean" -> "boolean";
            case "date", "dateTime" -> "dateTime";
            case "url" -> "url";
            case "richText" -> "richText";
            case "asset", "reference", "references" -> "contentReference";
            case "json" -> "json";
            case "blocks" -> "content";
            default -> "string";
        };
    }

    private static Doc doc(
            ContentTypeDefinition type, JsonNode item, String status, Map<String, ContentTypeDefinition> types) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(
                "key",
                VendorKeys.optimizelyContent(UUID.fromString(item.path("id").asString())));
        metadata.put("locale", "en");
        metadata.put("displayName", item.path("title").asString());
        metadata.put("status", status);
        metadata.put("version", String.valueOf(item.path("version").asInt()));
        metadata.put("lastModified", item.path("updatedAt").asString());
        if (type.kind().id().equals("page")) {
            metadata.put("routeSegment", item.path("slug").asString());
        }
        return new Doc(VendorKeys.optimizelyType(type.key()), metadata, properties(type, item.path("data"), types));
    }

    /** Studio values as Graph returns the properties the push writes for them. */
    private static Map<String, Object> properties(
            ContentTypeDefinition type, JsonNode data, Map<String, ContentTypeDefinition> types) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            JsonNode value = data.path(field.key());
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            Object converted = switch (field.type().id()) {
                case "url" -> Map.of("default", value.asString());
                case "richText" -> Map.of("html", value.asString());
                case "reference" -> reference(value.asString());
                case "references" -> {
                    List<Object> references = new ArrayList<>();
                    value.forEach(id -> references.add(reference(id.asString())));
                    yield references;
                }
                case "asset" -> {
                    String id = value.isString()
                            ? value.asString()
                            : value.path("assetId").asString(UUID.randomUUID().toString());
                    String url = value.isString()
                            ? "https://assets.example/" + id
                            : value.path("url").asString("");
                    if (value.isObject() && value.has("alt")) {
                        properties.put(
                                VendorKeys.altProperty(field.key()),
                                value.path("alt").asString());
                    }
                    yield Map.of("key", id.replace("-", ""), "url", Map.of("default", url));
                }
                case "blocks" -> {
                    List<Object> blocks = new ArrayList<>();
                    for (JsonNode block : value) {
                        ContentTypeDefinition component =
                                types.get(block.path("type").asString());
                        if (component != null) {
                            Map<String, Object> inline = new LinkedHashMap<>(properties(component, block, types));
                            inline.put("__typename", VendorKeys.optimizelyType(component.key()));
                            blocks.add(inline);
                        }
                    }
                    yield blocks;
                }
                default -> JSON.treeToValue(value, Object.class);
            };
            properties.put(field.key(), converted);
        }
        return properties;
    }

    private static Object reference(String id) {
        return id.matches("[0-9a-fA-F-]{36}") ? Map.of("key", id.replace("-", "")) : Map.of("key", id);
    }
}
