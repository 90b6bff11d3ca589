package com.sitewright.ai;

import com.sitewright.contentmodel.ContentKind;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldType;
import com.sitewright.contentmodel.ModelRules;
import com.sitewright.contentmodel.Validations;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AI service's fast failures and the studio's model rules, without a studio around them. */
class AiServiceTest {

    @Test
    void anUnreachableEndpointFailsWithinSecondsWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AiService service = service("http://127.0.0.1:" + closedPort + "/v1", "sk-test-key");

        long start = System.nanoTime();
        assertThatThrownBy(() -> service.designContentModel("Build me a coffee shop website", 20))
                .isInstanceOf(AiGenerationException.class)
                .hasMessageContaining("could not be reached")
                .hasMessageNotContaining("sk-test-key");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void withoutAKeyTheServiceSaysSoAndCallsNothing() {
        AiService service = service("http://127.0.0.1:9/v1", "");
        assertThat(service.isConfigured()).isFalse();
        assertThatThrownBy(() -> service.designContentModel("Build me a bakery website", 20))
                .isInstanceOf(AiGenerationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void modelRulesReportDuplicatesMissingTargetsAndTooFewTypes() {
        List<ContentTypeDefinition> types = new ArrayList<>();
        types.add(new ContentTypeDefinition("homePage", "Home", ContentKind.PAGE, null, List.of(
                field("title", FieldType.TEXT, List.of()),
                field("title", FieldType.TEXT, List.of()),
                field("author", FieldType.REFERENCE, List.of("writer")),
                field("sections", FieldType.BLOCKS, List.of("homePage")),
                new FieldDefinition("mood", "Mood", FieldType.ENUM, false, false, Validations.NONE, List.of()))));
        types.add(new ContentTypeDefinition("homePage", "Home again", ContentKind.PAGE, null,
                List.of(field("title", FieldType.TEXT, List.of()))));

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
        types.add(new ContentTypeDefinition("hero", "Hero", ContentKind.COMPONENT, null,
                List.of(field("heading", FieldType.TEXT, List.of()))));
        for (int i = 0; i < 19; i++) {
            types.add(new ContentTypeDefinition("page" + i, "Page " + i, ContentKind.PAGE, null, List.of(
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
                .options(OpenAiChatOptions.builder().baseUrl(baseUrl).apiKey(key).model("test-model")
                        .maxRetries(2).timeout(Duration.ofSeconds(5)).build())
                .build();
        return new AiService(ChatClient.builder(model), JsonMapper.builder().build(), key, "test-model", 3);
    }
}
