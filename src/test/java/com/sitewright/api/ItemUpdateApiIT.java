package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Editing an item through the API: optimistic locking, validation, references, and what follows the data. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemUpdateApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient admin;
    String project;
    String base;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        base = "/api/v1/projects/" + project;
    }

    @Test
    void aValidChangeIsStoredAndBumpsTheVersion() {
        JsonNode item = menuItem(3);
        Map<String, Object> data = dataOf(item);
        String newName = "Cardamom Bun Latte " + UUID.randomUUID().toString().substring(0, 4);
        data.put("name", newName);
        data.put("price", 3.95);

        var response = admin.put(base + "/items/" + id(item), Map.of("data", data, "version", 0));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode updated = response.json();
        assertThat(updated.path("version").asLong()).isEqualTo(1);
        assertThat(updated.path("title").asString()).isEqualTo(newName);
        assertThat(updated.path("data").path("price").asDouble()).isEqualTo(3.95);

        JsonNode found =
                admin.get(base + "/items?type=menuItem&q=" + encode(newName)).json();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(id(item));

        var stale = admin.put(base + "/items/" + id(item), Map.of("data", data, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asString()).contains("version 1");
    }

    @Test
    void invalidDataIsRefusedWithTheFieldErrorsAndNothingChanges() {
        JsonNode item = menuItem(5);
        Map<String, Object> data = dataOf(item);
        data.remove("name");
        data.put("price", "cheap");
        data.put("colour", "red");

        var response = admin.put(base + "/items/" + id(item), Map.of("data", data, "version", 0));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.toString()).contains("\"field\":\"name\"", "\"field\":\"price\"", "\"field\":\"colour\"");

        JsonNode unchanged = admin.get(base + "/items/" + id(item)).json();
        assertThat(unchanged.path("version").asLong()).isZero();
        assertThat(unchanged.path("data")).isEqualTo(item.path("data"));
    }

    @Test
    void referencesMustPointToExistingItemsOfAnAllowedType() {
        JsonNode item = menuItem(7);
        Map<String, Object> missing = dataOf(item);
        missing.put("category", UUID.randomUUID().toString());
        var response = admin.put(base + "/items/" + id(item), Map.of("data", missing, "version", 0));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").toString()).contains("category", "not an item of this project");

        String locationId = id(admin.get(base + "/items?type=location&size=1")
                .json()
                .path("items")
                .get(0));
        Map<String, Object> wrongType = dataOf(item);
        wrongType.put("category", locationId);
        var wrong = admin.put(base + "/items/" + id(item), Map.of("data", wrongType, "version", 0));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("errors").toString()).contains("must point to");
    }

    @Test
    void aSlugTakenByAnotherItemIsAConflict() {
        JsonNode item = menuItem(9);
        JsonNode other = menuItem(10);
        Map<String, Object> data = dataOf(item);
        data.put("slug", other.path("slug").asString());
        var response = admin.put(base + "/items/" + id(item), Map.of("data", data, "version", 0));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asString()).contains("slug");
        assertThat(admin.get(base + "/items/" + id(item)).json().path("version").asLong())
                .isZero();
    }

    @Test
    void onlyTheOwnersEditorsMayChangeItems() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        admin.post("/api/v1/users", Map.of("username", "viewer" + suffix, "password", "password-v", "role", "VIEWER"));
        admin.post(
                "/api/v1/users", Map.of("username", "stranger" + suffix, "password", "password-s", "role", "EDITOR"));
        JsonNode item = menuItem(11);
        Map<String, Object> body = Map.of("data", dataOf(item), "version", 0);

        assertThat(ApiClient.basic(port, "viewer" + suffix, "password-v")
                        .put(base + "/items/" + id(item), body)
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.basic(port, "stranger" + suffix, "password-s")
                        .put(base + "/items/" + id(item), body)
                        .status())
                .isEqualTo(404);
        assertThat(admin.put(base + "/items/" + id(item), Map.of("version", 0)).status())
                .isEqualTo(422);
        assertThat(admin.put(base + "/items/" + UUID.randomUUID(), body).status())
                .isEqualTo(404);
    }

    @Test
    void itemsAreCreatedDuplicatedAndDeletedWithTheTypesRules() {
        String category = admin.get(base + "/items?type=menuCategory&size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Cardamom Cloud Latte");
        data.put("category", category);
        data.put("description", "Steamed oat milk, cardamom and a double shot of espresso.");
        data.put("price", 4.6);

        var created = admin.post(base + "/items", Map.of("type", "menuItem", "data", data));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode item = created.json();
        assertThat(item.path("slug").asString()).isEqualTo("cardamom-cloud-latte");
        assertThat(item.path("status").asString()).isEqualTo("draft");
        assertThat(item.path("data").path("slug").asString()).isEqualTo("cardamom-cloud-latte");

        var again = admin.post(base + "/items", Map.of("type", "menuItem", "data", data));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("is used by another Menu Item");
        data.put("price", "free");
        var invalid = admin.post(base + "/items", Map.of("type", "menuItem", "data", data));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").toString()).contains("price");
        assertThat(admin.post(base + "/items", Map.of("type", "nowhere", "data", data))
                        .status())
                .isEqualTo(404);

        // A page's slug is its whole path: one that is already a route of the site is refused with the reason.
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Our menu");
        page.put("slug", "menu");
        page.put("body", "<p>Everything we pour and bake.</p>");
        var clash = admin.post(base + "/items", Map.of("type", "standardPage", "data", page));
        assertThat(clash.status()).as(clash.body()).isEqualTo(422);
        assertThat(clash.json().path("errors").get(0).path("reason").asString())
                .isEqualTo("\"menu\" is taken by the Menu Item listing at /menu; choose another slug");
        page.put("slug", "contact");
        assertThat(admin.post(base + "/items", Map.of("type", "standardPage", "data", page))
                        .body())
                .contains("is used by another page");
        page.put("slug", "our-menu");
        var allowed = admin.post(base + "/items", Map.of("type", "standardPage", "data", page));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(allowed.json().path("path").asString()).isEqualTo("/our-menu");
        var rename = admin.put(
                base + "/items/" + id(allowed.json()),
                Map.of(
                        "data",
                        Map.of("title", "Our menu", "slug", "events", "body", "<p>Everything we pour and bake.</p>"),
                        "version",
                        allowed.json().path("version").asLong()));
        assertThat(rename.status()).as(rename.body()).isEqualTo(422);
        assertThat(rename.body()).contains("listing at /events");

        var copy = admin.post(base + "/items/" + id(item) + "/duplicate", "");
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().path("slug").asString()).isEqualTo("cardamom-cloud-latte-copy");
        assertThat(copy.json().path("title").asString()).isEqualTo("Cardamom Cloud Latte (copy)");

        assertThat(admin.delete(base + "/items/" + id(copy.json())).status()).isEqualTo(204);
        assertThat(admin.get(base + "/items/" + id(copy.json())).status()).isEqualTo(404);
        assertThat(admin.delete(base + "/items/" + id(copy.json())).status()).isEqualTo(404);
    }

    @Test
    void aDeletedItemIsTakenOutOfThePageSectionsThatListIt() {
        JsonNode host = null;
        String target = null;
        for (JsonNode type : admin.get(base + "/content-types").json()) {
            for (JsonNode item : admin.get(
                            base + "/items?size=100&type=" + type.path("key").asString())
                    .json()
                    .path("items")) {
                for (JsonNode block : item.path("data").path("sections")) {
                    if (host == null
                            && block.path("type").asString().equals("faqSection")
                            && block.path("faqs").size() > 0) {
                        host = item;
                        target = block.path("faqs").get(0).asString();
                    }
                }
            }
        }
        assertThat(host).as("a generated page lists FAQs in a section").isNotNull();

        assertThat(admin.delete(base + "/items/" + target).status()).isEqualTo(204);

        JsonNode after = admin.get(base + "/items/" + id(host)).json();
        assertThat(after.path("data").path("sections").toString()).doesNotContain(target);
        assertThat(after.path("data").path("sections").size())
                .isEqualTo(host.path("data").path("sections").size());
        assertThat(after.path("version").asLong())
                .isGreaterThan(host.path("version").asLong());
    }

    @Test
    void aButtonFollowsItsPageToANewAddressAndGoesWithIt() {
        JsonNode page = admin.get(base + "/items?type=standardPage&size=1&page=4")
                .json()
                .path("items")
                .get(0);
        JsonNode button = admin.get(base + "/items?type=callToAction&size=1&page=2")
                .json()
                .path("items")
                .get(0);
        String oldPath =
                admin.get(base + "/items/" + id(page)).json().path("path").asString();
        Map<String, Object> buttonData = dataOf(button);
        buttonData.put("buttonUrl", oldPath + "#visit");
        var linked = admin.put(
                base + "/items/" + id(button),
                Map.of("data", buttonData, "version", button.path("version").asLong()));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);

        Map<String, Object> pageData = dataOf(page);
        pageData.put("slug", "moved-" + UUID.randomUUID().toString().substring(0, 6));
        var renamed = admin.put(
                base + "/items/" + id(page),
                Map.of("data", pageData, "version", page.path("version").asLong()));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        String newPath = renamed.json().path("path").asString();
        assertThat(newPath).isNotEqualTo(oldPath).startsWith("/moved-");
        assertThat(admin.get(base + "/items/" + id(button))
                        .json()
                        .path("data")
                        .path("buttonUrl")
                        .asString())
                .isEqualTo(newPath + "#visit");

        assertThat(admin.delete(base + "/items/" + id(page)).status()).isEqualTo(204);
        JsonNode after = admin.get(base + "/items/" + id(button)).json();
        assertThat(after.path("data").has("buttonUrl")).as(after.toString()).isFalse();
        assertThat(after.path("data").path("buttonLabel").asString()).isEqualTo(buttonData.get("buttonLabel"));
    }

    private JsonNode menuItem(int page) {
        return admin.get(base + "/items?type=menuItem&size=1&page=" + page)
                .json()
                .path("items")
                .get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataOf(JsonNode item) {
        return new LinkedHashMap<>(JSON.treeToValue(item.path("data"), Map.class));
    }

    private static String id(JsonNode item) {
        return item.path("id").asString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
