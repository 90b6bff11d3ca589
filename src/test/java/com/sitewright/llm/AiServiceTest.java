package com.sitewright.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ModelRules;
import com.sitewright.model.Validations;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import tools.jackson.databind.json.JsonMapper;

/** The AI service's fast failures and the studio's model rules, without a studio around them. */
class AiServiceTest {

    private static final AiCall CALL = AiCall.designing(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void anUnreachableEndpointFailsWithinSecondsWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AiService service = service("http://127.0.0.1:" + closedPort + "/v1", "sk-test-key");

        long start = System.nanoTime();
        assertThatThrownBy(() -> service.designContentModel(CALL, "Build me a coffee shop website", 20))
                .isInstanceOf(AiGenerationException.class)
                .hasMessageContaining("could not be reached")
                .hasMessageNotContaining("sk-test-key");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anEndpointThatAcceptsConnectionsButNeverAnswersFailsTheCheckWithinSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            AiService service = service("http://127.0.0.1:" + silent.getLocalPort() + "/v1", "sk-test-key");
            long start = System.nanoTime();
            assertThatThrownBy(service::checkReachable)
                    .isInstanceOf(AiGenerationException.class)
                    .hasMessageContaining("did not answer within");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void pricesMatchDatedModelNamesAndUnknownModelsCostNothing() {
        AiSettings settings = settings(Map.of(
                "gpt-4o-mini",
                new AiSettings.Price(new BigDecimal("0.15"), new BigDecimal("0.60")),
                "gpt-4o",
                new AiSettings.Price(new BigDecimal("2.50"), new BigDecimal("10.00"))));
        assertThat(settings.costOf("gpt-4o-mini", 1_000_000, 1_000_000)).isEqualByComparingTo("0.75");
        assertThat(settings.costOf("gpt-4o-mini-2024-07-18", 2_000, 1_000)).isEqualByComparingTo("0.0009");
        assertThat(settings.costOf("gpt-4o-2024-08-06", 1_000_000, 0)).isEqualByComparingTo("2.50");
        assertThat(settings.priceOf("llama3")).isEmpty();
        assertThat(settings.costOf("llama3", 5_000, 5_000)).isZero();
    }

    @Test
    void withoutAKeyTheServiceSaysSoAndCallsNothing() {
        AiService service = service("http://127.0.0.1:9/v1", "");
        assertThat(service.isConfigured()).isFalse();
        assertThatThrownBy(() -> service.designContentModel(CALL, "Build me a bakery website", 20))
                .isInstanceOf(AiGenerationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void modelRulesReportDuplicatesMissingTargetsAndTooFewTypes() {
        List<ContentTypeDefinition> types = new ArrayList<>();
        types.add(new ContentTypeDefinition(
                "homePage",
                "Home",
                ContentKind.PAGE,
                null,
                List.of(
                        field("title", FieldType.TEXT, List.of()),
                        field("title", FieldType.TEXT, List.of()),
                        field("author", FieldType.REFERENCE, List.of("writer")),
                        field("sections", FieldType.BLOCKS, List.of("homePage")),
                        new FieldDefinition(
                                "mood", "Mood", FieldType.ENUM, false, false, Validations.NONE, List.of()))));
        types.add(new ContentTypeDefinition(
                "homePage", "Home again", ContentKind.PAGE, null, List.of(field("title", FieldType.TEXT, List.of()))));

        List<String> errors = ModelRules.check(types, 20);

        assertThat(errors).anyMatch(e -> e.contains("at least 20"));
        assertThat(errors).anyMatch(e -> e.contains("\"homePage\" is used more than once"));
        assertThat(errors).anyMatch(e -> e.contains("homePage.title is defined more than once"));
        assertThat(errors).anyMatch(e -> e.contains("\"writer\", which is not a type of the model"));
        assertThat(errors).anyMatch(e -> e.contains("blocks may only hold component types"));
        assertThat(errors).anyMatch(e -> e.contains("allowedValues"));
    }

    @Test
    void aSoundModelPassesTheRules() {
        List<ContentTypeDefinition> types = new ArrayList<>();
        types.add(new ContentTypeDefinition(
                "hero", "Hero", ContentKind.COMPONENT, null, List.of(field("heading", FieldType.TEXT, List.of()))));
        for (int i = 0; i < 19; i++) {
            types.add(new ContentTypeDefinition(
                    "page" + i,
                    "Page " + i,
                    ContentKind.PAGE,
                    null,
                    List.of(
                            field("title", FieldType.TEXT, List.of()),
                            field("sections", FieldType.BLOCKS, List.of("hero")))));
        }
        assertThat(ModelRules.check(types, 20)).isEmpty();
    }

    private static FieldDefinition field(String key, FieldType type, List<String> targets) {
        return new FieldDefinition(key, key, type, false, false, Validations.NONE, targets);
    }

    private static AiService service(String baseUrl, String key) {
        OpenAiChatModel model = OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder()
                        .baseUrl(baseUrl)
                        .apiKey(key)
                        .model("test-model")
                        .maxRetries(2)
                        .timeout(Duration.ofSeconds(5))
                        .build())
                .build();
        // No call gets an answer here, so no usage is ever recorded.
        return new AiService(
                ChatClient.builder(model),
                JsonMapper.builder().build(),
                null,
                settings(Map.of()),
                key,
                "test-model",
                baseUrl);
    }

    private static AiSettings settings(Map<String, AiSettings.Price> prices) {
        return new AiSettings(
                3,
                null,
                Duration.ofSeconds(5),
                prices,
                new AiSettings.Items(20, 8, 3, Duration.ofSeconds(2), 25, 40),
                new AiSettings.Images(
                        "",
                        "",
                        "1536x1024",
                        "",
                        24,
                        4,
                        Duration.ofSeconds(120),
                        2,
                        org.springframework.util.unit.DataSize.ofMegabytes(10),
                        16_777_216,
                        Map.of()));
    }
}
