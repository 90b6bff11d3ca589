package com.sitewright.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AI engine against a fake OpenAI server that speaks the chat-completions API
 * (POST /v1/chat/completions, the documented request and response shapes), driven by the real
 * Spring AI client: valid structured output, repair after invalid output, giving up after bounded
 * re-asks, a rejected key, and a rate limit with Retry-After.
 */
@IntegrationTest
class AiGenerationIT {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";
    private static final String KEY = "sk-test-0123456789";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final WireMockServer OPENAI = new WireMockServer(options().dynamicPort());

    static {
        OPENAI.start();
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("spring.ai.openai.api-key", () -> KEY);
        registry.add("spring.ai.openai.chat.model", () -> "test-model-mini");
    }

    @AfterAll
    static void stop() {
        OPENAI.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    OfflineGenerator generator;

    @Autowired
    IntentParser intentParser;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        OPENAI.resetAll();
    }

    @Test
    void aValidModelOnTheFirstAnswerGeneratesTheProjectWithTheAiEngine() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(completion(validModel(), "stop")));

        var created = admin.post("/api/v1/projects", Map.of("prompt", PROMPT));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonNode project = Projects.awaitFinished(admin, created.json().path("id").asString());

        assertThat(project.path("generation").path("state").asString()).as(project.toString()).isEqualTo("succeeded");
        assertThat(project.path("engine").asString()).isEqualTo("ai");
        assertThat(project.path("model").asString()).isEqualTo("test-model-mini");
        assertThat(project.path("contentTypes").asInt()).isGreaterThanOrEqualTo(20);
        // The designed model matches the coffee-shop blueprint's types, so each of them gets its items.
        assertThat(project.path("contentItems").asInt()).isGreaterThanOrEqualTo(2000);

        List<LoggedRequest> requests = OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = json.readTree(requests.getFirst().getBodyAsString());
        assertThat(body.path("model").asString()).isEqualTo("test-model-mini");
        assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_schema");
        assertThat(body.path("response_format").path("json_schema").path("schema").path("properties").has("types")).isTrue();
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").toString()).contains(PROMPT);
    }

    @Test
    void invalidJsonIsRepairedByReAskingWithTheErrors() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(completion("{\"types\": [{\"key\": \"homePage\", \"displayName\": \"Home\", \"kind\": \"page\",",
                        "stop"))
                .willSetStateTo("asked again"));
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs("asked again")
                .willReturn(completion(validModel(), "stop")));

        JsonNode project = createAndAwait();

        assertThat(project.path("generation").path("state").asString()).as(project.toString()).isEqualTo("succeeded");
        assertThat(project.path("contentTypes").asInt()).isGreaterThanOrEqualTo(20);
        List<LoggedRequest> requests = OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(2);
        JsonNode second = json.readTree(requests.get(1).getBodyAsString()).path("messages");
        assertThat(second.get(second.size() - 2).path("role").asString()).isEqualTo("assistant");
        assertThat(second.get(second.size() - 1).path("content").toString())
                .contains("Your answer cannot be used")
                .contains("not complete JSON");
    }

    @Test
    void proseAndCutOffAnswersEndTheRunFailedAfterBoundedAttempts() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("bad").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(completion("Sure! Here is a great content model for your coffee shop: pages, menus and more.",
                        "stop"))
                .willSetStateTo("cut"));
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("bad").whenScenarioStateIs("cut")
                .willReturn(completion(validModel().substring(0, 900), "length")));

        JsonNode project = createAndAwait();

        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("status").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString())
                .contains("did not return a valid content model in 3 attempts")
                .contains("cut off");
        assertThat(project.path("contentTypes").asInt()).isZero();
        assertThat(admin.get("/api/v1/projects/" + project.path("id").asString() + "/content-types").json().size()).isZero();
        List<LoggedRequest> requests = OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).getBodyAsString()).contains("prose");
    }

    @Test
    void aRejectedKeyFailsFastWithAClearMessage() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"message": "Incorrect API key provided: sk-test-****6789.", \
                        "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""")));

        long start = System.nanoTime();
        JsonNode project = createAndAwait();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(project.path("generation").path("state").asString()).isEqualTo("failed");
        assertThat(project.path("generation").path("error").asString())
                .contains("rejected the API key (401)")
                .doesNotContain(KEY);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(1);
    }

    @Test
    void aRateLimitWithRetryAfterIsWaitedOut() {
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error": {"message": "Rate limit reached for requests", "type": "requests", \
                                "param": null, "code": "rate_limit_exceeded"}}"""))
                .willSetStateTo("open"));
        OPENAI.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(completion(validModel(), "stop")));

        JsonNode project = createAndAwait();

        assertThat(project.path("generation").path("state").asString()).as(project.toString()).isEqualTo("succeeded");
        List<LoggedRequest> requests = OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(2);
        long waitedMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(900);
    }

    @Test
    void theOfflineEngineCanStillBeChosen() {
        var created = admin.post("/api/v1/projects", Map.of("prompt", PROMPT, "engine", "offline"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonNode project = Projects.awaitFinished(admin, created.json().path("id").asString());
        assertThat(project.path("generation").path("state").asString()).isEqualTo("succeeded");
        assertThat(project.path("engine").asString()).isEqualTo("offline");
        assertThat(project.path("model").isNull()).isTrue();
        assertThat(OPENAI.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).isEmpty();
    }

    private JsonNode createAndAwait() {
        var created = admin.post("/api/v1/projects", Map.of("prompt", PROMPT, "engine", "ai"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return Projects.awaitFinished(admin, created.json().path("id").asString());
    }

    /** The coffee-shop blueprint's model as the model would answer it: {"types": [...]}. */
    private String validModel() {
        List<ContentTypeDefinition> types = generator.plan(intentParser.parse(PROMPT)).types();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("types", types);
        return json.writeValueAsString(answer);
    }

    /** A chat completion as documented for POST /v1/chat/completions. */
    private ResponseDefinitionBuilder completion(String content, String finishReason) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", finishReason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-test");
        body.put("object", "chat.completion");
        body.put("created", 1_764_000_000);
        body.put("model", "test-model-mini");
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", 900, "completion_tokens", 4000, "total_tokens", 4900));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(json.writeValueAsString(body));
    }
}
