package com.sitewright.site;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.cms.VendorKeys;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.support.FakeOptimizelyGraph;
import com.sitewright.support.FakeOptimizelyGraph.Doc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated site's CMS adapters ({@code lib/cms/optimizely.ts}, {@code contentful.ts}, {@code sanity.ts}) run
 * under Node against fakes of each vendor's read API that answer only the documented requests: each maps the
 * vendor's shapes back to the studio's (IDs, slugs, references, images with alt text, rich text as HTML, blocks),
 * reads drafts in the draft view and published content otherwise. Optimizely's reads page past Graph's first
 * 10,000 hits with a cursor. The full site on Optimizely is built in {@code OptimizelySiteIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CmsAdaptersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WORK = Path.of("target/cms-adapters-it").toAbsolutePath();
    private static final UUID DISH = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final UUID SECRET_DISH = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final UUID CATEGORY = UUID.fromString("16fd2706-8baf-433b-82eb-8c7fada847da");
    private static final UUID PHOTO = UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    final FakeOptimizelyGraph graph = new FakeOptimizelyGraph("single-key", "app-key", "app-secret");
    final WireMockServer optimizely =
            new WireMockServer(options().dynamicPort().disableRequestJournal().extensions(graph));
    final WireMockServer contentful = new WireMockServer(options().dynamicPort());
    final WireMockServer sanity = new WireMockServer(options().dynamicPort());
    Path site;

    @BeforeAll
    void generateAndInstall() throws IOException {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping the adapter checks");
        site = WORK.resolve("site");
        Files.createDirectories(WORK);
        new SiteGenerator().generate(new SiteSpec("Adapters", model(), SiteTheme.defaultFor("GENERIC", 3)), site);
        new NodeToolchain(Path.of("target/node-cache").toAbsolutePath()).install(site, line -> {});
        Files.writeString(WORK.resolve("run.js"), RUNNER);
        optimizely.start();
        contentful.start();
        sanity.start();
        optimizely.stubFor(
                post(urlPathEqualTo("/content/v2")).willReturn(aResponse().withTransformers(FakeOptimizelyGraph.NAME)));
        loadGraph();
        stubContentful();
        stubSanity();
    }

    @AfterAll
    void stopFakes() {
        optimizely.stop();
        contentful.stop();
        sanity.stop();
    }

    @Test
    void optimizelyPublishedViewMapsGraphsShapesBackAndPagesPastTenThousandHitsWithACursor() throws Exception {
        JsonNode results = run(
                optimizelyEnv("published"),
                List.of("listItems", Map.of("type", "dish")),
                List.of("getItem", SECRET_DISH.toString()),
                List.of("getBySlug", "dish", "flat-white"),
                List.of("listItems", Map.of("type", "category", "page", 100, "size", 100)));
        JsonNode list = results.get(0).path("ok");
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertDish(list.path("items").get(0), "Flat white", "published");
        assertThat(results.get(1).path("ok").isNull())
                .as(results.get(1).toString())
                .isTrue();
        assertDish(results.get(2).path("ok"), "Flat white", "published");

        JsonNode far = results.get(3).path("ok");
        assertThat(far.path("total").asInt()).isEqualTo(10_050);
        assertThat(far.path("items")).hasSize(50);
        assertThat(far.path("items").get(0).path("title").asString()).isEqualTo("Category 10000");
        assertThat(graph.seen())
                .filteredOn(seen -> seen.root().equals("Category"))
                .anyMatch(seen -> "".equals(seen.arguments().get("cursor")))
                .anyMatch(seen -> seen.arguments().get("cursor") instanceof String cursor && !cursor.isEmpty())
                .allMatch(seen -> seen.singleKey());
    }

    @Test
    void optimizelyDraftViewShowsTheNewestDraftAndDraftOnlyItems() throws Exception {
        JsonNode results = run(
                optimizelyEnv("draft"),
                List.of("listItems", Map.of("type", "dish")),
                List.of("getItem", SECRET_DISH.toString()));
        JsonNode list = results.get(0).path("ok");
        assertThat(list.path("total").asInt()).as(results.toString()).isEqualTo(2);
        assertThat(list.path("items"))
                .extracting(item -> item.path("title").asString())
                .containsExactly("Flat white (new recipe)", "Secret special");
        assertDish(list.path("items").get(0), "Flat white (new recipe)", "draft");
        assertThat(results.get(1).path("ok").path("status").asString()).isEqualTo("draft");
        assertThat(results.get(1).path("ok").path("id").asString()).isEqualTo(SECRET_DISH.toString());
    }

    @Test
    void contentfulReadsTheDeliveryApiForPublishedEntriesAndThePreviewApiForDrafts() throws Exception {
        JsonNode published = run(
                contentfulEnv("published"),
                List.of("listItems", Map.of("type", "dish")),
                List.of("getBySlug", "dish", "flat-white"));
        assertThat(published.get(0).path("ok").path("total").asInt())
                .as(published.toString())
                .isEqualTo(1);
        assertDish(published.get(0).path("ok").path("items").get(0), "Flat white", "published");
        assertDish(published.get(1).path("ok"), "Flat white", "published");

        JsonNode drafts = run(contentfulEnv("draft"), List.of("listItems", Map.of("type", "dish")));
        assertThat(drafts.get(0).path("ok").path("items"))
                .as(drafts.toString())
                .extracting(item -> item.path("title").asString())
                .containsExactly("Flat white", "Secret special");
    }

    @Test
    void sanityReadsThePublishedPerspectiveOrTheDraftsPerspectiveWithTheToken() throws Exception {
        JsonNode published = run(
                sanityEnv("published"),
                List.of("listItems", Map.of("type", "dish")),
                List.of("getBySlug", "dish", "flat-white"));
        assertThat(published.get(0).path("ok").path("total").asInt())
                .as(published.toString())
                .isEqualTo(1);
        assertDish(published.get(0).path("ok").path("items").get(0), "Flat white", "published");
        assertDish(published.get(1).path("ok"), "Flat white", "published");

        JsonNode drafts = run(sanityEnv("draft"), List.of("listItems", Map.of("type", "dish")));
        JsonNode items = drafts.get(0).path("ok").path("items");
        assertThat(items)
                .as(drafts.toString())
                .extracting(item -> item.path("title").asString())
                .containsExactly("Flat white (new recipe)", "Secret special");
        assertThat(items.get(0).path("id").asString()).isEqualTo(DISH.toString());
        assertThat(items.get(0).path("status").asString()).isEqualTo("draft");
    }

    @Test
    void aMissingSettingOrARefusedCredentialIsReportedWithoutTheSecret() throws Exception {
        Map<String, String> env = new LinkedHashMap<>(optimizelyEnv("published"));
        env.put("OPTIMIZELY_GRAPH_SINGLE_KEY", "wrong-key");
        JsonNode refused = run(env, List.of("listItems", Map.of("type", "dish")));
        assertThat(refused.get(0).path("error").asString())
                .contains("Optimizely Graph answered 401")
                .doesNotContain("wrong-key");
        env.remove("OPTIMIZELY_GRAPH_SINGLE_KEY");
        assertThat(run(env, List.of("getItem", DISH.toString()))
                        .get(0)
                        .path("error")
                        .asString())
                .contains("Set OPTIMIZELY_GRAPH_SINGLE_KEY");
    }

    private static void assertDish(JsonNode item, String title, String status) {
        assertThat(item.path("id").asString()).as(item.toString()).isEqualTo(DISH.toString());
        assertThat(item.path("type").asString()).isEqualTo("dish");
        assertThat(item.path("slug").asString()).isEqualTo("flat-white");
        assertThat(item.path("title").asString()).isEqualTo(title);
        assertThat(item.path("status").asString()).isEqualTo(status);
        JsonNode data = item.path("data");
        assertThat(data.path("body").asString()).isEqualTo("<p>Smooth and <strong>strong</strong></p>");
        assertThat(data.path("price").asDouble()).isEqualTo(3.5);
        assertThat(data.path("category").asString()).isEqualTo(CATEGORY.toString());
        assertThat(data.path("pairings").get(0).asString()).isEqualTo(SECRET_DISH.toString());
        assertThat(data.path("photo").path("url").asString()).isEqualTo("https://images.example/cup.jpg");
        assertThat(data.path("photo").path("alt").asString()).isEqualTo("A cup on a table");
        assertThat(data.path("sections").get(0).path("type").asString()).isEqualTo("hero");
        assertThat(data.path("sections").get(0).path("heading").asString()).isEqualTo("Welcome");
    }

    private static List<ContentTypeDefinition> model() {
        return List.of(
                new ContentTypeDefinition(
                        "dish",
                        "Dish",
                        ContentKind.PAGE,
                        "",
                        List.of(
                                field("name", FieldType.TEXT, List.of()),
                                field("slug", FieldType.SLUG, List.of()),
                                field("body", FieldType.RICH_TEXT, List.of()),
                                field("price", FieldType.NUMBER, List.of()),
                                field("photo", FieldType.ASSET, List.of()),
                                field("category", FieldType.REFERENCE, List.of("category")),
                                field("pairings", FieldType.REFERENCES, List.of("dish")),
                                field("sections", FieldType.BLOCKS, List.of("hero")))),
                new ContentTypeDefinition(
                        "category",
                        "Category",
                        ContentKind.DATA,
                        "",
                        List.of(field("name", FieldType.TEXT, List.of()))),
                new ContentTypeDefinition(
                        "hero",
                        "Hero",
                        ContentKind.COMPONENT,
                        "",
                        List.of(field("heading", FieldType.TEXT, List.of()), field("link", FieldType.URL, List.of()))));
    }

    private static FieldDefinition field(String key, FieldType type, List<String> targets) {
        return new FieldDefinition(key, key, type, false, false, null, targets);
    }

    private Map<String, String> optimizelyEnv(String view) {
        return Map.of(
                "SITEWRIGHT_CMS",
                "optimizely",
                "SITEWRIGHT_CMS_VIEW",
                view,
                "OPTIMIZELY_GRAPH_URL",
                optimizely.baseUrl(),
                "OPTIMIZELY_GRAPH_SINGLE_KEY",
                "single-key",
                "OPTIMIZELY_GRAPH_APP_KEY",
                "app-key",
                "OPTIMIZELY_GRAPH_SECRET",
                "app-secret",
                "OPTIMIZELY_LOCALE",
                "en");
    }

    private Map<String, String> contentfulEnv(String view) {
        return Map.of(
                "SITEWRIGHT_CMS",
                "contentful",
                "SITEWRIGHT_CMS_VIEW",
                view,
                "CONTENTFUL_SPACE_ID",
                "space1",
                "CONTENTFUL_ENVIRONMENT",
                "master",
                "CONTENTFUL_LOCALE",
                "en-US",
                "CONTENTFUL_DELIVERY_URL",
                contentful.baseUrl() + "/cdn",
                "CONTENTFUL_DELIVERY_TOKEN",
                "cda-token",
                "CONTENTFUL_PREVIEW_URL",
                contentful.baseUrl() + "/preview",
                "CONTENTFUL_PREVIEW_TOKEN",
                "cpa-token");
    }

    private Map<String, String> sanityEnv(String view) {
        return Map.of(
                "SITEWRIGHT_CMS",
                "sanity",
                "SITEWRIGHT_CMS_VIEW",
                view,
                "SANITY_PROJECT_ID",
                "abc123",
                "SANITY_DATASET",
                "production",
                "SANITY_API_VERSION",
                "2025-02-19",
                "SANITY_API_URL",
                sanity.baseUrl(),
                "SANITY_TOKEN",
                "sanity-token");
    }

    private void loadGraph() {
        graph.defineType(
                "Dish",
                Map.of(
                        "name",
                        "string",
                        "slug",
                        "string",
                        "body",
                        "richText",
                        "price",
                        "float",
                        "photo",
                        "contentReference",
                        "photoAlt",
                        "string",
                        "category",
                        "contentReference",
                        "pairings",
                        "contentReference",
                        "sections",
                        "content"));
        graph.defineType("Category", Map.of("name", "string"));
        graph.defineType("Hero", Map.of("heading", "string", "link", "url"));
        graph.add(dishDoc(DISH, "Flat white", "Published"));
        graph.add(dishDoc(DISH, "Flat white (new recipe)", "Draft"));
        graph.add(dishDoc(SECRET_DISH, "Secret special", "Draft"));
        graph.add(new Doc("Dish", meta(DISH, "Flat white, first version", "Previous"), Map.of()));
        for (int i = 0; i < 10_050; i++) {
            UUID id = i == 0 ? CATEGORY : UUID.nameUUIDFromBytes(("category" + i).getBytes(StandardCharsets.UTF_8));
            String name = "Category %05d".formatted(i);
            graph.add(new Doc("Category", meta(id, name, "Published"), Map.of("name", name)));
        }
    }

    private static Doc dishDoc(UUID id, String title, String status) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", title);
        properties.put("slug", id.equals(DISH) ? "flat-white" : "secret-special");
        properties.put("body", Map.of("html", "<p>Smooth and <strong>strong</strong></p>"));
        properties.put("price", 3.5);
        properties.put(
                "photo",
                Map.of(
                        "key",
                        VendorKeys.optimizelyContent(PHOTO),
                        "url",
                        Map.of("default", "https://images.example/cup.jpg")));
        properties.put("photoAlt", "A cup on a table");
        properties.put("category", Map.of("key", VendorKeys.optimizelyContent(CATEGORY)));
        properties.put("pairings", List.of(Map.of("key", VendorKeys.optimizelyContent(SECRET_DISH))));
        properties.put(
                "sections",
                List.of(Map.of(
                        "__typename",
                        "Hero",
                        "heading",
                        "Welcome",
                        "link",
                        Map.of("default", "https://example.com/"))));
        return new Doc("Dish", meta(id, title, status), properties);
    }

    private static Map<String, Object> meta(UUID id, String title, String status) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("key", VendorKeys.optimizelyContent(id));
        meta.put("locale", "en");
        meta.put("displayName", title);
        meta.put("status", status);
        meta.put("version", "3");
        meta.put("lastModified", "2026-01-02T03:04:05Z");
        return meta;
    }

    private void stubContentful() {
        String entries = "/spaces/space1/environments/master/entries";
        Map<String, Object> dish = contentfulEntry(DISH, "Flat white");
        Map<String, Object> secret = contentfulEntry(SECRET_DISH, "Secret special");
        Map<String, Object> includes = Map.of(
                "Asset",
                List.of(Map.of(
                        "sys", Map.of("id", PHOTO.toString(), "type", "Asset"),
                        "fields",
                                Map.of(
                                        "description",
                                        "A cup on a table",
                                        "file",
                                        Map.of("url", "//images.example/cup.jpg")))));
        contentful.stubFor(get(urlPathEqualTo("/cdn" + entries))
                .withHeader("Authorization", equalTo("Bearer cda-token"))
                .withQueryParam("content_type", equalTo("dish"))
                .withQueryParam("include", equalTo("2"))
                .withQueryParam("locale", equalTo("en-US"))
                .willReturn(okJson(json(Map.of(
                        "sys",
                        Map.of("type", "Array"),
                        "total",
                        1,
                        "skip",
                        0,
                        "limit",
                        20,
                        "items",
                        List.of(dish),
                        "includes",
                        includes)))));
        contentful.stubFor(get(urlPathEqualTo("/preview" + entries))
                .withHeader("Authorization", equalTo("Bearer cpa-token"))
                .withQueryParam("content_type", equalTo("dish"))
                .withQueryParam("include", equalTo("2"))
                .withQueryParam("locale", equalTo("en-US"))
                .willReturn(okJson(json(Map.of(
                        "sys",
                        Map.of("type", "Array"),
                        "total",
                        2,
                        "skip",
                        0,
                        "limit",
                        20,
                        "items",
                        List.of(dish, secret),
                        "includes",
                        includes)))));
    }

    private static Map<String, Object> contentfulEntry(UUID id, String name) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", id.equals(DISH) ? "flat-white" : "secret-special");
        fields.put(
                "body",
                Map.of(
                        "nodeType",
                        "document",
                        "data",
                        Map.of(),
                        "content",
                        List.of(Map.of(
                                "nodeType",
                                "paragraph",
                                "data",
                                Map.of(),
                                "content",
                                List.of(
                                        Map.of(
                                                "nodeType",
                                                "text",
                                                "value",
                                                "Smooth and ",
                                                "marks",
                                                List.of(),
                                                "data",
                                                Map.of()),
                                        Map.of(
                                                "nodeType",
                                                "text",
                                                "value",
                                                "strong",
                                                "marks",
                                                List.of(Map.of("type", "bold")),
                                                "data",
                                                Map.of()))))));
        fields.put("price", 3.5);
        fields.put("photo", link("Asset", PHOTO));
        fields.put("category", link("Entry", CATEGORY));
        fields.put("pairings", List.of(link("Entry", SECRET_DISH)));
        fields.put("sections", List.of(Map.of("type", "hero", "heading", "Welcome")));
        return Map.of(
                "sys",
                Map.of(
                        "id",
                        id.toString(),
                        "type",
                        "Entry",
                        "locale",
                        "en-US",
                        "revision",
                        2,
                        "contentType",
                        Map.of("sys", Map.of("type", "Link", "linkType", "ContentType", "id", "dish"))),
                "fields",
                fields);
    }

    private static Map<String, Object> link(String type, UUID id) {
        return Map.of("sys", Map.of("type", "Link", "linkType", type, "id", id.toString()));
    }

    private void stubSanity() {
        String query = "/v2025-02-19/data/query/production";
        Map<String, Object> dish = sanityDoc(DISH, "Flat white", null);
        sanity.stubFor(post(urlPathEqualTo(query))
                .withQueryParam("perspective", equalTo("published"))
                .withHeader("Authorization", equalTo("Bearer sanity-token"))
                .withRequestBody(matchingJsonPath("$.params.type", equalTo("dish")))
                .withRequestBody(
                        matchingJsonPath(
                                "$.query",
                                equalTo(
                                        "{ \"items\": *[_type == $type] | order(_createdAt asc) [$from...$to] { ..., \"photo\": photo{..., \"url\": asset->url} }, \"total\": count(*[_type == $type]) }")))
                .willReturn(okJson(
                        json(Map.of("query", "…", "ms", 3, "result", Map.of("items", List.of(dish), "total", 1))))));
        sanity.stubFor(post(urlPathEqualTo(query))
                .withQueryParam("perspective", equalTo("published"))
                .withHeader("Authorization", equalTo("Bearer sanity-token"))
                .withRequestBody(matchingJsonPath("$.params.slug", equalTo("flat-white")))
                .willReturn(okJson(json(Map.of("query", "…", "ms", 3, "result", dish)))));
        sanity.stubFor(post(urlPathEqualTo(query))
                .withQueryParam("perspective", equalTo("drafts"))
                .withHeader("Authorization", equalTo("Bearer sanity-token"))
                .withRequestBody(matchingJsonPath("$.params.type", equalTo("dish")))
                .willReturn(okJson(json(Map.of(
                        "query",
                        "…",
                        "ms",
                        3,
                        "result",
                        Map.of(
                                "items",
                                List.of(
                                        sanityDoc(DISH, "Flat white (new recipe)", "drafts." + DISH),
                                        sanityDoc(SECRET_DISH, "Secret special", "drafts." + SECRET_DISH)),
                                "total",
                                2))))));
    }

    private static Map<String, Object> sanityDoc(UUID id, String name, String originalId) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", id.toString());
        if (originalId != null) {
            doc.put("_originalId", originalId);
        }
        doc.put("_type", "dish");
        doc.put("name", name);
        doc.put("slug", Map.of("_type", "slug", "current", id.equals(DISH) ? "flat-white" : "secret-special"));
        doc.put(
                "body",
                List.of(Map.of(
                        "_type",
                        "block",
                        "_key",
                        "b1",
                        "style",
                        "normal",
                        "markDefs",
                        List.of(),
                        "children",
                        List.of(
                                Map.of("_type", "span", "_key", "s1", "text", "Smooth and ", "marks", List.of()),
                                Map.of("_type", "span", "_key", "s2", "text", "strong", "marks", List.of("strong"))))));
        doc.put("price", 3.5);
        doc.put(
                "photo",
                Map.of(
                        "_type",
                        "image",
                        "asset",
                        Map.of("_type", "reference", "_ref", "image-cup-800x600-jpg"),
                        "alt",
                        "A cup on a table",
                        "url",
                        "https://images.example/cup.jpg"));
        doc.put("category", Map.of("_type", "reference", "_ref", CATEGORY.toString()));
        doc.put("pairings", List.of(Map.of("_type", "reference", "_ref", SECRET_DISH.toString(), "_key", "p1")));
        doc.put("sections", List.of(Map.of("_type", "hero", "_key", "h1", "heading", "Welcome")));
        return doc;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Runs the adapter calls in one Node process with the given environment; one result per call. */
    private JsonNode run(Map<String, String> env, List<?>... calls) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        "node", WORK.resolve("run.js").toString(), site.toString(), json(List.of(calls)))
                .redirectErrorStream(false);
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("SITEWRIGHT_")
                        || name.startsWith("OPTIMIZELY_")
                        || name.startsWith("CONTENTFUL_")
                        || name.startsWith("SANITY_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        List<String> lines = new ArrayList<>(out.lines().toList());
        return JSON.readTree(lines.getLast());
    }

    /** Transpiles the site's lib/ with its own TypeScript and calls the chosen adapter through lib/cms/index. */
    private static final String RUNNER = """
            const fs = require('fs');
            const path = require('path');
            const site = process.argv[2];
            const ts = require(path.join(site, 'node_modules/typescript'));
            const out = path.join(site, '.adapter-check');
            const files = ['lib/model.ts', 'lib/cms/types.ts', 'lib/cms/http.ts', 'lib/cms/studio-media.ts', 'lib/cms/studio.ts', 'lib/cms/optimizely.ts',
              'lib/cms/contentful.ts', 'lib/cms/sanity.ts', 'lib/cms/index.ts'];
            for (const file of files) {
              const source = fs.readFileSync(path.join(site, file), 'utf8');
              const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
              const target = path.join(out, file.replace(/\\.ts$/, '.js'));
              fs.mkdirSync(path.dirname(target), { recursive: true });
              fs.writeFileSync(target, js);
            }
            const { cms } = require(path.join(out, 'lib/cms/index.js'));
            (async () => {
              const results = [];
              for (const [method, ...args] of JSON.parse(process.argv[3])) {
                try {
                  results.push({ ok: (await cms[method](...args)) ?? null });
                } catch (e) {
                  results.push({ error: String(e && e.message) });
                }
              }
              console.log(JSON.stringify(results));
            })();
            """;
}
