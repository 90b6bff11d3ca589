package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProjectApiIT {

    private static final Set<String> FIELD_TYPES = Set.of(
            "text",
            "longText",
            "richText",
            "number",
            "integer",
            "boolean",
            "date",
            "dateTime",
            "enum",
            "slug",
            "url",
            "email",
            "asset",
            "reference",
            "references",
            "json",
            "blocks");

    @LocalServerPort
    int port;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
    }

    @Test
    void unauthenticatedRequestsGet401NotARedirect() {
        var response = ApiClient.anonymous(port).get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);

        var wrongPassword = ApiClient.basic(port, "admin", "wrong").get("/api/v1/projects");
        assertThat(wrongPassword.status()).isEqualTo(401);
        var wrongToken = ApiClient.bearer(port, "swt_not-a-real-token").get("/api/v1/projects");
        assertThat(wrongToken.status()).isEqualTo(401);
    }

    @Test
    void withoutAnApiKeyTheOfflineEngineIsUsedAndTheAiEngineIsRefused() {
        var refused = admin.post("/api/v1/projects", Map.of("prompt", "Build me a bakery website", "engine", "ai"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("OPENAI_API_KEY");

        var unknown = admin.post("/api/v1/projects", Map.of("prompt", "Build me a bakery website", "engine", "gpt"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("detail").asString()).contains("\"offline\" or \"ai\"");
    }

    @Test
    void coffeeShopPromptGeneratesACompleteProject() {
        var created = admin.post(
                "/api/v1/projects", Map.of("prompt", "Build me a coffee shop website using Optimizely SaaS"));
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().path("status").asString()).isEqualTo("generating");
        String id = created.json().path("id").asString();

        JsonNode project = Projects.awaitFinished(admin, id);
        assertThat(project.path("generation").path("state").asString()).isEqualTo("succeeded");
        assertThat(project.path("generation").path("progress").asDouble()).isEqualTo(1.0);
        assertThat(project.path("status").asString()).isEqualTo("ready");
        assertThat(project.path("cmsType").asString()).isEqualTo("optimizely");
        assertThat(project.path("engine").asString()).isEqualTo("offline");
        assertThat(project.path("contentTypes").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(project.path("contentItems").asInt()).isGreaterThanOrEqualTo(2000);

        JsonNode types = admin.get("/api/v1/projects/" + id + "/content-types").json();
        assertThat(types.size()).isEqualTo(project.path("contentTypes").asInt());
        Set<String> keys = new HashSet<>();
        for (JsonNode type : types) {
            keys.add(type.path("key").asString());
            assertThat(type.path("kind").asString()).isIn("page", "component", "data", "media", "settings");
            for (JsonNode field : type.path("fields")) {
                assertThat(field.path("type").asString()).isIn(FIELD_TYPES);
                assertThat(field.has("required")).isTrue();
                assertThat(field.has("referenceTypes")).isTrue();
            }
        }
        assertThat(keys)
                .contains(
                        "menuItem",
                        "menuCategory",
                        "location",
                        "blogPost",
                        "author",
                        "event",
                        "review",
                        "faq",
                        "siteSettings",
                        "navigation");

        JsonNode page = admin.get("/api/v1/projects/" + id + "/items?type=menuItem&size=50&sort=price,asc")
                .json();
        assertThat(page.path("items").size()).isEqualTo(50);
        assertThat(page.path("total").asLong()).isGreaterThan(50);
        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode item : page.path("items")) {
            assertThat(item.path("type").asString()).isEqualTo("menuItem");
            double price = item.path("data").path("price").asDouble();
            assertThat(price).isGreaterThanOrEqualTo(previous);
            previous = price;
        }

        JsonNode first = page.path("items").get(0);
        JsonNode one = admin.get(
                        "/api/v1/projects/" + id + "/items/" + first.path("id").asString())
                .json();
        assertThat(one.path("slug").asString()).isEqualTo(first.path("slug").asString());
        assertThat(one.path("version").asLong()).isZero();
    }

    @Test
    void referencesPointToExistingItemsAndSearchFilters() {
        String id = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        JsonNode types = admin.get("/api/v1/projects/" + id + "/content-types").json();
        JsonNode review = find(types, "review");
        List<String> referenceFields = new java.util.ArrayList<>();
        for (JsonNode field : review.path("fields")) {
            if (field.path("type").asString().equals("reference")) {
                referenceFields.add(field.path("key").asString());
            }
        }
        assertThat(referenceFields).isNotEmpty();
        JsonNode reviews = admin.get("/api/v1/projects/" + id + "/items?type=review&size=20")
                .json();
        for (JsonNode item : reviews.path("items")) {
            for (String field : referenceFields) {
                JsonNode target = item.path("data").path(field);
                if (target.isString()) {
                    var resolved = admin.get("/api/v1/projects/" + id + "/items/" + target.asString());
                    assertThat(resolved.status())
                            .as("reference %s of %s", field, item.path("id"))
                            .isEqualTo(200);
                }
            }
        }

        JsonNode someItem = admin.get("/api/v1/projects/" + id + "/items?type=menuItem&size=1&page=7")
                .json()
                .path("items")
                .get(0);
        String word = someItem.path("title").asString().split(" ")[0];
        JsonNode found = admin.get("/api/v1/projects/" + id + "/items?type=menuItem&size=100&q=" + encode(word))
                .json();
        assertThat(found.path("total").asLong()).isPositive();
        for (JsonNode item : found.path("items")) {
            assertThat(item.toString().toLowerCase()).contains(word.toLowerCase());
        }
        JsonNode drafts = admin.get("/api/v1/projects/" + id + "/items?status=draft&size=10")
                .json();
        for (JsonNode item : drafts.path("items")) {
            assertThat(item.path("status").asString()).isEqualTo("draft");
        }
    }

    @Test
    void badPromptsGetClearErrorsAndLeaveNothingBehind() {
        int before = admin.get("/api/v1/projects").json().size();

        var empty = admin.post("/api/v1/projects", Map.of("prompt", "   "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().path("detail").asString()).isNotBlank().doesNotContain("Exception");

        var huge = admin.post("/api/v1/projects", Map.of("prompt", "coffee ".repeat(100 * 1024 / 7)));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.json().path("detail").asString()).contains("4,000");

        var markupOnly = admin.post("/api/v1/projects", Map.of("prompt", "<script>alert(1)</script><b></b>"));
        assertThat(markupOnly.status()).isEqualTo(422);

        var noBody = admin.post("/api/v1/projects", "{not json");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.contentType()).startsWith("application/problem+json");

        var missingPrompt = admin.post("/api/v1/projects", Map.of("name", "x"));
        assertThat(missingPrompt.status()).isEqualTo(422);

        assertThat(admin.get("/api/v1/projects").json().size()).isEqualTo(before);
    }

    @Test
    void hugeScaleIsClampedAloudAndDeletingStopsTheRun() {
        var created = admin.post("/api/v1/projects", Map.of("prompt", "An online store with 10 billion products"));
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().path("notices").toString()).contains("100,000");
        String id = created.json().path("id").asString();

        assertThat(admin.delete("/api/v1/projects/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPromptThatNamesNothingSaysWhatWasAssumed() {
        var created = admin.post("/api/v1/projects", Map.of("prompt", "Make me a website"));
        assertThat(created.status()).isEqualTo(202);
        String name = created.json().path("name").asString();
        assertThat(created.json().path("notices").toString()).contains("Assumed: a local business called " + name);
        String id = created.json().path("id").asString();

        assertThat(admin.get("/api/v1/projects/" + id)
                        .json()
                        .path("generation")
                        .path("notices")
                        .toString())
                .contains("Assumed: a local business called " + name);
        assertThat(admin.delete("/api/v1/projects/" + id).status()).isEqualTo(204);
    }

    @Test
    void scriptInAPromptIsKeptAsTextAndNeverInTheName() {
        var created = admin.post(
                "/api/v1/projects",
                Map.of("prompt", "<img src=x onerror=alert(1)> Build a law firm site <script>alert('x')</script>"));
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().path("name").asString()).doesNotContain("<", ">");
        String id = created.json().path("id").asString();
        JsonNode project = admin.get("/api/v1/projects/" + id).json();
        assertThat(project.path("prompt").asString()).contains("<script>");
        admin.delete("/api/v1/projects/" + id);
    }

    @Test
    void pagingParametersAreValidated() {
        String id = Projects.createAndAwait(admin, "A small bakery website");
        assertThat(admin.get("/api/v1/projects/" + id + "/items?size=0").status())
                .isEqualTo(422);
        assertThat(admin.get("/api/v1/projects/" + id + "/items?size=100000").status())
                .isEqualTo(422);
        assertThat(admin.get("/api/v1/projects/" + id + "/items?status=archived")
                        .status())
                .isEqualTo(422);
        assertThat(admin.get("/api/v1/projects/" + id + "/items?type=noSuchType")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/projects/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/projects/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    private static JsonNode find(JsonNode types, String key) {
        for (JsonNode type : types) {
            if (type.path("key").asString().equals(key)) {
                return type;
            }
        }
        throw new AssertionError("No type " + key);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
