package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coffee shop pushed to a fake Optimizely SaaS CMS that holds what it is sent and refuses what the real API
 * refuses: the dry run's plan, the full push (every type, item and image, references and publishing as in the
 * studio), a second push that writes nothing, an edit that becomes a new version rather than a duplicate, deletions
 * only once confirmed, a 500 and a refusal mid-push with Retry failed, the rate limit, 429s, token expiry, and
 * credentials the CMS refuses.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OptimizelyPushIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REFERENCE = Pattern.compile("cms://content/([0-9a-f]{32})");

    @LocalServerPort
    int port;

    PushItSupport studio;
    ApiClient admin;
    FakeOptimizely cms;
    String project;
    String pushes;
    int studioItems;
    int studioTypes;
    int studioPublished;
    String photoItem;
    String existingType;

    @BeforeAll
    void aCoffeeShopWithPhotosConnectedToOptimizely() throws IOException {
        cms = new FakeOptimizely();
        studio = new PushItSupport(port, "Build me a coffee shop website using Optimizely SaaS");
        admin = studio.admin;
        project = studio.project;
        pushes = studio.pushes;
        studioTypes = studio.studioTypes;
        studioItems = studio.studioItems;
        studioPublished = studio.studioPublished;
        photoItem = studio.photoItem;
        connect(FakeOptimizely.CLIENT_SECRET, "1000");

        // The CMS already holds one of the coffee shop's types, made by someone else with other fields.
        JsonNode first = admin.get("/api/v1/projects/" + project + "/content-types")
                .json()
                .path(0);
        existingType =
                com.sitewright.cms.VendorKeys.optimizelyType(first.path("key").asString());
        ObjectNode theirs = JSON.createObjectNode()
                .put("key", existingType)
                .put("displayName", existingType)
                .put("baseType", first.path("kind").asString().equals("page") ? "_page" : "_component");
        cms.types.put(existingType, theirs);
        theirs.putObject("properties").putObject("legacyCode").put("type", "string");
    }

    @AfterAll
    void stopTheCms() {
        cms.shutDown();
    }

    @Test
    @Order(1)
    void theDryRunShowsThePlanAndWritesNothing() {
        JsonNode push = finished(start(Map.of("dryRun", true)));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        JsonNode plan = push.path("plan");
        assertThat(plan.path("types").path("create").asInt())
                .isEqualTo(studioTypes - 1)
                .isGreaterThanOrEqualTo(20);
        assertThat(plan.path("types").path("update").asInt()).isEqualTo(1);
        assertThat(plan.path("items").path("create").asInt())
                .isEqualTo(studioItems)
                .isGreaterThanOrEqualTo(2000);
        assertThat(plan.path("assets").path("create").asInt()).isEqualTo(2);
        assertThat(plan.path("notes").toString()).contains("Unpublishing an item in the studio");
        assertThat(cms.writes()).isZero();
        assertThat(cms.content).isEmpty();
    }

    @Test
    @Order(2)
    void aTypeTheCmsHoldsWithOtherFieldsIsShownAndWrittenOnlyOnceConfirmed() {
        JsonNode dryRun = finished(start(Map.of("dryRun", true)));
        JsonNode change = dryRun.path("plan").path("typeChanges").path(0);
        assertThat(change.path("type").asString()).isEqualTo(existingType);
        assertThat(change.path("differences").toString()).contains("field legacyCode is only in the CMS");

        JsonNode refused = finished(start(Map.of()));
        assertThat(refused.path("state").asString()).isEqualTo("failed");
        assertThat(refused.path("error").asString())
                .contains("confirm the type changes")
                .contains("Nothing was written");
        assertThat(cms.writes()).isZero();
        assertThat(cms.types.get(existingType).path("properties").has("legacyCode"))
                .isTrue();
    }

    @Test
    @Order(3)
    void theFullPushPutsEveryTypeItemAndImageIntoTheCms() {
        JsonNode push = finished(start(Map.of("confirmTypeChanges", true)));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("failed").asInt()).isZero();
        assertThat(push.path("counts").path("created").asInt()).isEqualTo(studioTypes - 1 + studioItems + 2);
        assertThat(push.path("counts").path("updated").asInt())
                .as("the type the CMS held")
                .isEqualTo(1);
        assertThat(cms.types.get(existingType).path("properties").has("legacyCode"))
                .isFalse();
        assertThat(push.path("progress").path("done").asInt())
                .isEqualTo(push.path("progress").path("total").asInt());
        assertThat(cms.types).hasSize(studioTypes + 1);
        assertThat(cms.media).hasSize(2);
        assertThat(cms.content).hasSize(studioItems + 2);

        // Every reference points at content the CMS holds; published items are published there, drafts are not.
        List<String> dangling = new ArrayList<>();
        int published = 0;
        for (FakeOptimizely.Item item : cms.content.values()) {
            Matcher references =
                    REFERENCE.matcher(item.latest().path("properties").toString());
            while (references.find()) {
                if (!cms.content.containsKey(references.group(1))) {
                    dangling.add(item.key() + " -> " + references.group(1));
                }
            }
            if (item.published() != null && !item.contentType().equals("ImageMedia")) {
                published++;
            }
        }
        assertThat(dangling).isEmpty();
        assertThat(published).isEqualTo(studioPublished);

        // The photo is an image reference plus its alt text; the item's title is its display name.
        JsonNode photo =
                admin.get("/api/v1/projects/" + project + "/items/" + photoItem).json();
        JsonNode pushed = cms.content.get(photoItem.replace("-", "")).latest();
        assertThat(pushed.path("displayName").asString())
                .isEqualTo(photo.path("title").asString());
        assertThat(pushed.path("properties").toString())
                .contains("A latte with leaf art")
                .containsPattern("cms://content/[0-9a-f]{32}");
    }

    @Test
    @Order(4)
    void aSecondPushWithNothingChangedWritesNothing() {
        cms.reset();
        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("unchanged").asInt()).isEqualTo(studioTypes + studioItems + 2);
        assertThat(push.path("counts").path("created").asInt()
                        + push.path("counts").path("updated").asInt())
                .isZero();
        assertThat(cms.writes()).isZero();
        assertThat(cms.server.getAllServeEvents()).isEmpty();
    }

    @Test
    @Order(5)
    void anEditedItemBecomesANewVersionNotADuplicate() {
        JsonNode item = someItem("published");
        String key = item.path("id").asString().replace("-", "");
        int versionsBefore = cms.content.get(key).versions().size();
        edit(item);
        int contentBefore = cms.content.size();

        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(cms.content).hasSize(contentBefore);
        // The published copy stays as it was; the edit is a draft version on top of it.
        assertThat(cms.content.get(key).versions().size()).isGreaterThan(versionsBefore);
        assertThat(cms.content.get(key).latest().path("status").asString()).isEqualTo("draft");
        assertThat(cms.content.get(key).latest().path("properties").toString()).contains("(pushed edit)");
    }

    @Test
    @Order(6)
    void aDeletedItemIsDeletedInTheCmsOnlyOnceConfirmed() {
        JsonNode item = someItem("draft");
        String key = item.path("id").asString().replace("-", "");
        assertThat(admin.delete("/api/v1/projects/" + project + "/items/"
                                + item.path("id").asString())
                        .status())
                .isEqualTo(204);

        JsonNode unconfirmed = finished(start(Map.of()));
        assertThat(unconfirmed.path("plan").path("items").path("delete").asInt())
                .isEqualTo(1);
        assertThat(unconfirmed.path("counts").path("deleted").asInt()).isZero();
        assertThat(cms.content).containsKey(key);

        JsonNode confirmed = finished(start(Map.of("confirmDeletes", true)));
        assertThat(confirmed.path("state").asString()).as(confirmed.toString()).isEqualTo("succeeded");
        assertThat(confirmed.path("counts").path("deleted").asInt()).isEqualTo(1);
        assertThat(cms.content).doesNotContainKey(key);
    }

    @Test
    @Order(7)
    void aVendorFailureMidPushIsReportedPerItemAndRetryFailedFinishesIt() {
        JsonNode failing = someItem("draft");
        JsonNode fine = someItem("published");
        edit(failing);
        edit(fine);
        String failingKey = failing.path("id").asString().replace("-", "");
        cms.fail("POST /v1/content/" + failingKey + "/versions", 500, 3);

        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).isEqualTo("failed");
        assertThat(push.path("error").asString()).contains("1 was not written");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(push.path("failures")).hasSize(1);
        assertThat(push.path("failures").path(0).path("itemId").asString())
                .isEqualTo(failing.path("id").asString());
        assertThat(push.path("failures").path(0).path("reason").asString()).contains("500");

        var retry = admin.post(pushes + "/" + push.path("id").asString() + "/retry", Map.of());
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        JsonNode retried = finished(retry.json());
        assertThat(retried.path("state").asString()).as(retried.toString()).isEqualTo("succeeded");
        assertThat(retried.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(cms.content.get(failingKey).latest().path("properties").toString())
                .contains("(pushed edit)");
    }

    @Test
    @Order(8)
    void aTimeoutMidPushIsTriedAgain() {
        JsonNode item = someItem("draft");
        edit(item);
        cms.slow("POST /v1/content/" + item.path("id").asString().replace("-", "") + "/versions", 4_000, 1);
        cms.reset();

        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        // The slow answer is logged once it is sent, after the studio stopped waiting for it.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(cms.server.getAllServeEvents().stream()
                                .filter(event -> event.getRequest().getUrl().endsWith("/versions"))
                                .count())
                        .as("the write that timed out was sent again")
                        .isEqualTo(2));
    }

    @Test
    @Order(9)
    void thePushKeepsToTheConfiguredRateAndRenewsItsToken() {
        connect(FakeOptimizely.CLIENT_SECRET, "10");
        cms.tokensLast(32);
        for (int i = 0; i < 12; i++) {
            edit(someItem(i % 2 == 0 ? "draft" : "published"));
        }
        cms.reset();
        int tokensBefore = cms.tokensIssued.get();

        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        List<Long> times = cms.server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime())
                .sorted()
                .toList();
        assertThat(times.size()).isGreaterThan(20);
        assertThat(PushItSupport.mostInOneSecond(times)).isLessThanOrEqualTo(10);
        assertThat(cms.tokensIssued.get() - tokensBefore)
                .as("a token renewed before it ran out")
                .isGreaterThanOrEqualTo(2);
        cms.tokensLast(300);
    }

    @Test
    @Order(10)
    void aCmsThatAnswers429IsWaitedFor() {
        connect(FakeOptimizely.CLIENT_SECRET, "1000");
        for (int i = 0; i < 8; i++) {
            edit(someItem("draft"));
        }
        cms.limit(5);
        int refusedBefore = cms.faults.tooMany.get();

        JsonNode push = finished(start(Map.of()));

        cms.limit(0);
        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(cms.faults.tooMany.get()).isGreaterThan(refusedBefore);
        assertThat(push.path("counts").path("failed").asInt()).isZero();
    }

    @Test
    @Order(11)
    void credentialsTheCmsRefusesFailThePushClearly() {
        connect("a-secret-that-was-revoked-000000", "1000");
        edit(someItem("draft"));

        JsonNode push = finished(start(Map.of()));

        assertThat(push.path("state").asString()).isEqualTo("failed");
        assertThat(push.path("error").asString()).contains("refused the client id and secret");
        assertThat(push.toString()).doesNotContain("a-secret-that-was-revoked");
        connect(FakeOptimizely.CLIENT_SECRET, "1000");
        assertThat(finished(start(Map.of())).path("state").asString()).isEqualTo("succeeded");
    }

    @Test
    @Order(12)
    void badRequestsAreRefusedClearly() {
        var running = admin.post(pushes, Map.of("dryRun", true));
        assertThat(running.status()).isEqualTo(202);
        var second = admin.post(pushes, Map.of("dryRun", true));
        assertThat(second.status()).isIn(202, 409);
        finished(running.json());
        assertThat(admin.get(pushes + "/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(admin.post(pushes, "application/json", "{\"dryRun\": ".getBytes())
                        .status())
                .isEqualTo(400);
        var retryDryRun = admin.post(pushes + "/" + running.json().path("id").asString() + "/retry", Map.of());
        assertThat(retryDryRun.status()).isEqualTo(422);
        assertThat(retryDryRun.body()).contains("dry run");
    }

    // ---- helpers ----

    private void connect(String secret, String rate) {
        studio.connect(
                "optimizely",
                Map.of(
                        "cmsUrl",
                        cms.url(),
                        "clientId",
                        FakeOptimizely.CLIENT_ID,
                        "clientSecret",
                        secret,
                        "graphUrl",
                        cms.url(),
                        "requestsPerSecond",
                        rate));
    }

    private JsonNode start(Map<String, Object> body) {
        return studio.start(body);
    }

    private JsonNode finished(JsonNode push) {
        return studio.finished(push);
    }

    private JsonNode someItem(String status) {
        return studio.someItem(status);
    }

    private void edit(JsonNode item) {
        studio.edit(item);
    }
}
