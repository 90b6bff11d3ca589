package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.sitewright.support.IntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * The coffee shop pushed to a fake Contentful that holds what it is sent and refuses what Contentful refuses: the dry
 * run's plan, the full push (types activated, images uploaded, processed and published, entries published or left as
 * drafts as in the studio), a second push that writes nothing, an edit that updates the entry rather than adding one,
 * deletions, a 500 mid-push with Retry failed, the configured rate never exceeded, 429s waited out, a type past
 * Contentful's 50 fields, and a token or space Contentful does not know.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentfulPushIT {

    private static final Pattern ENTRY_LINK = Pattern.compile("\"linkType\":\"Entry\",\"id\":\"([^\"]+)\"");
    private static final Pattern ASSET_LINK = Pattern.compile("\"linkType\":\"Asset\",\"id\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    FakeContentful cms;
    PushItSupport studio;

    @BeforeAll
    void aCoffeeShopWithPhotosConnectedToContentful() throws IOException {
        cms = new FakeContentful();
        studio = new PushItSupport(port, "Build me a coffee shop website using Contentful");
        connect(FakeContentful.TOKEN, FakeContentful.SPACE, "1000");
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
        assertThat(plan.path("types").path("create").asInt())
                .isEqualTo(studio.studioTypes)
                .isGreaterThanOrEqualTo(20);
        assertThat(plan.path("items").path("create").asInt())
                .isEqualTo(studio.studioItems)
                .isGreaterThanOrEqualTo(2000);
        assertThat(plan.path("assets").path("create").asInt()).isEqualTo(2);
        assertThat(plan.path("notes").toString()).contains("asset's description");
        assertThat(cms.writes()).isZero();
        assertThat(cms.entries).isEmpty();
    }

    @Test
    @Order(2)
    void theFullPushPutsEveryTypeItemAndImageIntoContentful() {
        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("failed").asInt()).isZero();
        assertThat(push.path("counts").path("created").asInt()).isEqualTo(studio.studioTypes + studio.studioItems + 2);
        assertThat(cms.types).hasSize(studio.studioTypes);
        assertThat(cms.types.values()).allMatch(type -> type.published != null, "every type is activated");
        assertThat(cms.assets).hasSize(2);
        assertThat(cms.assets.values())
                .allMatch(FakeContentful.Resource::isPublished)
                .allMatch(asset ->
                        asset.fields().path("file").path("en-US").path("url").isString());
        assertThat(cms.entries).hasSize(studio.studioItems);
        assertThat(cms.publishedEntries()).isEqualTo(studio.studioPublished);

        // Every link points at an entry or asset Contentful holds.
        List<String> dangling = new ArrayList<>();
        for (FakeContentful.Resource entry : cms.entries.values()) {
            String fields = entry.fields().toString();
            Matcher entries = ENTRY_LINK.matcher(fields);
            while (entries.find()) {
                if (!cms.entries.containsKey(entries.group(1))) {
                    dangling.add(entry.id + " -> " + entries.group(1));
                }
            }
            Matcher assets = ASSET_LINK.matcher(fields);
            while (assets.find()) {
                if (!cms.assets.containsKey(assets.group(1))) {
                    dangling.add(entry.id + " -> asset " + assets.group(1));
                }
            }
        }
        assertThat(dangling).isEmpty();

        // The photo is a link to the image's asset; rich text became documents.
        JsonNode photo = cms.entries
                .get(studio.photoItem)
                .fields()
                .path(studio.photoField)
                .path("en-US");
        assertThat(photo.path("sys").path("linkType").asString()).isEqualTo("Asset");
        assertThat(cms.assets).containsKey(photo.path("sys").path("id").asString());
        assertThat(cms.entries.values().stream()
                        .map(entry -> entry.fields().toString())
                        .anyMatch(fields -> fields.contains("\"nodeType\":\"document\"")))
                .as("some rich text was pushed")
                .isTrue();
    }

    @Test
    @Order(3)
    void aSecondPushWithNothingChangedWritesNothing() {
        cms.reset();
        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("unchanged").asInt())
                .isEqualTo(studio.studioTypes + studio.studioItems + 2);
        assertThat(push.path("counts").path("created").asInt()
                        + push.path("counts").path("updated").asInt())
                .isZero();
        assertThat(cms.contentRequests()).isEmpty();
    }

    @Test
    @Order(4)
    void anEditedPublishedItemUpdatesItsEntryAndKeepsThePublishedCopyLive() {
        JsonNode item = studio.someItem("published");
        String id = item.path("id").asString();
        long versionBefore = cms.entries.get(id).version;
        String field = studio.edit(item);
        int entriesBefore = cms.entries.size();

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(cms.entries).hasSize(entriesBefore);
        FakeContentful.Resource entry = cms.entries.get(id);
        assertThat(entry.version).isGreaterThan(versionBefore);
        assertThat(entry.isPublished()).isTrue();
        assertThat(entry.fields().path(field).toString()).contains("(pushed edit)");
        assertThat(entry.published.path("fields").path(field).toString()).doesNotContain("(pushed edit)");
    }

    @Test
    @Order(5)
    void aDeletedPublishedItemIsUnpublishedAndDeletedOnceConfirmed() {
        JsonNode item = studio.someItem("published");
        String id = item.path("id").asString();
        assertThat(studio.admin
                        .delete("/api/v1/projects/" + studio.project + "/items/" + id)
                        .status())
                .isEqualTo(204);

        JsonNode unconfirmed = studio.push(Map.of());
        assertThat(unconfirmed.path("plan").path("items").path("delete").asInt())
                .isEqualTo(1);
        assertThat(cms.entries).containsKey(id);

        JsonNode confirmed = studio.push(Map.of("confirmDeletes", true));
        assertThat(confirmed.path("state").asString()).as(confirmed.toString()).isEqualTo("succeeded");
        assertThat(confirmed.path("counts").path("deleted").asInt()).isEqualTo(1);
        assertThat(cms.entries).doesNotContainKey(id);
    }

    @Test
    @Order(6)
    void aVendorFailureMidPushIsReportedPerItemAndRetryFailedFinishesIt() {
        JsonNode failing = studio.someItem("draft");
        JsonNode fine = studio.someItem("published");
        String field = studio.edit(failing);
        studio.edit(fine);
        String failingId = failing.path("id").asString();
        cms.fail("PUT /spaces/" + FakeContentful.SPACE + "/environments/master/entries/" + failingId, 500, 3);

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).isEqualTo("failed");
        assertThat(push.path("error").asString()).contains("1 was not written");
        assertThat(push.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(push.path("failures")).hasSize(1);
        assertThat(push.path("failures").path(0).path("itemId").asString()).isEqualTo(failingId);
        assertThat(push.path("failures").path(0).path("reason").asString()).contains("500");

        JsonNode retried = studio.retry(push);
        assertThat(retried.path("state").asString()).as(retried.toString()).isEqualTo("succeeded");
        assertThat(retried.path("counts").path("updated").asInt()).isEqualTo(1);
        assertThat(cms.entries.get(failingId).fields().path(field).toString()).contains("(pushed edit)");
        assertThat(cms.entries.get(failingId).isPublished()).isFalse();
    }

    @Test
    @Order(7)
    void thePushNeverExceedsTheConfiguredRate() {
        connect(FakeContentful.TOKEN, FakeContentful.SPACE, "10");
        cms.limit(10);
        for (int i = 0; i < 12; i++) {
            studio.edit(studio.someItem(i % 2 == 0 ? "draft" : "published"));
        }
        cms.reset();
        int refusedBefore = cms.faults.tooMany.get();

        JsonNode push = studio.push(Map.of());

        cms.limit(0);
        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        List<Long> times = cms.server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime())
                .sorted()
                .toList();
        assertThat(times.size()).isGreaterThan(20);
        assertThat(PushItSupport.mostInOneSecond(times)).isLessThanOrEqualTo(10);
        assertThat(cms.faults.tooMany.get())
                .as("no request was refused as too many")
                .isEqualTo(refusedBefore);
        assertThat(cms.server
                        .getAllServeEvents()
                        .getFirst()
                        .getResponse()
                        .getHeaders()
                        .getHeader("X-Contentful-RateLimit-Second-Limit")
                        .firstValue())
                .isEqualTo("10");
    }

    @Test
    @Order(8)
    void aContentfulThatAnswers429IsWaitedFor() {
        connect(FakeContentful.TOKEN, FakeContentful.SPACE, "1000");
        for (int i = 0; i < 8; i++) {
            studio.edit(studio.someItem("draft"));
        }
        cms.limit(5);
        int refusedBefore = cms.faults.tooMany.get();

        JsonNode push = studio.push(Map.of());

        cms.limit(0);
        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(cms.faults.tooMany.get()).isGreaterThan(refusedBefore);
        assertThat(push.path("counts").path("failed").asInt()).isZero();
    }

    @Test
    @Order(9)
    void anEntryChangedInContentfulIsOverwrittenFromItsCurrentVersion() {
        JsonNode item = studio.someItem("draft");
        String id = item.path("id").asString();
        cms.entries.get(id).version += 3;
        String field = studio.edit(item);
        int mismatchesBefore = cms.versionMismatches.get();

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("state").asString()).as(push.toString()).isEqualTo("succeeded");
        assertThat(cms.versionMismatches.get()).isGreaterThan(mismatchesBefore);
        assertThat(cms.entries.get(id).fields().path(field).toString()).contains("(pushed edit)");
    }

    @Test
    @Order(11)
    void aTokenOrSpaceContentfulDoesNotKnowFailsThePushClearly() {
        connect("CFPAT-a-token-that-was-revoked-000000", FakeContentful.SPACE, "1000");
        studio.edit(studio.someItem("published"));

        JsonNode refused = studio.push(Map.of());
        assertThat(refused.path("state").asString()).isEqualTo("failed");
        assertThat(refused.path("error").asString()).contains("refused the management token");
        assertThat(refused.toString()).doesNotContain("a-token-that-was-revoked");

        connect(FakeContentful.TOKEN, "nosuchspace", "1000");
        JsonNode missing = studio.push(Map.of());
        assertThat(missing.path("state").asString()).isEqualTo("failed");
        assertThat(missing.path("error").asString()).contains("no space 'nosuchspace'");
    }

    @Test
    @Order(12)
    void aTypePastFiftyFieldsIsRefusedBeforeAnythingIsWrittenAndEveryItemOfItFails() {
        connect(FakeContentful.TOKEN, FakeContentful.SPACE, "1000");
        JsonNode item = studio.someItem("draft");
        String type = item.path("type").asString();
        int itemsOfType = studio.admin
                .get("/api/v1/projects/" + studio.project + "/items?size=1&type=" + type)
                .json()
                .path("total")
                .asInt();
        String base = "/api/v1/projects/" + studio.project + "/content-types/" + type + "/fields";
        int fields = 0;
        for (JsonNode candidate : studio.admin
                .get("/api/v1/projects/" + studio.project + "/content-types")
                .json()) {
            if (candidate.path("key").asString().equals(type)) {
                fields = candidate.path("fields").size();
            }
        }
        for (int i = fields; i <= ContentfulVendor.MAX_FIELDS; i++) {
            var added = studio.admin.post(base, Map.of("key", "extra" + i, "label", "Extra " + i, "type", "text"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        cms.reset();

        JsonNode push = studio.push(Map.of());

        assertThat(push.path("plan").path("refused").toString()).contains(type).contains("at most 50 fields");
        assertThat(push.path("state").asString()).isEqualTo("failed");
        assertThat(push.path("error").asString()).startsWith(itemsOfType + " were not written");
        assertThat(push.path("failures").findValuesAsString("itemId"))
                .contains(item.path("id").asString());
        assertThat(push.path("failures").findValuesAsString("reason"))
                .allMatch(reason -> reason.contains("at most 50 fields"));
        assertThat(cms.server.getAllServeEvents())
                .as("nothing of the type was sent to Contentful")
                .noneMatch(event -> event.getRequest().getUrl().contains("/content_types/" + type))
                .noneMatch(event -> event.getRequest()
                        .getUrl()
                        .contains("/entries/" + item.path("id").asString()));
        assertThat(cms.types.get(type).body.path("fields").size()).isLessThanOrEqualTo(ContentfulVendor.MAX_FIELDS);
    }

    private void connect(String token, String space, String rate) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spaceId", space);
        settings.put("environment", FakeContentful.ENVIRONMENT);
        settings.put("managementToken", token);
        settings.put("managementUrl", cms.url());
        settings.put("uploadUrl", cms.url());
        settings.put("requestsPerSecond", rate);
        studio.connect("contentful", settings);
    }
}
