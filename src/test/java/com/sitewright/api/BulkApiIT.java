package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bulk changes through the API on a generated coffee shop: a few items at once, hundreds as a job with progress,
 * deletes that leave no reference behind, setting a field, and bad requests refused with nothing changed.
 */
@IntegrationTest
class BulkApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    String project;
    UUID projectId;
    String bulk;

    @BeforeEach
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        projectId = UUID.fromString(project);
        bulk = "/api/v1/projects/" + project + "/items/bulk";
    }

    @Test
    void aFewItemsChangeAtOnceAndHundredsRunAsAJobThatReportsItsProgress() {
        List<String> few = ids("menuItem", 25);
        var unpublished = admin.post(bulk, Map.of("action", "unpublish", "ids", few));
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);
        assertThat(unpublished.json().path("affected").asInt()).isEqualTo(25);
        assertThat(count("content_items", "menuItem", "DRAFT")).isGreaterThanOrEqualTo(25);
        assertThat(jdbc.queryForObject(
                        "select count(*) from published_items where id = any(?::uuid[])", Integer.class, (Object)
                                few.toArray(String[]::new)))
                .isZero();

        var all = admin.post(bulk, Map.of("action", "unpublish", "filter", Map.of("type", "menuItem")));
        assertThat(all.status()).as(all.body()).isEqualTo(202);
        JsonNode done = await(all.json().path("id").asString());
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("total").asInt()).isEqualTo(600);
        assertThat(done.path("done").asInt()).isEqualTo(600);
        assertThat(count("content_items", "menuItem", "PUBLISHED")).isZero();
        assertThat(count("published_items", "menuItem", null)).isZero();

        var published =
                admin.post(bulk, Map.of("action", "publish", "filter", Map.of("type", "menuItem", "status", "draft")));
        assertThat(published.status()).isEqualTo(202);
        assertThat(await(published.json().path("id").asString())
                        .path("affected")
                        .asInt())
                .isEqualTo(600);
        assertThat(count("content_items", "menuItem", "PUBLISHED")).isEqualTo(600);
        assertThat(count("published_items", "menuItem", null)).isEqualTo(600);
    }

    @Test
    void deletingItemsRemovesEveryReferenceToThem() {
        List<String> origins = ids("coffeeOrigin", 3);
        int pointing = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and data ->> 'origin' = any(?)",
                Integer.class,
                projectId,
                origins.toArray(String[]::new));
        assertThat(pointing).isPositive();

        var deleted = admin.post(bulk, Map.of("action", "delete", "ids", origins));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("affected").asInt()).isEqualTo(3);
        for (String table : List.of("content_items", "published_items")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where project_id = ? and (id = any(?::uuid[])"
                                    + " or data ->> 'origin' = any(?) or exists (select 1 from jsonb_each(data) f where jsonb_typeof(f.value) = 'array'"
                                    + " and exists (select 1 from jsonb_array_elements(f.value) e where e #>> '{}' = any(?))))",
                            Integer.class,
                            projectId,
                            origins.toArray(String[]::new),
                            origins.toArray(String[]::new),
                            origins.toArray(String[]::new)))
                    .as(table)
                    .isZero();
        }
        assertThat(admin.get("/api/v1/projects/" + project + "/items/" + origins.getFirst())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFieldIsSetOnEveryMatchingItemAndValuesTheFieldRejectsAreRefused() {
        var set = admin.post(
                bulk,
                Map.of(
                        "action",
                        "set",
                        "filter",
                        Map.of("type", "menuItem", "q", "latte"),
                        "field",
                        "size",
                        "value",
                        "large"));
        assertThat(set.status()).as(set.body()).isIn(200, 202);
        long lattes = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and type_key = 'menuItem'"
                        + " and search_text like '%latte%'",
                Long.class, projectId);
        long large = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and type_key = 'menuItem'"
                        + " and search_text like '%latte%' and data ->> 'size' = 'large'",
                Long.class, projectId);
        assertThat(large).isEqualTo(lattes).isPositive();

        Map<Map<String, Object>, String> refused = new java.util.LinkedHashMap<>();
        refused.put(
                Map.of("action", "set", "filter", Map.of("type", "menuItem"), "field", "size", "value", "huge"),
                "must be one of");
        refused.put(
                Map.of("action", "set", "filter", Map.of("type", "menuItem"), "field", "slug", "value", "same"),
                "Slugs must differ");
        refused.put(
                Map.of("action", "set", "filter", Map.of("type", "menuItem"), "field", "name", "value", ""),
                "is required, so it cannot be cleared");
        refused.put(
                Map.of("action", "set", "filter", Map.of("q", "latte"), "field", "size", "value", "large"),
                "needs a filter on one content type");
        refused.put(
                Map.of("action", "archive", "ids", ids("menuItem", 1)), "is one of publish, unpublish, delete or set");
        refused.put(Map.of("action", "publish", "ids", List.of()), "at least one item");
        refused.put(Map.of("action", "publish"), "Say which items");
        refused.put(
                Map.of("action", "publish", "ids", ids("menuItem", 1), "filter", Map.of("type", "menuItem")),
                "not both");
        refused.put(Map.of("action", "publish", "filter", Map.of("status", "archived")), "'draft' or 'published'");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        refused.put(Map.of("action", "publish", "ids", tooMany), "use a filter for more");
        for (var bad : refused.entrySet()) {
            var response = admin.post(bulk, bad.getKey());
            assertThat(response.status())
                    .as(bad.getValue() + " → " + response.body())
                    .isIn(400, 422);
            assertThat(response.body()).as(response.body()).contains(bad.getValue());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from content_items where project_id = ? and data ->> 'size' = 'huge'",
                        Integer.class,
                        projectId))
                .isZero();
        var unknown = admin.post(
                bulk,
                Map.of("action", "publish", "ids", List.of(UUID.randomUUID().toString())));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().path("affected").asInt()).isZero();
    }

    private JsonNode await(String operationId) {
        return Awaitility.await("the bulk operation finishing")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> admin.get(bulk + "/" + operationId).json(),
                        operation -> List.of("done", "failed")
                                .contains(operation.path("state").asString()));
    }

    private List<String> ids(String type, int count) {
        return jdbc.queryForList(
                "select id::text from content_items where project_id = ? and type_key = ? order by title limit ?",
                String.class,
                projectId,
                type,
                count);
    }

    private int count(String table, String type, String status) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where project_id = ? and type_key = ?"
                        + (status == null ? "" : " and status = '" + status + "'"),
                Integer.class,
                projectId,
                type);
    }
}
