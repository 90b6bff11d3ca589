package com.sitewright.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.support.ApiClient;
import com.sitewright.support.FakeOpenAiImages;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The images run with an image model: a fake of OpenAI's {@code POST /v1/images/generations} that refuses a wrong
 * body, driven by Spring AI's image client. The model pictures the first fields up to the project's picture budget
 * and the rest are drawn; a damaged picture or one claiming a huge canvas is refused and its field drawn; a refusal,
 * a timeout or a reached dollar budget ends the model's part, and every field still gets a picture. Each case runs
 * on the twelve locations of one coffee shop, whose pictures are removed before it.
 */
@IntegrationTest
class ImageModelIT {

    private static final String MODEL = "gpt-image-1-mini";
    private static final FakeOpenAiImages FAKE = new FakeOpenAiImages(MODEL);
    private static final WireMockServer OPENAI =
            new WireMockServer(options().dynamicPort().extensions(FAKE));
    private static final int PER_PROJECT = 3;
    private static String project;

    static {
        OPENAI.start();
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("spring.ai.openai.api-key", () -> "sk-test-0123456789");
        registry.add("spring.ai.openai.chat.model", () -> "test-model-mini");
        registry.add("sitewright.ai.images.model", () -> MODEL);
        registry.add("sitewright.ai.images.size", () -> "1536x1024");
        registry.add("sitewright.ai.images.max-per-project", () -> String.valueOf(PER_PROJECT));
        registry.add("sitewright.ai.images.concurrency", () -> "2");
        registry.add("sitewright.ai.images.timeout", () -> "20s");
        registry.add("sitewright.ai.images.max-retries", () -> "0");
        registry.add("sitewright.ai.images.prices." + MODEL, () -> "0.011");
    }

    @AfterAll
    static void stop() {
        OPENAI.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        OPENAI.resetAll();
        FAKE.reset();
        OPENAI.stubFor(post(urlEqualTo(FakeOpenAiImages.PATH))
                .willReturn(aResponse().withTransformers(FakeOpenAiImages.NAME)));
        if (project == null) {
            // Written offline (a key is configured, so the AI engine would be the default), then switched to the AI
            // engine, whose projects get their pictures from the image model.
            var created = admin.post(
                    "/api/v1/projects",
                    Map.of("prompt", "A website for a coffee shop with a menu and locations", "engine", "offline"));
            assertThat(created.status()).as(created.body()).isEqualTo(202);
            project = created.json().path("id").asString();
            assertThat(Projects.awaitFinished(admin, project)
                            .path("generation")
                            .path("state")
                            .asString())
                    .isEqualTo("succeeded");
            var engine = admin.put("/api/v1/projects/" + project + "/engine", Map.of("engine", "ai"));
            assertThat(engine.status()).as(engine.body()).isEqualTo(200);
        }
        // Each case starts from locations without pictures, a library without them and no pictures made yet.
        UUID id = UUID.fromString(project);
        jdbc.update(
                "update content_items set data = data - 'photo' where project_id = ? and type_key = 'location'", id);
        jdbc.update(
                "update published_items set data = data - 'photo' where project_id = ? and type_key = 'location'", id);
        jdbc.update("delete from asset_variants where project_id = ?", id);
        jdbc.update("delete from assets where project_id = ?", id);
        jdbc.update("delete from ai_usage where project_id = ? and purpose like 'image:%'", id);
        assertThat(admin.patch("/api/v1/projects/" + project, "{\"budgetUsd\": null}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theModelPicturesTheFirstFieldsUpToTheProjectsBudgetAndTheRestAreDrawn() {
        double costBefore = usage().path("costUsd").asDouble();
        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("kind").asString()).isEqualTo("images");
        assertThat(run.path("imagesTotal").asInt()).isEqualTo(12);
        assertThat(run.path("imagesDone").asInt()).isEqualTo(12);
        assertThat(run.path("notices").toString()).contains("budget of 3 pictures from the image model is used up");

        List<JsonNode> photos = photos();
        assertThat(photos)
                .hasSize(12)
                .allSatisfy(
                        photo -> assertThat(photo.path("assetId").asString()).isNotBlank());
        List<JsonNode> byModel = photos.stream()
                .filter(photo -> photo.path("alt").asString().startsWith("Photograph of "))
                .toList();
        assertThat(byModel).hasSize(PER_PROJECT);
        assertThat(photos.stream().filter(photo -> photo.path("alt").asString().startsWith("Illustration of ")))
                .hasSize(9);
        for (JsonNode photo : byModel) {
            JsonNode asset = admin.get("/api/v1/projects/" + project + "/assets/"
                            + photo.path("assetId").asString())
                    .json();
            assertThat(asset.path("width").asInt()).isEqualTo(1536);
            assertThat(asset.path("height").asInt()).isEqualTo(1024);
            assertThat(asset.path("contentType").asString()).isEqualTo("image/webp");
            assertThat(asset.path("alt").asString()).isEqualTo(photo.path("alt").asString());
        }

        // The requests as OpenAI documents them, one picture each, asked for the item it is for.
        List<JsonNode> requests = FAKE.requests();
        assertThat(requests).hasSize(PER_PROJECT).allSatisfy(body -> {
            assertThat(body.path("model").asString()).isEqualTo(MODEL);
            assertThat(body.path("n").asInt()).isEqualTo(1);
            assertThat(body.path("size").asString()).isEqualTo("1536x1024");
            assertThat(body.has("response_format")).isFalse();
            assertThat(body.path("prompt").asString())
                    .contains("for the website of")
                    .contains("No text");
        });
        for (JsonNode photo : byModel) {
            assertThat(requests)
                    .anySatisfy(body -> assertThat(body.path("prompt").asString())
                            .startsWith(photo.path("alt").asString()));
        }
        // Priced like text calls: three pictures at $0.011.
        JsonNode usage = usage();
        assertThat(usage.path("costUsd").asDouble() - costBefore)
                .isCloseTo(0.033, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(run.path("usage").path("calls").asInt()).isEqualTo(PER_PROJECT);

        // The budget is per project: a second run asks the model for nothing.
        jdbc.update(
                "update content_items set data = data - 'photo' where project_id = ? and type_key = 'location'",
                UUID.fromString(project));
        JsonNode again = runImages();
        assertThat(again.path("imagesDone").asInt()).isEqualTo(12);
        assertThat(FAKE.requests()).hasSize(PER_PROJECT);
    }

    @Test
    void aDamagedPictureIsRefusedAndItsFieldDrawn() {
        FAKE.answer(FakeOpenAiImages.Answer.DAMAGED);
        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("notices").toString()).contains("3 pictures from the image model could not be used");
        assertAllDrawn();
        assertThat(FAKE.requests()).hasSize(PER_PROJECT);
    }

    @Test
    void aPictureClaimingAHugeCanvasIsRefusedBeforeItIsDecoded() {
        FAKE.answer(FakeOpenAiImages.Answer.HUGE_CANVAS);
        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("notices").toString()).contains("could not be used");
        assertAllDrawn();
    }

    @Test
    void aRefusalEndsTheModelsPartAndEveryFieldIsDrawn() {
        FAKE.answer(FakeOpenAiImages.Answer.REFUSED);
        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("notices").toString())
                .contains("The image model refused the request (HTTP 400: Your request "
                        + "was rejected as a result of our safety system");
        assertAllDrawn();
        // The first calls under way at once, then no more.
        assertThat(FAKE.requests()).hasSize(2);
        assertThat(run.path("usage").path("calls").asInt()).isZero();
    }

    @Test
    void aModelThatDoesNotAnswerInTimeEndsItsPartAndEveryFieldIsDrawn() {
        FAKE.answer(FakeOpenAiImages.Answer.SLOW);
        long started = System.nanoTime();
        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("notices").toString()).contains("The image model did not answer within 20 s");
        assertAllDrawn();
        assertThat(FAKE.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
    }

    @Test
    void aReachedDollarBudgetEndsTheModelsPart() {
        // Room for less than two pictures' price (budgets are whole cents): the first two, asked at once, pass it.
        double spent = usage().path("costUsd").asDouble();
        String asked = new java.math.BigDecimal(spent)
                .setScale(2, java.math.RoundingMode.CEILING)
                .add(new java.math.BigDecimal("0.01"))
                .toPlainString();
        var patched = admin.patch("/api/v1/projects/" + project, "{\"budgetUsd\": " + asked + "}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        String budget = patched.json().path("budgetUsd").decimalValue().toPlainString();

        JsonNode run = runImages();

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("notices").toString())
                .contains("The project's budget of $" + budget + " is reached")
                .contains("the other 10 pictures are drawn illustrations");
        assertThat(FAKE.requests()).hasSize(2);
        List<JsonNode> photos = photos();
        assertThat(photos).hasSize(12);
        assertThat(photos.stream().filter(photo -> photo.path("alt").asString().startsWith("Photograph of ")))
                .hasSize(2);
    }

    /** Starts an images run for the locations and waits until it is done; returns the run as the API shows it. */
    private JsonNode runImages() {
        var started = admin.post("/api/v1/projects/" + project + "/images", Map.of("type", "location"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().path("runId").asString();
        return await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> admin.get("/api/v1/projects/" + project).json().path("generation"),
                        run -> run.path("runId").asString().equals(runId)
                                && List.of("succeeded", "failed", "stopped")
                                        .contains(run.path("state").asString()));
    }

    private JsonNode usage() {
        return admin.get("/api/v1/projects/" + project).json().path("usage");
    }

    private List<JsonNode> photos() {
        JsonNode items = admin.get("/api/v1/projects/" + project + "/items?type=location&size=50")
                .json()
                .path("items");
        List<JsonNode> photos = new ArrayList<>();
        items.forEach(item -> photos.add(item.path("data").path("photo")));
        return photos;
    }

    private void assertAllDrawn() {
        List<JsonNode> photos = photos();
        assertThat(photos).hasSize(12).allSatisfy(photo -> {
            assertThat(photo.path("assetId").asString()).isNotBlank();
            assertThat(photo.path("alt").asString()).startsWith("Illustration of ");
        });
    }
}
