package com.sitewright.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ContentChangedEvent;
import com.sitewright.content.ContentChangedEvent.ChangedItem;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ContentService;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draft and published copies: production sites see an item's published version until it is published
 * again, preview sites see the working copy, and every change is announced after its commit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ContentService content;

    @Autowired
    ContentJobs contentJobs;

    @Autowired
    JdbcTemplate jdbc;

    /** Hears events the way consumers do: after the commit, and only if there is one. */
    final List<ContentChangedEvent> committed = new CopyOnWriteArrayList<>();

    final TransactionalApplicationListenerAdapter<ApplicationEvent> afterCommit =
            new TransactionalApplicationListenerAdapter<>(event -> {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof ContentChangedEvent changed) {
                    committed.add(changed);
                }
            });

    ApiClient admin;
    String project;
    String items;
    String delivery;
    ApiClient preview;
    ApiClient production;

    @BeforeAll
    void createProjectAndTokens() {
        context.addApplicationListener(afterCommit);
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        items = "/api/v1/projects/" + project + "/items";
        delivery = "/delivery/v1/" + project;
        preview = ApiClient.bearer(port, token("preview"));
        production = ApiClient.bearer(port, token("production"));
    }

    @AfterAll
    void stopListening() {
        context.removeApplicationListener(afterCommit);
    }

    @BeforeEach
    void forgetEvents() {
        committed.clear();
    }

    @Test
    void afterGenerationProductionSeesTheItemsGeneratedAsPublishedAndPreviewSeesAll() {
        long all = total(admin, items + "?size=1");
        long published = total(admin, items + "?size=1&status=published");
        assertThat(published).isPositive().isLessThan(all);
        assertThat(total(production, delivery + "/items?size=1")).isEqualTo(published);
        assertThat(total(preview, delivery + "/items?size=1")).isEqualTo(all);

        assertThat(ids(production, delivery + "/items?type=menuItem&size=500"))
                .containsExactlyInAnyOrderElementsOf(ids(admin, items + "?type=menuItem&size=500&status=published"));
        assertThat(ids(preview, delivery + "/items?type=menuItem&size=500"))
                .containsExactlyInAnyOrderElementsOf(ids(admin, items + "?type=menuItem&size=500"));
        JsonNode item = admin.get(items + "?type=menuItem&size=1&status=published")
                .json()
                .path("items")
                .get(0);
        assertThat(item.path("publishedVersion").asLong())
                .isEqualTo(item.path("version").asLong());
        JsonNode draft = admin.get(items + "?type=menuItem&size=1&status=draft")
                .json()
                .path("items")
                .get(0);
        assertThat(draft.path("publishedVersion").isNull()).isTrue();
    }

    @Test
    void aDraftChangeReachesProductionOnlyWhenPublished() {
        JsonNode item = admin.get(items + "?type=menuItem&size=1&page=4&status=published")
                .json()
                .path("items")
                .get(0);
        String id = item.path("id").asString();
        String oldTitle = item.path("title").asString();
        String slug = item.path("slug").asString();
        long version = item.path("version").asLong();
        long productionTotal = total(production, delivery + "/items?type=menuItem&size=1");
        long previewTotal = total(preview, delivery + "/items?type=menuItem&size=1");

        String word = "oat" + UUID.randomUUID().toString().substring(0, 8);
        String newTitle = "Honey Oat Flat White " + word;
        Map<String, Object> data = dataOf(item);
        data.put("name", newTitle);
        var edited = admin.put(items + "/" + id, Map.of("data", data, "version", version));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("status").asString()).isEqualTo("published");
        assertThat(edited.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(edited.json().path("publishedVersion").asLong()).isEqualTo(version);
        assertThat(preview.get(delivery + "/items/" + id).json().path("title").asString())
                .isEqualTo(newTitle);
        assertThat(production
                        .get(delivery + "/items/" + id)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo(oldTitle);
        assertThat(production
                        .get(delivery + "/types/menuItem/slugs/" + slug)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(version);
        // Search follows each copy: production finds the new title only once it is published.
        assertThat(ids(preview, delivery + "/items?type=menuItem&q=" + word)).containsExactly(id);
        assertThat(ids(production, delivery + "/items?type=menuItem&q=" + word)).isEmpty();
        assertThat(events())
                .containsExactly(new ContentChangedEvent(
                        UUID.fromString(project),
                        List.of(new ChangedItem(UUID.fromString(id), "menuItem", slug, slug)),
                        false,
                        false));

        var published = admin.post(items + "/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("publishedVersion").asLong()).isEqualTo(version + 1);
        assertThat(admin.get(items + "/" + id).json().path("publishedVersion").asLong())
                .isEqualTo(version + 1);
        JsonNode live = production.get(delivery + "/items/" + id).json();
        assertThat(live.path("title").asString()).isEqualTo(newTitle);
        assertThat(live.path("version").asLong()).isEqualTo(version + 1);
        assertThat(ids(production, delivery + "/items?type=menuItem&q=" + word)).containsExactly(id);
        assertThat(total(production, delivery + "/items?q=" + word + "&size=1")).isEqualTo(1);
        assertThat(ids(production, delivery + "/items?type=menuItem&size=100&q=" + encoded(oldTitle)))
                .doesNotContain(id);
        assertThat(events())
                .containsExactly(new ContentChangedEvent(
                        UUID.fromString(project),
                        List.of(new ChangedItem(UUID.fromString(id), "menuItem", slug, slug)),
                        false,
                        true));

        var unpublished = admin.post(items + "/" + id + "/unpublish", Map.of());
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);
        assertThat(unpublished.json().path("status").asString()).isEqualTo("draft");
        assertThat(unpublished.json().path("publishedVersion").isNull()).isTrue();
        assertThat(production.get(delivery + "/items/" + id).status()).isEqualTo(404);
        assertThat(production.get(delivery + "/types/menuItem/slugs/" + slug).status())
                .isEqualTo(404);
        assertThat(ids(production, delivery + "/items?type=menuItem&q=" + word)).isEmpty();
        assertThat(ids(preview, delivery + "/items?type=menuItem&q=" + word)).containsExactly(id);
        assertThat(preview.get(delivery + "/items/" + id).json().path("title").asString())
                .isEqualTo(newTitle);
        assertThat(total(production, delivery + "/items?type=menuItem&size=1")).isEqualTo(productionTotal - 1);
        assertThat(total(preview, delivery + "/items?type=menuItem&size=1")).isEqualTo(previewTotal);
        assertThat(total(production, delivery + "/items?size=1"))
                .isEqualTo(total(admin, items + "?size=1&status=published"));
        assertThat(events())
                .containsExactly(new ContentChangedEvent(
                        UUID.fromString(project),
                        List.of(new ChangedItem(UUID.fromString(id), "menuItem", slug, slug)),
                        false,
                        true));
    }

    @Test
    void aMovedSlugStaysOnProductionUntilPublished() {
        JsonNode item = admin.get(items + "?type=menuItem&size=1&page=6&status=published")
                .json()
                .path("items")
                .get(0);
        String id = item.path("id").asString();
        String oldSlug = item.path("slug").asString();
        String newSlug = oldSlug + "-moved";
        Map<String, Object> data = dataOf(item);
        data.put("slug", newSlug);
        assertThat(admin.put(
                                items + "/" + id,
                                Map.of(
                                        "data",
                                        data,
                                        "version",
                                        item.path("version").asLong()))
                        .status())
                .isEqualTo(200);

        assertThat(production
                        .get(delivery + "/types/menuItem/slugs/" + oldSlug)
                        .json()
                        .path("id")
                        .asString())
                .isEqualTo(id);
        assertThat(production.get(delivery + "/types/menuItem/slugs/" + newSlug).status())
                .isEqualTo(404);
        assertThat(preview.get(delivery + "/types/menuItem/slugs/" + newSlug)
                        .json()
                        .path("id")
                        .asString())
                .isEqualTo(id);
        assertThat(events().getFirst().items())
                .containsExactly(new ChangedItem(UUID.fromString(id), "menuItem", newSlug, oldSlug));

        committed.clear();
        assertThat(admin.post(items + "/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(production.get(delivery + "/types/menuItem/slugs/" + oldSlug).status())
                .isEqualTo(404);
        assertThat(production
                        .get(delivery + "/types/menuItem/slugs/" + newSlug)
                        .json()
                        .path("id")
                        .asString())
                .isEqualTo(id);
        assertThat(events().getFirst().items())
                .containsExactly(new ChangedItem(UUID.fromString(id), "menuItem", newSlug, oldSlug));
    }

    @Test
    void publishingNeedsAnItemOfTheProjectAndAnEditor() {
        assertThat(admin.post(items + "/" + UUID.randomUUID() + "/publish", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(admin.post(items + "/" + UUID.randomUUID() + "/unpublish", Map.of())
                        .status())
                .isEqualTo(404);

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        admin.post("/api/v1/users", Map.of("username", "viewer" + suffix, "password", "password-v", "role", "VIEWER"));
        admin.post(
                "/api/v1/users", Map.of("username", "stranger" + suffix, "password", "password-s", "role", "EDITOR"));
        String id = admin.get(items + "?type=menuItem&size=1&status=draft")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(ApiClient.basic(port, "viewer" + suffix, "password-v")
                        .post(items + "/" + id + "/publish", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.basic(port, "stranger" + suffix, "password-s")
                        .post(items + "/" + id + "/publish", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(production.get(delivery + "/items/" + id).status()).isEqualTo(404);
        assertThat(events()).isEmpty();
    }

    @Test
    void publishAllPublishesWhatChangedSinceTheLastPublish() {
        // Its own project: publishing everything would change what the other tests start from.
        String other = Projects.createAndAwait(admin, "A small bakery website");
        UUID otherId = UUID.fromString(other);
        String otherItems = "/api/v1/projects/" + other + "/items";
        long drafts = total(admin, otherItems + "?size=1&status=draft");
        long all = total(admin, otherItems + "?size=1");
        assertThat(drafts).isPositive();
        JsonNode draft = admin.get(otherItems + "?size=1&status=draft")
                .json()
                .path("items")
                .get(0);
        String draftSearch = delivery.replace(project, other) + "/items?type="
                + draft.path("type").asString() + "&size=100&q="
                + encoded(draft.path("title").asString());
        ApiClient otherProduction = ApiClient.bearer(port, token(other, "production"));
        assertThat(ids(otherProduction, draftSearch))
                .doesNotContain(draft.path("id").asString());

        assertThat(contentJobs.publishAll(otherId)).isEqualTo((int) drafts);
        assertThat(total(admin, otherItems + "?size=1&status=published")).isEqualTo(all);
        assertThat(ids(otherProduction, draftSearch)).contains(draft.path("id").asString());
        assertThat(eventsOf(otherId)).containsExactly(new ContentChangedEvent(otherId, List.of(), true, true));

        assertThat(contentJobs.publishAll(otherId)).isZero();
        assertThat(eventsOf(otherId)).isEmpty();

        // Saving the same data is still a new version, which production does not have yet.
        JsonNode item =
                admin.get(otherItems + "?size=1&page=3").json().path("items").get(0);
        assertThat(admin.put(
                                otherItems + "/" + item.path("id").asString(),
                                Map.of(
                                        "data",
                                        dataOf(item),
                                        "version",
                                        item.path("version").asLong()))
                        .status())
                .isEqualTo(200);
        assertThat(contentJobs.publishAll(otherId)).isEqualTo(1);
        assertThat(admin.get(otherItems + "/" + item.path("id").asString())
                        .json()
                        .path("publishedVersion")
                        .asLong())
                .isEqualTo(item.path("version").asLong() + 1);
    }

    @Test
    void theMigratedPublishedCopyHasAUsableSearchIndex() {
        Boolean valid = jdbc.queryForObject(
                "select i.indisvalid and i.indisready from pg_index i"
                        + " join pg_class c on c.oid = i.indexrelid where c.relname = 'published_items_search'",
                Boolean.class);
        assertThat(valid).isTrue();
        String definition = jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'published_items_search'", String.class);
        assertThat(definition).contains("gin").contains("search_text gin_trgm_ops");
    }

    /** The events of the shared project that were committed since the last check. */
    private List<ContentChangedEvent> events() {
        return eventsOf(UUID.fromString(project));
    }

    private List<ContentChangedEvent> eventsOf(UUID projectId) {
        List<ContentChangedEvent> ours = committed.stream()
                .filter(event -> event.projectId().equals(projectId))
                .toList();
        committed.clear();
        return ours;
    }

    private static long total(ApiClient client, String path) {
        var response = client.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("total").asLong();
    }

    private static List<String> ids(ApiClient client, String path) {
        List<String> ids = new ArrayList<>();
        client.get(path)
                .json()
                .path("items")
                .forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataOf(JsonNode item) {
        return new LinkedHashMap<>(JSON.treeToValue(item.path("data"), Map.class));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String token(String kind) {
        return token(project, kind);
    }

    private String token(String projectId, String kind) {
        var created = admin.post(
                "/api/v1/projects/" + projectId + "/delivery-tokens", Map.of("kind", kind, "name", kind + " site"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }
}
