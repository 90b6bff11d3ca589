package com.sitewright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.base.ConflictException;
import com.sitewright.security.ActingUser;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Saving model changes with the items' data following, on a generated coffee shop (2,082 items) in the real
 * database: renames keep data in both copies, removals ask first, type changes convert or report, component
 * changes reach the blocks that hold them, bad input is refused with nothing written, and two people saving at
 * once never both win.
 */
@IntegrationTest
class ModelChangesIT {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelingService modeling;

    @Autowired
    ActingUser acting;

    ApiClient admin;
    String project;
    UUID projectId;
    String base;

    @BeforeEach
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, PROMPT);
        projectId = UUID.fromString(project);
        base = "/api/v1/projects/" + project;
    }

    @Test
    void renamingAFieldKeepsEveryValueInTheWorkingAndPublishedCopies() {
        Map<UUID, String> before = values("content_items", "calories");
        Map<UUID, String> publishedBefore = values("published_items", "calories");
        assertThat(before).hasSizeGreaterThan(100);

        var renamed = admin.patch(
                base + "/content-types/menuItem/fields/calories",
                "{\"key\": \"energy\", \"label\": \"Energy (kcal)\"}");

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("version").asInt()).isEqualTo(1);
        assertThat(renamed.json().path("changes").toString())
                .contains("calories → energy")
                .contains("keep their value");
        assertThat(values("content_items", "energy")).isEqualTo(before);
        assertThat(values("content_items", "calories")).isEmpty();
        assertThat(values("published_items", "energy")).isEqualTo(publishedBefore);
        JsonNode field = field("menuItem", "energy");
        assertThat(field.path("label").asString()).isEqualTo("Energy (kcal)");
        assertThat(field.path("type").asString()).isEqualTo("integer");
        // The grid sorts on the renamed field.
        var sorted = admin.get(base + "/items?type=menuItem&sort=energy,desc&size=1");
        assertThat(sorted.status()).as(sorted.body()).isEqualTo(200);
        assertThat(sorted.json()
                        .path("items")
                        .get(0)
                        .path("data")
                        .path("energy")
                        .asInt())
                .isEqualTo(before.values().stream()
                        .mapToInt(Integer::parseInt)
                        .max()
                        .orElseThrow());
    }

    @Test
    void removingAFieldAsksForConfirmationWithTheCountThenRemovesItsValues() {
        int holding = values("content_items", "tastingNotes").size();

        var asked = admin.delete(base + "/content-types/menuItem/fields/tastingNotes");

        assertThat(asked.status()).as(asked.body()).isEqualTo(409);
        assertThat(asked.json().path("affectedItems").asInt()).isEqualTo(holding);
        assertThat(values("content_items", "tastingNotes")).hasSize(holding);
        assertThat(field("menuItem", "tastingNotes").isMissingNode()).isFalse();

        var removed = admin.delete(base + "/content-types/menuItem/fields/tastingNotes?confirm=true");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(values("content_items", "tastingNotes")).isEmpty();
        assertThat(values("published_items", "tastingNotes")).isEmpty();
        assertThat(field("menuItem", "tastingNotes").isMissingNode()).isTrue();
        assertThat(admin.get(base + "/model/versions")
                        .json()
                        .get(0)
                        .path("changes")
                        .toString())
                .contains("Removes the field \\\"Tasting notes\\\"")
                .contains(holding + " items lose their value");
    }

    @Test
    void changingATypeConvertsWhatItCanListsWhatItCannotAndNeverLeavesARequiredFieldEmpty() {
        Map<UUID, String> prices = values("content_items", "price");
        long fractional = prices.values().stream()
                .filter(price -> !price.matches("-?\\d+(\\.0+)?"))
                .count();
        assertThat(fractional).isPositive().isLessThan(prices.size());

        var required = admin.patch(base + "/content-types/menuItem/fields/price", "{\"type\": \"integer\"}");
        assertThat(required.status()).as(required.body()).isEqualTo(422);
        assertThat(required.json().path("errors").toString())
                .contains("is required, but " + fractional + " values cannot become integer");

        var dryRun = admin.patch(
                base + "/content-types/menuItem/fields/price?dryRun=true",
                "{\"type\": \"integer\", \"required\": false}");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        JsonNode change = dryRun.json().path("changes").get(0);
        assertThat(change.path("text").asString())
                .contains("from number to integer: " + (prices.size() - fractional) + " values convert, " + fractional
                        + " cannot and are cleared");
        assertThat(change.path("destructive").asBoolean()).isTrue();
        assertThat(change.path("examples")).hasSize((int) Math.min(10, fractional));
        JsonNode example = change.path("examples").get(0);
        assertThat(prices.get(UUID.fromString(example.path("itemId").asString())))
                .isEqualTo(example.path("value").asString());
        assertThat(values("content_items", "price"))
                .as("a dry run changes nothing")
                .isEqualTo(prices);

        var unconfirmed = admin.patch(
                base + "/content-types/menuItem/fields/price", "{\"type\": \"integer\", \"required\": false}");
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().path("affectedItems").asLong()).isEqualTo(prices.size());

        var converted = admin.patch(
                base + "/content-types/menuItem/fields/price?confirm=true",
                "{\"type\": \"integer\", \"required\": false}");
        assertThat(converted.status()).as(converted.body()).isEqualTo(200);
        Map<UUID, String> after = values("content_items", "price");
        assertThat(after).hasSize((int) (prices.size() - fractional));
        after.forEach(
                (id, price) -> assertThat(Double.parseDouble(price)).isEqualTo(Double.parseDouble(prices.get(id))));
        assertThat(after.values()).allMatch(price -> price.matches("-?\\d+"));

        // Back to text: every whole number converts, as text.
        var toText = admin.patch(base + "/content-types/menuItem/fields/price", "{\"type\": \"text\"}");
        assertThat(toText.status()).as(toText.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from content_items where project_id = ? and type_key = 'menuItem'"
                                + " and jsonb_typeof(data -> 'price') = 'string'",
                        Integer.class,
                        projectId))
                .isEqualTo(after.size());
    }

    @Test
    void twoFieldsSwappingKeysKeepEachOthersValues() {
        Map<UUID, String> calories = values("content_items", "calories");
        Map<UUID, String> caffeine = values("content_items", "caffeineMg");
        ModelDraft swap = swapped(as(() -> modeling.draft(projectId)));

        as(() -> modeling.save(projectId, swap, false));

        assertThat(values("content_items", "caffeineMg")).isEqualTo(calories);
        assertThat(values("content_items", "calories")).isEqualTo(caffeine);
    }

    @Test
    void renamingAComponentAndItsFieldsReachesTheBlocksThatHoldIt() {
        long entries = blockEntries("callToAction");
        assertThat(entries).isPositive();
        ModelDraft draft = as(() -> modeling.draft(projectId));
        String field = DraftEdits.type(draft, "callToAction")
                .fields()
                .getFirst()
                .field()
                .key();
        ModelDraft renamed = DraftEdits.updateField(
                DraftEdits.renameType(draft, "callToAction", "ctaBanner"),
                "ctaBanner",
                field,
                f -> f.withKey("headline2"));

        as(() -> modeling.save(projectId, renamed, false));

        assertThat(blockEntries("callToAction")).isZero();
        assertThat(blockEntries("ctaBanner")).isEqualTo(entries);
        assertThat(jdbc.queryForObject(
                        "select count(*) from content_items, jsonb_path_query(data, '$.sections[*]') e"
                                + " where project_id = ? and e ->> 'type' = 'ctaBanner' and jsonb_exists(e, 'headline2') and not jsonb_exists(e, ?)",
                        Long.class,
                        projectId,
                        field))
                .isEqualTo(entries);
        assertThat(field("ctaBanner", "headline2").isMissingNode()).isFalse();
        assertThat(admin.get(base + "/content-types").json().toString()).doesNotContain("\"callToAction\"");
    }

    @Test
    void badKeysPatternsTypesAndRequiredFieldsGetAClearAnswerAndNothingIsWritten() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("{\"key\": \"has space\", \"type\": \"text\"}", "field key is not camelCase");
        refused.put("{\"key\": \"<script>alert(1)</script>\", \"type\": \"text\"}", "field key is not camelCase");
        refused.put("{\"key\": \"kalorïen\", \"type\": \"text\"}", "field key is not camelCase");
        refused.put(
                "{\"key\": \"x'; drop table content_items; --\", \"type\": \"text\"}", "field key is not camelCase");
        refused.put("{\"key\": \"status\", \"type\": \"text\"}", "reserved for the studio's own use");
        refused.put("{\"key\": \"" + "a".repeat(200) + "\", \"type\": \"text\"}", "at most 64 characters");
        refused.put("{\"key\": \"name\", \"type\": \"text\"}", "menuItem.name is defined more than once");
        refused.put(
                "{\"key\": \"code\", \"type\": \"text\", \"validations\": {\"pattern\": \"([a-z\"}}",
                "pattern is not a valid regular expression");
        refused.put("{\"key\": \"colour\", \"type\": \"colour\"}", "\\\"colour\\\" is not a field type");
        refused.put(
                "{\"key\": \"origin2\", \"type\": \"reference\", \"referenceTypes\": [\"nowhere\"]}",
                "points to \\\"nowhere\\\", which is not a type of the model");
        refused.put(
                "{\"key\": \"allergenNote\", \"type\": \"text\", \"required\": true}",
                "is required, but its 600 items would have no value");
        refused.put("{\"label\": \"\", \"type\": \"text\"}", "Give the field a \\\"key\\\"");
        refused.put("not json", "not valid JSON");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            var response = admin.post(base + "/content-types/menuItem/fields", bad.getKey());
            assertThat(response.status())
                    .as(bad.getKey() + " → " + response.body())
                    .isIn(400, 422);
            assertThat(response.body()).as(bad.getKey()).contains(bad.getValue());
            assertThat(response.contentType()).contains("application/problem+json");
        }
        assertThat(admin.get(base + "/model").json().path("version").asInt()).isZero();
        assertThat(admin.post(base + "/content-types/nowhere/fields", "{\"key\": \"a\", \"type\": \"text\"}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.patch(base + "/content-types/menuItem/fields/nowhere", "{\"key\": \"a\"}")
                        .status())
                .isEqualTo(404);

        var added = admin.post(
                base + "/content-types/menuItem/fields",
                "{\"key\": \"limitedEdition\", \"label\": \"Limited edition\", \"type\": \"boolean\", \"position\": 2, \"helpText\": \"Only on the menu for a season\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(admin.get(base + "/content-types").json().toString()).contains("Only on the menu for a season");
        assertThat(modelKeys("menuItem").get(2)).isEqualTo("limitedEdition");
    }

    @Test
    void requiredReferencesInACircleAreRefused() {
        var cycle = admin.post(
                base + "/content-types/menuCategory/fields",
                "{\"key\": \"signature\", \"type\": \"reference\", \"referenceTypes\": [\"menuItem\"], \"required\": true}");

        assertThat(cycle.status()).as(cycle.body()).isEqualTo(422);
        assertThat(cycle.json().path("errors").toString())
                .contains("required references go round in a circle")
                .contains("menuItem.category")
                .contains("menuCategory.signature");
    }

    @Test
    void twoPeopleSavingTheModelAtOnceNeverBothWinAndTheSecondIsToldWhy() throws Exception {
        ModelDraft start = as(() -> modeling.draft(projectId));
        ModelDraft first = DraftEdits.updateField(start, "menuItem", "calories", f -> f.withLabel("Energy"));
        ModelDraft second = DraftEdits.updateField(start, "menuItem", "calories", f -> f.withKey("kcal"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (ModelDraft draft : List.of(first, second)) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return as(() -> modeling.save(projectId, draft, false));
                } catch (ConflictException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(ModelVersion.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(ConflictException.class::isInstance)
                .singleElement()
                .extracting(e -> ((ConflictException) e).getMessage())
                .asString()
                .contains("changed by admin (version 1) since you started editing");
        assertThat(as(() -> modeling.history(projectId, 10))).hasSize(1);
        boolean renamed = values("content_items", "kcal").size() > 0;
        assertThat(renamed ? values("content_items", "calories") : values("content_items", "kcal"))
                .isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ModelDraft swapped(ModelDraft draft) {
        List<DraftType> types = new ArrayList<>();
        for (DraftType type : draft.types()) {
            if (!type.key().equals("menuItem")) {
                types.add(type);
                continue;
            }
            types.add(type.withFields(type.fields().stream()
                    .map(f -> switch (f.field().key()) {
                        case "calories" -> f.with(f.field().withKey("caffeineMg"));
                        case "caffeineMg" -> f.with(f.field().withKey("calories"));
                        default -> f;
                    })
                    .toList()));
        }
        return new ModelDraft(draft.baseVersion(), types);
    }

    private <T> T as(Callable<T> work) {
        UUID adminId = jdbc.queryForObject("select id from users where username = 'admin'", UUID.class);
        return acting.as(adminId, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The field's values by item, as JSON text, for the coffee shop's menu items. */
    private Map<UUID, String> values(String table, String field) {
        Map<UUID, String> values = new java.util.HashMap<>();
        jdbc.query(
                "select id, data ->> ? as value from " + table + " where project_id = ? and type_key = 'menuItem'"
                        + " and jsonb_exists(data, ?) and data -> ? <> 'null'::jsonb",
                rs -> {
                    values.put(rs.getObject("id", UUID.class), rs.getString("value"));
                },
                field,
                projectId,
                field,
                field);
        return values;
    }

    private long blockEntries(String component) {
        Long count = jdbc.queryForObject(
                "select count(*) from content_items, jsonb_path_query(data, '$.sections[*]') e"
                        + " where project_id = ? and e ->> 'type' = ?",
                Long.class,
                projectId,
                component);
        return count == null ? 0 : count;
    }

    private JsonNode field(String type, String key) {
        for (JsonNode t : admin.get(base + "/content-types").json()) {
            if (t.path("key").asString().equals(type)) {
                for (JsonNode f : t.path("fields")) {
                    if (f.path("key").asString().equals(key)) {
                        return f;
                    }
                }
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private List<String> modelKeys(String type) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t : admin.get(base + "/content-types").json()) {
            if (t.path("key").asString().equals(type)) {
                t.path("fields").forEach(f -> keys.add(f.path("key").asString()));
            }
        }
        return keys;
    }
}
