package com.sitewright.ai;

import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.ModelRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The studio's use of an OpenAI-compatible model. Today: designing a project's content model as
 * structured output. An answer is checked against the JSON schema and then the studio's model rules;
 * a broken one is sent back with its errors a bounded number of times, and an invalid model is never
 * returned. Transport faults (wrong key, unreachable endpoint, rate limits) end with a clear message;
 * the client itself retries 429s honouring Retry-After.
 */
@Service
public class AiService {

    private static final Logger log = LoggerFactory.getLogger(AiService.class);

    private final ChatClient chat;
    private final JsonMapper json;
    private final boolean configured;
    private final String model;
    private final int attempts;

    AiService(ChatClient.Builder chat, JsonMapper json,
              @Value("${spring.ai.openai.api-key:}") String apiKey,
              @Value("${spring.ai.openai.chat.model:}") String model,
              @Value("${sitewright.ai.model-attempts:3}") int attempts) {
        this.chat = chat.build();
        this.json = json;
        // Only whether a key exists is kept: the key itself stays inside the client.
        this.configured = apiKey != null && !apiKey.isBlank();
        this.model = model;
        this.attempts = Math.max(1, attempts);
    }

    /** Whether an API key is configured, so that projects can be generated with the AI engine. */
    public boolean isConfigured() {
        return configured;
    }

    /** The chat model's name, as configured. */
    public String modelName() {
        return model;
    }

    /**
     * A content model for the prompt, valid by the schema and the studio's rules, with at least
     * {@code minimumTypes} types.
     *
     * @throws AiGenerationException when the endpoint fails or no valid model came back within the attempts
     */
    public List<ContentTypeDefinition> designContentModel(String prompt, int minimumTypes) {
        if (!configured) {
            throw new AiGenerationException("No OpenAI API key is configured (OPENAI_API_KEY), so the AI engine is unavailable.");
        }
        List<Message> conversation = new ArrayList<>(List.of(
                new SystemMessage(ModelPrompts.system(minimumTypes, ModelSchema.FIELD_TYPES)),
                new UserMessage(ModelPrompts.request(prompt))));
        List<String> errors = List.of();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            ChatResponse response = call(conversation);
            String answer = response.getResult() == null ? "" : response.getResult().getOutput().getText();
            String finish = response.getResult() == null ? null : response.getResult().getMetadata().getFinishReason();
            Checked checked = check(answer, finish, minimumTypes);
            if (checked.errors().isEmpty()) {
                return checked.types();
            }
            errors = checked.errors();
            log.info("Content-model answer {} of {} was not usable: {} problem(s), first: {}", attempt, attempts,
                    errors.size(), errors.getFirst());
            // Only the latest answer and its errors are sent back, so the conversation stays small.
            conversation = new ArrayList<>(conversation.subList(0, 2));
            conversation.add(new AssistantMessage(ModelPrompts.previousAnswer(answer)));
            conversation.add(new UserMessage(ModelPrompts.correction(errors)));
        }
        throw new AiGenerationException("The model did not return a valid content model in " + attempts
                + " attempts. Last problems: " + String.join("; ", errors.subList(0, Math.min(5, errors.size())))
                + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : "") + ".");
    }

    private ChatResponse call(List<Message> conversation) {
        try {
            return chat.prompt()
                    .messages(conversation)
                    .options(OpenAiChatOptions.builder().responseFormat(OpenAiChatModel.ResponseFormat.builder()
                            .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                            .jsonSchema(ModelSchema.text())
                            // Not strict: strict mode demands every property be required, and some
                            // OpenAI-compatible servers reject it; the answer is checked here instead.
                            .strict(false)
                            .build()))
                    .call()
                    .chatResponse();
        } catch (RuntimeException e) {
            throw AiGenerationException.explain(e);
        }
    }

    private record Checked(List<ContentTypeDefinition> types, List<String> errors) {
    }

    private Checked check(String answer, String finishReason, int minimumTypes) {
        if ("length".equalsIgnoreCase(finishReason)) {
            return failed("the answer was cut off before the JSON object ended (token limit reached); "
                    + "keep descriptions short so the whole model fits");
        }
        String text = unwrap(answer);
        if (text.isEmpty()) {
            return failed("the answer was empty; answer with the JSON object");
        }
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JacksonException e) {
            return failed(text.startsWith("{")
                    ? "the answer is not complete JSON (it stops or breaks at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"
                    : "the answer was prose, not a JSON object; answer with the JSON object only");
        }
        if (tree == null || !tree.isObject()) {
            return failed("the answer is not a JSON object with a \"types\" array");
        }
        List<String> schemaErrors = ModelSchema.check(tree);
        if (!schemaErrors.isEmpty()) {
            return new Checked(List.of(), schemaErrors);
        }
        List<ContentTypeDefinition> types;
        try {
            types = json.treeToValue(tree, Answer.class).types();
        } catch (JacksonException e) {
            return failed("the JSON does not describe content types: " + e.getOriginalMessage());
        }
        return new Checked(types, ModelRules.check(types, minimumTypes));
    }

    /** The shape of an answer: {"types": [...]}. */
    private record Answer(List<ContentTypeDefinition> types) {
    }

    private static Checked failed(String error) {
        return new Checked(List.of(), List.of(error));
    }

    /** A small repair: models often wrap JSON in a Markdown code fence despite being told not to. */
    private static String unwrap(String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.startsWith("```")) {
            int start = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (start > 0 && end > start) {
                text = text.substring(start + 1, end).strip();
            }
        }
        return text;
    }
}
