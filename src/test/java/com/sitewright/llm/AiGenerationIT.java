package com.sitewright.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.browser.BrowserSession;
import com.sitewright.generation.GenerationJob;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.support.ApiClient;
import com.sitewright.support.FakeOpenAi;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AI engine against a fake OpenAI server that speaks the chat-completions API
 * (POST /v1/chat/completions, the documented request and response shapes), driven by the real Spring AI
 * client. The content model: valid structured output, repair after invalid output, giving up after bounded
 * re-asks, a rejected key, a rate limit with Retry-After, an unreachable or silent endpoint. The items, written
 * by the model from a schema derived from each type: a full coffee shop, faults mid-run, resuming a cut-off run,
 * the budget, "generate more", and the usage and cost of every call.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AiGenerationIT {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";
    private static final String KEY = "sk-test-0123456789";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String DESIGN = "$.response_format.json_schema.schema.properties.types";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeOpenAi FAKE = new FakeOpenAi(AiGenerationIT::validModel);
    private static final WireMockServer OPENAI =
            new WireMockServer(options().dynamicPort().containerThreads(40).extensions(FAKE));

    static {
        OPENAI.start();
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("spring.ai.openai.api-key", () -> KEY);
        registry.add("spring.ai.openai.chat.model", () -> "test-model-mini");
        registry.add("spring.ai.openai.max-retries", () -> "1");
        registry.add("sitewright.ai.connect-timeout", () -> "2s");
        registry.add("sitewright.ai.items.backoff", () -> "200ms");
        registry.add("sitewright.ai.prices.test-model-mini.input-per-million", () -> "0.15");
        registry.add("sitewright.ai.prices.test-model-mini.output-per-million", () -> "0.60");
    }

    @AfterAll
    static void stop() {
        OPENAI.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GenerationJob job;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        OPENAI.resetAll();
        FAKE.reset();
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(FakeOpenAi.NAME)));
    }

    // ---- the content model ------------------------------------------------------------------------

    @Test
    void aValidModelOnTheFirstAnswerGeneratesTheProjectWithTheAiEngine() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT));

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(project.path("engine").asString()).isEqualTo("ai");
        assertThat(project.path("model").asString()).isEqualTo("test-model-mini");
        List<LoggedRequest> designs = designCalls();
        assertThat(designs).hasSize(1);
        assertThat(designs.getFirst().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = JSON.readTree(designs.getFirst().getBodyAsString());
        assertThat(body.path("model").asString()).isEqualTo("test-model-mini");
        assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_schema");
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").toString()).contains(PROMPT);
    }

    @Test
    void invalidJsonIsRepairedByReAskingWithTheErrors() {
        OPENAI.stubFor(designStub()
                .inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(completion(
                        "{\"types\": [{\"key\": \"homePage\", \"displayName\": \"Home\", \"kind\": \"page\",", "stop"))
                .willSetStateTo("asked again"));
        OPENAI.stubFor(designStub()
                .inScenario("repair")
                .whenScenarioStateIs("asked again")
                .willReturn(completion(validModel(), "stop")));

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(project.path("contentTypes").asInt()).isGreaterThanOrEqualTo(20);
        List<LoggedRequest> requests = designCalls();
        assertThat(requests).hasSize(2);
        JsonNode second = JSON.readTree(requests.get(1).getBodyAsString()).path("messages");
        assertThat(second.get(second.size() - 2).path("role").asString()).isEqualTo("assistant");
        assertThat(second.get(second.size() - 1).path("content").toString())
                .contains("Your answer cannot be used")
                .contains("not complete JSON");
    }

    @Test
    void proseAndCutOffAnswersEndTheRunFailedAfterBoundedAttempts() {
        OPENAI.stubFor(designStub()
                .inScenario("bad")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(completion(
                        "Sure! Here is a great content model for your coffee shop: pages, menus and more.", "stop"))
                .willSetStateTo("cut"));
        OPENAI.stubFor(designStub()
                .inScenario("bad")
                .whenScenarioStateIs("cut")
                .willReturn(completion(validModel().substring(0, 900), "length")));

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("status").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString())
                .contains("did not return a valid content model in 3 attempts")
                .contains("cut off");
        assertThat(project.path("contentTypes").asInt()).isZero();
        assertThat(admin.get("/api/v1/projects/" + project.path("id").asString() + "/content-types")
                        .json()
                        .size())
                .isZero();
        List<LoggedRequest> requests = designCalls();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).getBodyAsString()).contains("prose");
        // Unusable answers cost as much as usable ones: all three are recorded.
        assertThat(project.path("usage").path("calls").asInt()).isEqualTo(3);
    }

    @Test
    void aRejectedKeyFailsFastWithAClearMessage(CapturedOutput output) {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"error": {"message": "Incorrect API key provided: sk-test-****6789.", \
                        "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""")));

        long start = System.nanoTime();
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString())
                .contains("rejected the API key (401)")
                .doesNotContain(KEY);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(1);
        // The failure is logged, the key is not.
        assertThat(output.getAll()).contains("rejected the API key (401)").doesNotContain(KEY);
    }

    @Test
    void aRateLimitWithRetryAfterIsWaitedOut() {
        OPENAI.stubFor(designStub()
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error": {"message": "Rate limit reached for requests", "type": "requests", \
                                "param": null, "code": "rate_limit_exceeded"}}"""))
                .willSetStateTo("open"));
        OPENAI.stubFor(designStub()
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(completion(validModel(), "stop")));

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        List<LoggedRequest> requests = designCalls();
        assertThat(requests).hasSize(2);
        long waitedMillis = requests.get(1).getLoggedDate().getTime()
                - requests.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(900);
    }

    @Test
    void anEndpointThatDropsConnectionsFailsTheRunWithinAMinute() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        long start = System.nanoTime();
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString()).contains("could not be reached");
    }

    @Test
    void anEndpointThatAcceptsConnectionsButNeverAnswersFailsTheRunWithinAMinute() {
        OPENAI.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(30_000)));

        long start = System.nanoTime();
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString()).contains("did not answer within");
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).isEmpty();
    }

    @Test
    void theOfflineEngineCanStillBeChosen() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "offline"));
        assertThat(project.path("generation").path("state").asString()).isEqualTo("succeeded");
        assertThat(project.path("engine").asString()).isEqualTo("offline");
        assertThat(project.path("model").isNull()).isTrue();
        assertThat(project.path("usage").path("calls").asInt()).isZero();
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).isEmpty();
    }

    // ---- the site's theme --------------------------------------------------------------------------

    @Test
    void theModelChoosesTheSiteThemeAndAHardToReadOneIsSentBackWithItsContrastProblems() {
        FAKE.themeAnswers("""
                {"primary": "#f4f1ea", "accent": "#e9b872", "background": "#fffaf2", "text": "#c9c2b8", \
                "headingFont": "serif", "bodyFont": "sans", "headerStyle": "solid", "cardStyle": "shadow", "radius": "medium"}""");

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        UUID id = UUID.fromString(project.path("id").asString());

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        List<LoggedRequest> themes = themeCalls();
        assertThat(themes).hasSize(2);
        JsonNode first = JSON.readTree(themes.getFirst().getBodyAsString());
        // The model chooses among the fonts and layouts the site generator has, and knows what the site is.
        assertThat(first.at("/response_format/json_schema/schema/properties/headingFont/enum")
                        .toString())
                .contains("\"serif\"", "\"rounded\"", "\"mono\"");
        assertThat(first.at("/response_format/json_schema/schema/properties/radius/enum")
                        .toString())
                .contains("\"large\"");
        assertThat(lastMessage(themes.getFirst())).contains(PROMPT);
        assertThat(lastMessage(themes.get(1)))
                .contains("text #c9c2b8 against background #fffaf2 has a contrast of 1.7:1; it needs at least 4.5:1")
                .contains("primary #f4f1ea against background");
        // The second, readable answer is the site's theme, with the chosen styles' font stacks.
        JsonNode stored = JSON.readTree(
                jdbc.queryForObject("select theme::text from site_themes where project_id = ?", String.class, id));
        assertThat(stored.path("primary").asString()).isEqualTo("#7a3e1d");
        assertThat(stored.path("background").asString()).isEqualTo("#fffaf2");
        assertThat(stored.path("headingFont").asString()).contains("serif");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ai_usage where project_id = ? and purpose = 'theme'", Integer.class, id))
                .isEqualTo(2);
        assertThat(project.path("generation").path("notices").toString()).doesNotContain("theme");

        // The chat shows the look under its "Ready" message.
        try (BrowserSession browser = new BrowserSession(port)) {
            Page page = browser.newPage();
            browser.signIn("admin", "admin-test-password");
            page.navigate(browser.url("/chat/" + id));
            Locator look = page.locator(".site-look");
            PlaywrightAssertions.assertThat(look).containsText("Look chosen by the model");
            PlaywrightAssertions.assertThat(look).containsText("Serif headings");
            PlaywrightAssertions.assertThat(look.getByRole(
                            AriaRole.IMG, new Locator.GetByRoleOptions().setName("Primary colour #7a3e1d")))
                    .isVisible();
            browser.shot("chat-ai-site-look");
        }
    }

    @Test
    void aThemeThatStaysUnusableLeavesTheDefaultLookAndSaysSoWithoutFailingTheRun() {
        String unreadable = """
                {"primary": "#ffffff", "accent": "#ffffff", "background": "#ffffff", "text": "#fefefe", \
                "headingFont": "serif", "bodyFont": "sans", "headerStyle": "solid", "cardStyle": "shadow", "radius": "medium"}""";
        FAKE.themeAnswers(
                unreadable,
                "What a lovely idea! I would suggest warm browns and a cosy serif.",
                unreadable.replace("\"serif\"", "\"comic\""));

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        UUID id = UUID.fromString(project.path("id").asString());

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(project.path("contentItems").asInt()).as(project.toString()).isGreaterThanOrEqualTo(2000);
        assertThat(themeCalls()).hasSize(3);
        assertThat(lastMessage(themeCalls().get(2))).contains("prose");
        assertThat(jdbc.queryForObject("select count(*) from site_themes where project_id = ?", Integer.class, id))
                .isZero();
        assertThat(project.path("generation").path("notices").toString())
                .contains("The model's theme could not be used (")
                .contains("default look");
    }

    // ---- items written by the model ----------------------------------------------------------------

    @Test
    void aCoffeeShopIsWrittenByTheModelWithValidItemsResolvedReferencesUniqueSlugsAndSeo() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        String id = project.path("id").asString();

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(project.path("contentTypes").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(project.path("contentItems").asInt()).isGreaterThanOrEqualTo(2000);
        Content content = readAll(id);
        assertThat(content.items()).hasSize(project.path("contentItems").asInt());
        content.assertValid(true);

        // Every prompt stays bounded: a sample of candidates per referenced type, never all items.
        List<LoggedRequest> items = itemCalls();
        assertThat(items).hasSizeGreaterThanOrEqualTo(2000 / 20);
        for (LoggedRequest request : items) {
            String prompt = lastMessage(request);
            assertThat(request.getBodyAsString().length()).isLessThan(40_000);
            assertThat(prompt.lines()
                            .filter(line -> line.startsWith("- menuItem/"))
                            .count())
                    .isLessThanOrEqualTo(25);
        }

        // Usage: every call is recorded, and adds up per run and per project.
        List<LoggedRequest> all = OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        UUID projectId = UUID.fromString(id);
        assertThat(jdbc.queryForObject("select count(*) from ai_usage where project_id = ?", Integer.class, projectId))
                .isEqualTo(all.size());
        BigDecimal perCall = jdbc.queryForObject(
                "select sum(cost_usd) from ai_usage where project_id = ?", BigDecimal.class, projectId);
        long promptTokens = all.stream()
                .mapToLong(request -> request.getBodyAsString().length() / 4)
                .sum();
        JsonNode usage = project.path("usage");
        assertThat(usage.path("calls").asInt()).isEqualTo(all.size());
        assertThat(usage.path("promptTokens").asLong()).isEqualTo(promptTokens);
        assertThat(usage.path("priced").asBoolean()).isTrue();
        assertThat(new BigDecimal(usage.path("costUsd").asString()))
                .isEqualByComparingTo(perCall)
                .isPositive();
        assertThat(new BigDecimal(
                        project.path("generation").path("usage").path("costUsd").asString()))
                .isEqualByComparingTo(perCall);
        BigDecimal expected = BigDecimal.valueOf(usage.path("promptTokens").asLong())
                .multiply(new BigDecimal("0.15"))
                .add(BigDecimal.valueOf(usage.path("completionTokens").asLong()).multiply(new BigDecimal("0.60")))
                .movePointLeft(6);
        // Each call's cost is stored to a millionth of a dollar.
        assertThat(perCall.subtract(expected).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.0000005").multiply(BigDecimal.valueOf(all.size())));
    }

    @Test
    void faultsInItemBatchesAreRetriedAndReAskedAndTheRunCompletes() {
        // A prose answer, cut-off JSON, a rate limit with Retry-After and a server error, one after another;
        // and one request that fails more often than the client retries, so the batch itself backs off.
        FAKE.afterItemCalls(
                10,
                FakeOpenAi.Fault.PROSE,
                FakeOpenAi.Fault.TRUNCATED,
                FakeOpenAi.Fault.RATE_LIMITED,
                FakeOpenAi.Fault.SERVER_ERROR);
        FAKE.failRequest(30, 3, FakeOpenAi.Fault.SERVER_ERROR);

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("succeeded");
        assertThat(project.path("contentItems").asInt()).isGreaterThanOrEqualTo(2000);
        readAll(project.path("id").asString()).assertValid(true);
        List<FakeOpenAi.Call> calls = FAKE.calls();
        FakeOpenAi.Call limited =
                calls.stream().filter(call -> call.status() == 429).findFirst().orElseThrow();
        FakeOpenAi.Call retried = calls.stream()
                .filter(call -> call.number() > limited.number() && call.bodyHash() == limited.bodyHash())
                .findFirst()
                .orElseThrow();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.atMillis() - limited.atMillis()).isGreaterThanOrEqualTo(900);
        int failing = calls.stream()
                .filter(call -> call.number() == 30)
                .findFirst()
                .orElseThrow()
                .bodyHash();
        assertThat(calls.stream()
                        .filter(call -> call.number() >= 30 && call.bodyHash() == failing)
                        .map(FakeOpenAi.Call::status))
                .containsExactly(500, 500, 500, 200);
        // The re-asks after prose and cut-off JSON say what was wrong.
        assertThat(itemCalls().stream().map(AiGenerationIT::lastMessage))
                .anyMatch(prompt -> prompt.contains("prose"))
                .anyMatch(prompt -> prompt.contains("not complete JSON"));
    }

    @Test
    void itemAnswersThatStayUnusableFailTheRunKeepingWhatWasWritten() {
        FakeOpenAi.Fault[] prose = new FakeOpenAi.Fault[60];
        java.util.Arrays.fill(prose, FakeOpenAi.Fault.PROSE);
        FAKE.afterItemCalls(12, prose);

        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));

        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString())
                .contains("did not write usable")
                .contains("in 3 attempts")
                .contains("prose")
                .contains("What was generated so far is kept");
        assertThat(project.path("contentItems").asInt()).isGreaterThan(0);
        readAll(project.path("id").asString()).assertValid(true);
    }

    @Test
    void aRejectedKeyMidRunFailsItAndARestartedRunContinuesWithoutDuplicates() {
        FakeOpenAi.Fault[] rejected = new FakeOpenAi.Fault[20];
        java.util.Arrays.fill(rejected, FakeOpenAi.Fault.REJECTED_KEY);
        FAKE.afterItemCalls(40, rejected);

        long start = System.nanoTime();
        JsonNode failed = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(failed.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(failed.path("generation").path("error").asString()).contains("rejected the API key (401)");
        String id = failed.path("id").asString();
        int kept = failed.path("contentItems").asInt();
        assertThat(kept).isGreaterThan(0).isLessThan(2000);

        // A studio that dies mid-run leaves the run running with its committed batches: the job, run again by
        // the run's ID (as JobRunr does after a restart), continues from there.
        UUID runId = UUID.fromString(failed.path("generation").path("runId").asString());
        int batchesBefore =
                jdbc.queryForObject("select count(*) from generation_batches where run_id = ?", Integer.class, runId);
        jdbc.update(
                "update generation_runs set state = 'RUNNING', error = null, finished_at = null where id = ?", runId);
        jdbc.update("update projects set status = 'GENERATING' where id = ?", UUID.fromString(id));
        FAKE.afterItemCalls(0);
        int callsBefore = itemCalls().size();
        job.run(runId);

        JsonNode resumed = admin.get("/api/v1/projects/" + id).json();
        assertThat(resumed.path("generation").path("state").asString())
                .as(resumed.toString())
                .isEqualTo("succeeded");
        assertThat(resumed.path("status").asString()).isEqualTo("ready");
        int batches =
                jdbc.queryForObject("select count(*) from generation_batches where run_id = ?", Integer.class, runId);
        // Only the batches not committed before were asked for again.
        assertThat(itemCalls().size() - callsBefore).isEqualTo(batches - batchesBefore);
        Content content = readAll(id);
        assertThat(content.items()).hasSize(resumed.path("contentItems").asInt());
        assertThat(content.items().size()).isGreaterThanOrEqualTo(2000);
        content.assertValid(true);
    }

    @Test
    void aBudgetStopsTheRunCleanlyKeepingItsItemsAndTheProjectUsable() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai", "budgetUsd", 0.02));
        String id = project.path("id").asString();

        assertThat(project.path("generation").path("state").asString())
                .as(project.toString())
                .isEqualTo("stopped");
        assertThat(project.path("status").asString()).isEqualTo("ready");
        assertThat(project.path("budgetUsd").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(project.path("generation").path("error").asString())
                .startsWith("Budget of $0.02 reached after ")
                .contains("what was generated is kept");
        int items = project.path("contentItems").asInt();
        assertThat(items).isGreaterThan(0).isLessThan(2000);
        assertThat(new BigDecimal(project.path("usage").path("costUsd").asString()))
                .isGreaterThanOrEqualTo(new BigDecimal("0.02"));
        readAll(id).assertValid(true);
        // Usable: its items are there to read, and it can take more once the budget allows.
        assertThat(admin.get("/api/v1/projects/" + id + "/items?size=1")
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(items);
        assertThat(admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "faq", "count", 5))
                        .status())
                .isEqualTo(422);
        assertThat(admin.patch("/api/v1/projects/" + id, "{\"budgetUsd\": -1}").status())
                .isEqualTo(422);
        var raised = admin.patch("/api/v1/projects/" + id, "{\"budgetUsd\": null}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().path("budgetUsd").isNull()).isTrue();
        assertThat(admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "faq", "count", 5))
                        .status())
                .isEqualTo(202);
        assertThat(awaitRun(id).path("state").asString()).isEqualTo("succeeded");
    }

    @Test
    void generateMoreAppendsItemsWrittenByTheModel() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "ai"));
        String id = project.path("id").asString();
        int before = count(id, "menuItem");
        int calls = itemCalls().size();

        var queued = admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "menuItem", "count", 30));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(queued.json().path("type").asString()).isEqualTo("menuItem");
        JsonNode run = awaitRun(id);

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.path("itemsDone").asInt()).isEqualTo(30);
        assertThat(run.path("usage").path("calls").asInt())
                .isEqualTo(itemCalls().size() - calls)
                .isPositive();
        assertThat(count(id, "menuItem")).isEqualTo(before + 30);
        readAll(id).assertValid(true);
    }

    @Test
    void generateMoreAppendsOfflineItemsWithUniqueSlugsAndRefusesBadRequests() {
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "engine", "offline"));
        String id = project.path("id").asString();
        int categories = count(id, "menuCategory");

        assertThat(admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "menuCategory", "count", 20))
                        .status())
                .isEqualTo(202);
        JsonNode run = awaitRun(id);
        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(count(id, "menuCategory")).isEqualTo(categories + 20);
        assertThat(admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "menuItem", "count", 40))
                        .status())
                .isEqualTo(202);
        assertThat(awaitRun(id).path("state").asString()).isEqualTo("succeeded");
        readAll(id).assertValid(false);
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).isEmpty();

        assertThat(admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "menuItem", "count", 0))
                        .status())
                .isEqualTo(422);
        var unknown = admin.post("/api/v1/projects/" + id + "/generate", Map.of("type", "spaceship", "count", 3));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("no content type \\\"spaceship\\\"");
    }

    // ---- in the studio's screens (here rather than in the browser package: they need this class's studio) ----

    @Test
    void theStudioShowsTheCostAgainstTheBudgetSetsTheBudgetAndSaysWhyARunStopped() {
        // A name of its own: this class's other projects are coffee shops of the same name.
        String name = "Budgeted " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode project = createAndAwait(Map.of("prompt", PROMPT, "name", name, "engine", "ai", "budgetUsd", 0.02));
        assertThat(project.path("generation").path("state").asString()).isEqualTo("stopped");
        String id = project.path("id").asString();

        try (BrowserSession browser = new BrowserSession(port)) {
            Page page = browser.newPage();
            browser.signIn("admin", "admin-test-password");
            page.navigate(browser.url("/projects"));
            Locator row = page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByRole(
                                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Budget of " + name))));
            PlaywrightAssertions.assertThat(row.locator(".project-usage")).containsText(" of $0.02");
            PlaywrightAssertions.assertThat(row.locator(".project-usage")).hasAttribute("data-budget", "reached");
            browser.shot("projects-ai-cost");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Budget of " + name))
                    .click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Used so far:");
            page.getByLabel("Budget (US dollars)").fill("-3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("vaadin-big-decimal-field[invalid]"))
                    .isVisible();
            page.getByLabel("Budget (US dollars)").fill("5");
            browser.shot("projects-budget-dialog");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            PlaywrightAssertions.assertThat(row.locator(".project-usage")).containsText(" of $5.00");
            assertThat(admin.get("/api/v1/projects/" + id)
                            .json()
                            .path("budgetUsd")
                            .decimalValue())
                    .isEqualByComparingTo("5.00");

            // The run's card says why it stopped and what its calls used.
            page.navigate(browser.url("/chat/" + id));
            Locator card = page.locator(".progress-card[data-state='stopped']");
            PlaywrightAssertions.assertThat(card).containsText("Budget of $0.02 reached after");
            PlaywrightAssertions.assertThat(card.locator(".progress-usage")).containsText("tokens");
            browser.shot("chat-budget-stopped");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private JsonNode createAndAwait(Map<String, Object> request) {
        var created = admin.post("/api/v1/projects", request);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return Projects.awaitFinished(admin, created.json().path("id").asString());
    }

    /** Waits for the project's latest run (a "generate more") to finish and returns it. */
    private JsonNode awaitRun(String projectId) {
        return await("the run finishing")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> admin.get("/api/v1/projects/" + projectId).json().path("generation"),
                        run -> List.of("succeeded", "failed", "stopped")
                                .contains(run.path("state").asString()));
    }

    private int count(String projectId, String type) {
        return admin.get("/api/v1/projects/" + projectId + "/items?size=1&type=" + type)
                .json()
                .path("total")
                .asInt();
    }

    private static ResponseDefinitionBuilder completion(String content, String finishReason) {
        return FakeOpenAi.completion(content, finishReason, 900, 4000);
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder designStub() {
        return post(urlEqualTo(COMPLETIONS)).atPriority(1).withRequestBody(matchingJsonPath(DESIGN));
    }

    private static List<LoggedRequest> designCalls() {
        return OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath(DESIGN)));
    }

    private static List<LoggedRequest> itemCalls() {
        return OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.items")));
    }

    private static List<LoggedRequest> themeCalls() {
        return OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.primary")));
    }

    private static String lastMessage(LoggedRequest request) {
        JsonNode messages = JSON.readTree(request.getBodyAsString()).path("messages");
        return messages.get(messages.size() - 1).path("content").asString();
    }

    /** The coffee-shop blueprint's model as the model would answer it: {"types": [...]}. */
    private static String validModel() {
        List<ContentTypeDefinition> types =
                new OfflineGenerator().plan(new IntentParser().parse(PROMPT)).types();
        return JSON.writeValueAsString(Map.of("types", types));
    }

    /** Every item of a project, read through the API, with its content model. */
    private Content readAll(String projectId) {
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
        for (JsonNode type :
                admin.get("/api/v1/projects/" + projectId + "/content-types").json()) {
            ContentTypeDefinition definition = JSON.treeToValue(type, ContentTypeDefinition.class);
            types.put(definition.key(), definition);
        }
        List<JsonNode> items = new ArrayList<>();
        for (String type : types.keySet()) {
            for (int page = 0; ; page++) {
                JsonNode answer = admin.get(
                                "/api/v1/projects/" + projectId + "/items?size=500&type=" + type + "&page=" + page)
                        .json();
                answer.path("items").forEach(items::add);
                if ((page + 1) * 500 >= answer.path("total").asInt()) {
                    break;
                }
            }
        }
        return new Content(types, items);
    }

    private record Content(Map<String, ContentTypeDefinition> types, List<JsonNode> items) {

        /**
         * Valid by the content model, references resolved to items of allowed types, slugs unique; items the
         * model wrote also have unique titles and their SEO fields filled.
         */
        void assertValid(boolean writtenByModel) {
            ContentValidator validator = new ContentValidator();
            Map<String, String> typeOfId = new HashMap<>();
            items.forEach(item ->
                    typeOfId.put(item.path("id").asString(), item.path("type").asString()));
            Map<String, Set<String>> slugs = new HashMap<>();
            Map<String, Set<String>> titles = new HashMap<>();
            for (JsonNode item : items) {
                ContentTypeDefinition type = types.get(item.path("type").asString());
                @SuppressWarnings("unchecked")
                Map<String, Object> data = JSON.treeToValue(item.path("data"), LinkedHashMap.class);
                assertThat(validator.validate(type, data, key -> Optional.ofNullable(types.get(key))))
                        .as("%s %s", type.key(), item.path("slug").asString())
                        .isEmpty();
                assertThat(slugs.computeIfAbsent(type.key(), k -> new HashSet<>())
                                .add(item.path("slug").asString()))
                        .as("slug %s of %s is unique", item.path("slug").asString(), type.key())
                        .isTrue();
                assertThat(titles.computeIfAbsent(type.key(), k -> new HashSet<>())
                                        .add(item.path("title").asString().toLowerCase())
                                || !writtenByModel)
                        .as("title %s of %s is unique", item.path("title").asString(), type.key())
                        .isTrue();
                references(type, item.path("data"), typeOfId);
                for (String seo : List.of("seoTitle", "seoDescription")) {
                    if (writtenByModel && type.field(seo).isPresent()) {
                        assertThat(item.path("data").path(seo).asString(""))
                                .as("%s of %s", seo, item.path("slug"))
                                .isNotBlank();
                    }
                }
            }
        }

        private void references(ContentTypeDefinition type, JsonNode data, Map<String, String> typeOfId) {
            for (FieldDefinition field : type.fields()) {
                JsonNode value = data.path(field.key());
                List<String> ids = new ArrayList<>();
                if (field.type() == FieldType.REFERENCE && value.isString()) {
                    ids.add(value.asString());
                } else if (field.type() == FieldType.REFERENCES) {
                    value.forEach(id -> ids.add(id.asString()));
                } else if (field.type() == FieldType.BLOCKS) {
                    value.forEach(
                            block -> references(types.get(block.path("type").asString()), block, typeOfId));
                }
                for (String id : ids) {
                    assertThat(typeOfId)
                            .as("%s.%s points to an item", type.key(), field.key())
                            .containsKey(id);
                    assertThat(field.referenceTypes()).contains(typeOfId.get(id));
                }
            }
        }
    }
}
