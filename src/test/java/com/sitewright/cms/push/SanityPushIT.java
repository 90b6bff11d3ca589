package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.IntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coffee shop pushed to a fake Sanity that holds what it is sent and refuses what Sanity refuses: a dry run that
 * writes nothing (and says the schema lives in Sanity Studio), the full push in batched transactions (published
 * documents, drafts, images, references, slugs, Portable Text), a second push that writes nothing, an edit that
 * becomes the item's draft rather than a new document, deletions of both copies, a 500 mid-push with Retry failed,
 * and a token or dataset Sanity does not know.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SanityPushIT {

    private static final Pattern REFERENCE = Pattern.compile("\"_ref\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    FakeSanity cms;
    PushItSupport studio;

    @BeforeAll
    void aCoffeeShopWithPhotosConnectedToSanity() throws IOException {
        cms = new FakeSanity();
        studio = new PushItSupport(port, "Build me a coffee shop website using Sanity");
        connect(FakeSanity.TOKEN, FakeSanity.DATASET);
    }

    @AfterAll
    void stopTheCms() {
        cms.shutDown();
    }

    @Test
    @Order(1)
    void theDryRunShowsThePlanAndWritesNothing() {
        JsonNode push = studio.push(Map.of("dryRun", true));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        JsonNode plan = push.path("plan");
        assertThat(plan.path("types").path("create").asInt()).isZero();
        assertThat(plan.path("items").path("create").asInt())
                .isEqualTo(studio.studioItems)
                .isGreaterThanOrEqualTo(2000);
        assertThat(plan.path("assets").path("create").asInt()).isEqualTo(2);
        assertThat(plan.path("notes").toString()).contains("Sanity Studio code, so no types are written");
        assertThat(cms.contentRequests()).isEmpty();
    }

    @Test
    @Order(2)
    void theFullPushWritesEveryItemAndImageInBatchedTransactions() {
        long started = System.nanoTime();
        JsonNode push = studio.push(Map.of());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("failed").asInt()).isZero();
        assertThat(push.path("counts").path("created").asInt()).isEqualTo(studio.studioItems + 2);
        List<ObjectNode> images = cms.documents.values().stream()
                .filter(doc -> doc.path("_type").asString().equals("sanity.imageAsset"))
                .toList();
        assertThat(images).hasSize(2);
        Set<String> published = cms.documents.keySet().stream()
                .filter(id -> !id.startsWith("drafts.") && !id.startsWith("image-"))
                .collect(Collectors.toSet());
        Set<String> items = cms.documents.keySet().stream()
                .filter(id -> !id.startsWith("image-"))
                .map(id -> id.replaceFirst("^drafts\\.", ""))
                .collect(Collectors.toSet());
        assertThat(published).hasSize(studio.studioPublished);
        assertThat(items).hasSize(studio.studioItems);

        // Batched: a transaction carries many items, and the items went at well over a hundred a second.
        assertThat(cms.transactions.get()).isLessThanOrEqualTo(studio.studioItems / 50);
        assertThat(cms.largestBody.get()).isLessThan(FakeSanity.MAX_BODY);
        System.out.printf(
                "Sanity push: %d items in %d transactions, %.1f s, %.0f items/s%n",
                studio.studioItems, cms.transactions.get(), seconds, studio.studioItems / seconds);

        // References point at documents the dataset holds (or their drafts); the photo is an uploaded image.
        List<String> dangling = new ArrayList<>();
        for (ObjectNode document : cms.documents.values()) {
            Matcher references = REFERENCE.matcher(document.toString());
            while (references.find()) {
                String ref = references.group(1);
                if (!cms.documents.containsKey(ref) && !cms.documents.containsKey("drafts." + ref)) {
                    dangling.add(document.path("_id").asString() + " -> " + ref);
                }
            }
        }
        assertThat(dangling).isEmpty();
        // The photo was chosen after the item was published: it is in the item's working copy, its draft.
        ObjectNode photo =
                cms.documents.getOrDefault("drafts." + studio.photoItem, cms.documents.get(studio.photoItem));
        JsonNode image = photo.path(studio.photoField);
        assertThat(image.path("_type").asString()).isEqualTo("image");
        assertThat(image.path("alt").asString()).isEqualTo("A latte with leaf art");
        assertThat(image.path("asset").path("_ref").asString())
                .startsWith("image-")
                .isIn(cms.documents.keySet());
        String all = cms.documents.values().toString();
        assertThat(all).as("rich text as Portable Text").contains("\"_type\":\"block\"");
        assertThat(all).as("slugs").contains("\"_type\":\"slug\"");
    }

    @Test
    @Order(3)
    void aSecondPushWithNothingChangedWritesNothing() {
        cms.reset();
        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("unchanged").asInt()).isEqualTo(studio.studioItems + 2);
        assertThat(push.path("counts").path("created").asInt()
                        + push.path("counts").path("updated").asInt())
                .isZero();
        assertThat(cms.contentRequests()).isEmpty();
    }

    @Test
    @Order(4)
    void anEditedPublishedItemBecomesItsDraftNotANewDocument() {
        JsonNode item = studio.someItem("published");
        String id = item.path("id").asString();
        String field = studio.edit(item);
        int documentsBefore = cms.documents.size();

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(cms.documents.size()).isEqualTo(documentsBefore + 1);
        assertThat(cms.documents.get(id).path(field).toString()).doesNotContain("(pushed edit)");
        assertThat(cms.documents.get("drafts." + id).path(field).toString()).contains("(pushed edit)");

        // Deleted in the studio, both copies go once confirmed.
        assertThat(studio.admin
                        .delete("/api/v1/projects/" + studio.project + "/items/" + id)
                        .status())
                .isEqualTo(204);
        JsonNode confirmed = studio.push(Map.of("confirmDeletes", true));
        assertThat(confirmed.path("state").asString()).as(confirmed.toString()).isEqualTo("succeeded");
        assertThat(confirmed.path("counts").path("deleted").asInt()).isEqualTo(1);
        assertThat(cms.documents).doesNotContainKeys(id, "drafts." + id);
    }

    @Test
    @Order(5)
    void aVendorFailureMidPushIsReportedPerItemAndRetryFailedFinishesIt() {
        JsonNode first = studio.someItem("draft");
        JsonNode second = studio.someItem("published");
        String field = studio.edit(first);
        studio.edit(second);
        cms.fail("POST /v[0-9-]+/data/mutate/" + FakeSanity.DATASET, 500, 3);

        JsonNode push = studio.push(Map.of());

        // The items of the refused transaction fail together; a later transaction of the same push may still go.
        assertThat(push.path("state").asString()).isEqualTo("failed");
        int failed = push.path("failures").size();
        assertThat(failed).isBetween(1, 2);
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(2 - failed);
        assertThat(List.of(first.path("id").asString(), second.path("id").asString()))
                .containsAll(push.path("failures").findValuesAsString("itemId"));
        assertThat(push.path("failures").path(0).path("reason").asString()).contains("500");

        JsonNode retried = studio.retry(push);
        assertThat(retried.path("state").asString()).as(retried.toString()).isEqualTo("succeeded");
        assertThat(retried.path("counts").path("updated").asInt()).isEqualTo(failed);
        assertThat(cms.documents
                        .get("drafts." + first.path("id").asString())
                        .path(field)
                        .toString())
                .contains("(pushed edit)");
    }

    @Test
    @Order(6)
    void aDraftThatWasPublishedLosesItsPublishedDocument() {
        JsonNode item = studio.someItem("published");
        String id = item.path("id").asString();
        var unpublished =
                studio.admin.post("/api/v1/projects/" + studio.project + "/items/" + id + "/unpublish", Map.of());
        assertThat(unpublished.status()).as(unpublished.body()).isIn(200, 204);

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(cms.documents).doesNotContainKey(id).containsKey("drafts." + id);
    }

    @Test
    @Order(7)
    void aTokenOrDatasetSanityDoesNotKnowFailsThePushClearly() {
        connect("sk-a-token-that-was-revoked-0000000", FakeSanity.DATASET);
        studio.edit(studio.someItem("draft"));

        JsonNode refused = studio.push(Map.of());
        assertThat(refused.path("state").asString()).isEqualTo("failed");
        assertThat(refused.path("error").asString()).contains("Sanity refused the token");
        assertThat(refused.toString()).doesNotContain("a-token-that-was-revoked");

        connect(FakeSanity.TOKEN, "staging");
        JsonNode missing = studio.push(Map.of());
        assertThat(missing.path("state").asString()).isEqualTo("failed");
        assertThat(missing.path("error").asString()).contains("has no dataset 'staging'");

        connect(FakeSanity.TOKEN, FakeSanity.DATASET);
        assertThat(studio.push(Map.of()).path("state").asString()).isEqualTo("succeeded");
    }

    private void connect(String token, String dataset) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("projectId", FakeSanity.PROJECT);
        settings.put("dataset", dataset);
        settings.put("token", token);
        settings.put("apiUrl", cms.url());
        settings.put("requestsPerSecond", "1000");
        studio.connect("sanity", settings);
    }
}
