package com.sitewright.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.cms.push.FakeOptimizely;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The chat as control surface without a language model: the offline command parser drives the studio
 * tools through the chat API, every change waits on an action card, and the model and items change
 * only when the card is approved.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String projectId;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
    }

    @Test
    void helpListsTheCommandSet() {
        JsonNode added = send("help");
        assertThat(added.get(1).path("role").asString()).isEqualTo("studio");
        assertThat(added.get(1).path("text").asString())
                .contains(
                        "add a calories field to MenuItem",
                        "preview",
                        "approve and deploy",
                        "rename field",
                        "change the primary colour");
    }

    @Test
    void anUnknownSentenceSaysWhatTheChatUnderstands() {
        JsonNode added = send("please make everything better");
        assertThat(added.get(1).path("text").asString()).contains("fixed set of commands", "help");
    }

    @Test
    void addingAFieldWaitsForApprovalThenChangesTheModel() {
        JsonNode card = send("add a required number field called Sugar grams to the Menu item")
                .get(1);
        // Required fields cannot be added to a type that already has items: said on the spot, no card.
        assertThat(card.path("role").asString()).isEqualTo("studio");
        assertThat(card.path("text").asString()).contains("Menu Item has 600 items without a value");

        card = send("add a sugar grams field to MenuItem").get(1);
        assertThat(card.path("role").asString()).isEqualTo("action");
        assertThat(card.path("action").asString()).isEqualTo("add_field");
        assertThat(card.path("state").asString()).isEqualTo("pending");
        assertThat(card.path("text").asString()).contains("integer field \"Sugar grams\"", "Menu Item");
        assertThat(field("menuItem", "sugarGrams")).isNull();

        JsonNode approved = admin.post(chat() + "/" + card.path("id").asString() + "/approve", Map.of())
                .json();
        assertThat(approved.path("state").asString()).as(approved.toString()).isEqualTo("done");
        assertThat(field("menuItem", "sugarGrams").path("type").asString()).isEqualTo("integer");

        var again = admin.post(chat() + "/" + card.path("id").asString() + "/approve", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already done");
    }

    @Test
    void renamingAFieldKeepsEveryValueAndRemovingOneSaysHowManyLoseIt() {
        long withNotes = countWhere("menuItem", item -> item.path("data").has("tastingNotes"));
        assertThat(withNotes).isPositive();

        approve(send("rename field tasting notes of MenuItem to flavour notes").get(1));
        assertThat(field("menuItem", "tastingNotes")).isNull();
        assertThat(field("menuItem", "flavourNotes").path("label").asString()).isEqualTo("Flavour notes");
        assertThat(countWhere("menuItem", item -> item.path("data").has("flavourNotes")))
                .isEqualTo(withNotes);
        assertThat(countWhere("menuItem", item -> item.path("data").has("tastingNotes")))
                .isZero();

        JsonNode removal = send("remove field flavour notes from MenuItem").get(1);
        assertThat(removal.path("text").asString()).contains(withNotes + " items lose their value");
        JsonNode cancelled = admin.post(chat() + "/" + removal.path("id").asString() + "/cancel", Map.of())
                .json();
        assertThat(cancelled.path("state").asString()).isEqualTo("cancelled");
        assertThat(field("menuItem", "flavourNotes")).isNotNull();

        approve(send("remove field flavour notes from MenuItem").get(1));
        assertThat(field("menuItem", "flavourNotes")).isNull();
        assertThat(countWhere("menuItem", item -> item.path("data").has("flavourNotes")))
                .isZero();
    }

    @Test
    void typesCanBeAddedRenamedAndRemovedButNotWhileOthersPointAtThem() {
        approve(send("add a data type called Gift Card").get(1));
        assertThat(type("giftCard").path("kind").asString()).isEqualTo("data");

        approve(send("rename type Gift Card to Voucher").get(1));
        assertThat(type("giftCard")).isNull();
        assertThat(type("voucher").path("displayName").asString()).isEqualTo("Voucher");

        approve(send("delete type Voucher").get(1));
        assertThat(type("voucher")).isNull();

        JsonNode refused = send("delete type menu category").get(1);
        assertThat(refused.path("role").asString()).isEqualTo("studio");
        assertThat(refused.path("text").asString()).contains("is used by", "Menu Item.category");
        assertThat(type("menuCategory")).isNotNull();
    }

    @Test
    void renamingATypeMovesItsItemsAndTheReferencesToIt() {
        long origins = admin.get(items("coffeeOrigin", 0)).json().path("total").asLong();
        approve(send("rename type coffee origin to Bean origin").get(1));
        assertThat(admin.get(items("beanOrigin", 0)).json().path("total").asLong())
                .isEqualTo(origins);
        assertThat(field("menuItem", "origin").path("referenceTypes").toString())
                .contains("beanOrigin");
    }

    @Test
    void themeChangesAreStoredAndRegenerateTheSource() {
        int commits =
                admin.get("/api/v1/projects/" + projectId + "/commits").json().size();
        JsonNode card = send("change the primary colour to #2f6b4f").get(1);
        assertThat(card.path("text").asString()).contains("primary colour → #2f6b4f");
        JsonNode done = approve(card);
        assertThat(done.path("result").asString()).contains("primary #2f6b4f");

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/api/v1/projects/" + projectId + "/commits")
                                .json()
                                .size()
                        > commits);
        assertThat(admin.get("/api/v1/projects/" + projectId + "/commits")
                        .json()
                        .size())
                .isGreaterThan(commits);

        JsonNode bad = send("change the accent colour to sparkly").get(1);
        assertThat(bad.path("role").asString()).isEqualTo("studio");
        assertThat(bad.path("text").asString()).contains("not a colour");

        JsonNode unreadable = send("change the text colour to #f5f5f5").get(1);
        assertThat(unreadable.path("role").asString()).isEqualTo("studio");
        assertThat(unreadable.path("text").asString())
                .contains("hard to read")
                .contains("text #f5f5f5 against background")
                .contains("would do");
    }

    @Test
    void rewritingShortensTheMatchingItemsInTheBackgroundAndReportsInTheChat() {
        String matching = items("menuItem", 0) + "&q=latte";
        JsonNode before = admin.get(matching).json();
        long lattes = before.path("total").asLong();
        List<String> longOnes = new ArrayList<>();
        before.path("items").forEach(item -> {
            if (item.path("data").path("description").asString().length() > 60) {
                longOnes.add(item.path("id").asString());
            }
        });
        assertThat(longOnes).isNotEmpty();
        JsonNode card = send("shorten description of MenuItem matching latte to 60 characters")
                .get(1);
        assertThat(card.path("text").asString())
                .contains(
                        "Rewrite the description of " + lattes + " Menu Item items",
                        "matching \"latte\"",
                        "at most 60 characters");
        approve(card);

        JsonNode report = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            JsonNode found = null;
                            for (JsonNode message : admin.get(chat()).json()) {
                                if (message.path("text").asString().startsWith("Rewrote the description of")) {
                                    found = message;
                                }
                            }
                            return java.util.Optional.ofNullable(found);
                        },
                        java.util.Optional::isPresent)
                .orElse(null);
        assertThat(report).as("the chat reports the finished rewrite").isNotNull();
        for (String id : longOnes) {
            JsonNode item =
                    admin.get("/api/v1/projects/" + projectId + "/items/" + id).json();
            assertThat(item.path("data").path("description").asString()).hasSizeBetween(20, 60);
        }

        JsonNode refused = send("shorten price of MenuItem to 60 characters").get(1);
        assertThat(refused.path("text").asString()).contains("Only text fields can be rewritten");
    }

    @Test
    void deployingNeedsABuiltPreviewAndANewProjectStartsFromTheChat() {
        JsonNode refused = send("approve and deploy").get(1);
        assertThat(refused.path("role").asString()).isEqualTo("studio");
        assertThat(refused.path("text").asString()).contains("no built preview to deploy yet");

        int before = admin.get("/api/v1/projects").json().size();
        JsonNode card = send("new project: a bakery website on Contentful").get(1);
        assertThat(card.path("text").asString())
                .isEqualTo("Create a new project from \"a bakery website on Contentful\".");
        assertThat(admin.get("/api/v1/projects").json().size()).isEqualTo(before);
        JsonNode done = approve(card);
        assertThat(done.path("link").asString()).startsWith("chat/");
        String created = done.path("link").asString().substring("chat/".length());
        JsonNode project = Projects.awaitFinished(admin, created);
        assertThat(project.path("cmsType").asString()).isEqualTo("contentful");
        assertThat(admin.get("/api/v1/projects/" + created + "/chat")
                        .json()
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("a bakery website on Contentful");
    }

    @Test
    void pushingToTheCmsNeedsAConnectionAndRunsOnceTheCardIsApproved() {
        String bakery = Projects.createAndAwait(admin, "A small bakery website using Optimizely SaaS");
        String bakeryChat = "/api/v1/projects/" + bakery + "/chat";
        JsonNode unconnected = send(bakeryChat, "push to optimizely").get(1);
        assertThat(unconnected.path("role").asString()).isEqualTo("studio");
        assertThat(unconnected.path("text").asString()).contains("not connected to a CMS yet");

        FakeOptimizely cms = new FakeOptimizely();
        try {
            var saved = admin.put(
                    "/api/v1/projects/" + bakery + "/cms-connection",
                    Map.of(
                            "provider",
                            "optimizely",
                            "settings",
                            Map.of(
                                    "cmsUrl",
                                    cms.url(),
                                    "clientId",
                                    FakeOptimizely.CLIENT_ID,
                                    "clientSecret",
                                    FakeOptimizely.CLIENT_SECRET,
                                    "graphUrl",
                                    cms.url(),
                                    "requestsPerSecond",
                                    "1000")));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            JsonNode otherVendor = send(bakeryChat, "push to contentful").get(1);
            assertThat(otherVendor.path("text").asString()).contains("connected to optimizely, not contentful");

            String pushes = "/api/v1/projects/" + bakery + "/cms-pushes";
            JsonNode dryRun = finishedPush(
                    pushes, admin.post(pushes, Map.of("dryRun", true)).json());
            int planned = dryRun.path("plan").path("items").path("create").asInt();
            assertThat(planned).isPositive();

            JsonNode card = send(bakeryChat, "Push the site to the CMS.").get(1);
            assertThat(card.path("role").asString()).isEqualTo("action");
            assertThat(card.path("action").asString()).isEqualTo("push_to_cms");
            assertThat(card.path("text").asString())
                    .startsWith("Push to optimizely:")
                    .contains("The last dry run planned", String.format("%,d", planned) + " items to write");
            assertThat(cms.writes()).isZero();

            JsonNode done = admin.post(bakeryChat + "/" + card.path("id").asString() + "/approve", Map.of())
                    .json();
            assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("done");
            assertThat(done.path("link").asString()).isEqualTo("projects/" + bakery + "/cms");
            assertThat(done.path("result").asString()).contains("push to optimizely is");
            JsonNode pushed = finishedPush(pushes, admin.get(pushes).json().get(0));
            assertThat(pushed.path("dryRun").asBoolean()).isFalse();
            assertThat(pushed.path("state").asString()).as(pushed.toString()).isEqualTo("succeeded");
            assertThat(pushed.path("counts").path("created").asInt()).isGreaterThan(planned);
            assertThat(cms.writes()).isPositive();
        } finally {
            cms.shutDown();
        }
    }

    @Test
    void moreItemsAreWrittenInTheBackgroundAfterApproval() {
        long before = admin.get(items("location", 0)).json().path("total").asLong();
        JsonNode card = send("generate 5 more locations").get(1);
        assertThat(card.path("text").asString()).isEqualTo("Write 5 more Location items.");
        assertThat(admin.get(items("location", 0)).json().path("total").asLong())
                .isEqualTo(before);
        approve(card);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        admin.get(items("location", 0)).json().path("total").asLong() >= before + 5);
        assertThat(admin.get(items("location", 0)).json().path("total").asLong())
                .isEqualTo(before + 5);
    }

    @Test
    void aHugeMessageIsRefusedWithAClearErrorAndNothingIsStored() {
        int before = admin.get(chat()).json().size();
        var response = admin.post(chat(), Map.of("message", "x".repeat(100 * 1024)));
        assertThat(response.status()).isIn(400, 422);
        assertThat(response.body()).contains("102,400 characters", "8,000");
        assertThat(admin.get(chat()).json().size()).isEqualTo(before);

        assertThat(admin.post(chat(), Map.of("message", "   ")).body()).contains("Write a message first");
    }

    @Test
    void historyIsKeptInOrderAndOnlyItsOwnerSeesIt() {
        send("show the model");
        JsonNode history = admin.get(chat()).json();
        assertThat(history.get(0).path("role").asString()).isEqualTo("user");
        assertThat(history.get(0).path("text").asString())
                .isEqualTo("Build me a coffee shop website using Optimizely SaaS");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("text").asString()).contains("content types:", "menuItem");

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        admin.post(
                "/api/v1/users",
                Map.of("username", "chatter" + suffix, "password", "password-chatter", "role", "EDITOR"));
        var other = ApiClient.basic(port, "chatter" + suffix, "password-chatter");
        assertThat(other.get(chat()).status()).isEqualTo(404);
        assertThat(other.post(chat(), Map.of("message", "help")).status()).isEqualTo(404);
        JsonNode card = send("add a tagline field to location").get(1);
        assertThat(other.post(chat() + "/" + card.path("id").asString() + "/approve", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(field("location", "tagline")).isNull();
    }

    private JsonNode send(String message) {
        return send(chat(), message);
    }

    private JsonNode send(String chat, String message) {
        var response = admin.post(chat, Map.of("message", message));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json();
    }

    private JsonNode approve(JsonNode card) {
        assertThat(card.path("role").asString()).as(card.toString()).isEqualTo("action");
        JsonNode done = admin.post(chat() + "/" + card.path("id").asString() + "/approve", Map.of())
                .json();
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("done");
        return done;
    }

    private JsonNode finishedPush(String pushes, JsonNode push) {
        String url = pushes + "/" + push.path("id").asString();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last[0] = admin.get(url).json();
                    return last[0].path("state").asString().equals("succeeded")
                            || last[0].path("state").asString().equals("failed");
                });
        return last[0];
    }

    private String chat() {
        return "/api/v1/projects/" + projectId + "/chat";
    }

    private String items(String type, int page) {
        return "/api/v1/projects/" + projectId + "/items?type=" + type + "&size=500&page=" + page;
    }

    private JsonNode type(String key) {
        for (JsonNode type :
                admin.get("/api/v1/projects/" + projectId + "/content-types").json()) {
            if (type.path("key").asString().equals(key)) {
                return type;
            }
        }
        return null;
    }

    private JsonNode field(String typeKey, String fieldKey) {
        JsonNode type = type(typeKey);
        if (type == null) {
            return null;
        }
        for (JsonNode field : type.path("fields")) {
            if (field.path("key").asString().equals(fieldKey)) {
                return field;
            }
        }
        return null;
    }

    private long countWhere(String typeKey, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = admin.get(items(typeKey, page)).json();
            body.path("items").forEach(all::add);
            if (body.path("items").size() < 500) {
                break;
            }
        }
        return all.stream().filter(test).count();
    }
}
