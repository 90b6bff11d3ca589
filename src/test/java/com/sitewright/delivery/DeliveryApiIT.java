package com.sitewright.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The delivery API as a generated site uses it: per-project tokens, drafts for preview only, ETags. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryApiIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String project;
    String delivery;
    ApiClient preview;
    ApiClient production;

    @BeforeAll
    void createProjectAndTokens() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        delivery = "/delivery/v1/" + project;
        preview = ApiClient.bearer(port, token("preview"));
        production = ApiClient.bearer(port, token("production"));
    }

    @Test
    void productionSeesPublishedItemsOnlyAndPreviewSeesDrafts() {
        long all = admin.get("/api/v1/projects/" + project + "/items?type=menuItem&size=1")
                .json()
                .path("total")
                .asLong();
        long published = admin.get("/api/v1/projects/" + project + "/items?type=menuItem&size=1&status=published")
                .json()
                .path("total")
                .asLong();
        assertThat(published).isLessThan(all);

        assertThat(production
                        .get(delivery + "/items?type=menuItem&size=5")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(published);
        assertThat(preview.get(delivery + "/items?type=menuItem&size=5")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(all);

        String draftId = admin.get("/api/v1/projects/" + project + "/items?type=menuItem&size=1&status=draft")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(production.get(delivery + "/items/" + draftId).status()).isEqualTo(404);
        assertThat(preview.get(delivery + "/items/" + draftId).status()).isEqualTo(200);
    }

    @Test
    void aSearchPageCarriesTheTotalOfItsCopyOnEveryPage() {
        String items = "/api/v1/projects/" + project + "/items?type=menuItem&size=1&q=";
        String word = production
                .get(delivery + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0)
                .path("title")
                .asString()
                .split(" ")[0]
                .toLowerCase(java.util.Locale.ROOT);
        long published = admin.get(items + word + "&status=published")
                .json()
                .path("total")
                .asLong();
        long all = admin.get(items + word).json().path("total").asLong();
        assertThat(published).isPositive();

        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 0; page * 5 < published; page++) {
            JsonNode answer = production
                    .get(delivery + "/items?type=menuItem&size=5&sort=price,desc&q=" + word + "&page=" + page)
                    .json();
            assertThat(answer.path("total").asLong()).isEqualTo(published);
            answer.path("items").forEach(item -> seen.add(item.path("id").asString()));
        }
        assertThat(seen).hasSize((int) published);
        assertThat(preview.get(delivery + "/items?type=menuItem&size=2&q=" + word)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(all);

        // Past the last page: no items, and still the total.
        JsonNode beyond = production
                .get(delivery + "/items?type=menuItem&size=5&q=" + word + "&page=" + (published / 5 + 5))
                .json();
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("total").asLong()).isEqualTo(published);
        JsonNode none = production
                .get(delivery + "/items?type=menuItem&size=2&q=zzqxnothing")
                .json();
        assertThat(none.path("items").size()).isZero();
        assertThat(none.path("total").asLong()).isZero();
    }

    @Test
    void itemsByIdSlugAndFilter() {
        JsonNode page = production
                .get(delivery + "/items?type=menuItem&size=3&sort=price,desc")
                .json();
        assertThat(page.path("items").size()).isEqualTo(3);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("data").path("price").asDouble())
                .isGreaterThanOrEqualTo(
                        page.path("items").get(2).path("data").path("price").asDouble());

        JsonNode bySlug = production
                .get(delivery + "/types/menuItem/slugs/" + first.path("slug").asString())
                .json();
        assertThat(bySlug.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(production
                        .get(delivery + "/types/menuItem/slugs/no-such-slug")
                        .status())
                .isEqualTo(404);

        String category = first.path("data").path("category").asString();
        JsonNode inCategory = production
                .get(delivery + "/items?type=menuItem&size=100&filter.category=" + category)
                .json();
        assertThat(inCategory.path("total").asLong()).isPositive();
        inCategory
                .path("items")
                .forEach(item -> assertThat(item.path("data").path("category").asString())
                        .isEqualTo(category));
        assertThat(production
                        .get(delivery + "/items?size=5&filter.category=" + category)
                        .status())
                .isEqualTo(422);
        assertThat(production
                        .get(delivery + "/items?type=menuItem&filter.nope=1")
                        .status())
                .isEqualTo(422);

        JsonNode types = production.get(delivery + "/content-types").json();
        assertThat(types.size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void answersCarryETagsAndCacheHeaders() {
        var first = production.get(delivery + "/items?type=faq&size=10");
        assertThat(first.status()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public", "max-age=60");

        var again = production.get(delivery + "/items?type=faq&size=10", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        assertThat(preview.get(delivery + "/items?type=faq&size=10").header("Cache-Control"))
                .contains("private", "no-cache");
    }

    @Test
    void tokensAreCheckedAndBoundToTheirProject() {
        var anonymous = ApiClient.anonymous(port).get(delivery + "/items");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.bearer(port, "swd_forged").get(delivery + "/items").status())
                .isEqualTo(401);
        // A personal API token is not a delivery token.
        assertThat(admin.get(delivery + "/items").status()).isEqualTo(401);

        String other = Projects.createAndAwait(admin, "A small bakery website");
        assertThat(production.get("/delivery/v1/" + other + "/items").status()).isEqualTo(404);

        var created = admin.post("/api/v1/projects/" + project + "/delivery-tokens", Map.of("kind", "production"));
        var revocable = ApiClient.bearer(port, created.json().path("token").asString());
        assertThat(revocable.get(delivery + "/content-types").status()).isEqualTo(200);
        String tokenId = created.json().path("id").asString();
        assertThat(admin.delete("/api/v1/projects/" + project + "/delivery-tokens/" + tokenId)
                        .status())
                .isEqualTo(204);
        assertThat(revocable.get(delivery + "/content-types").status()).isEqualTo(401);

        var listed =
                admin.get("/api/v1/projects/" + project + "/delivery-tokens").json();
        assertThat(listed.toString())
                .doesNotContain(created.json().path("token").asString());
        assertThat(admin.post("/api/v1/projects/" + project + "/delivery-tokens", Map.of("kind", "staging"))
                        .status())
                .isEqualTo(422);
    }

    private String token(String kind) {
        var created = admin.post(
                "/api/v1/projects/" + project + "/delivery-tokens", Map.of("kind", kind, "name", kind + " site"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }
}
