package com.sitewright.rewriting;

import com.sitewright.content.ContentItemRow;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiUsageService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks the language model to rewrite one field of a batch of items, and reads back the values it answers with. */
@Component
class ModelRewriter {

    private static final Logger log = LoggerFactory.getLogger(ModelRewriter.class);

    private final ChatModel model;
    private final AiService ai;
    private final AiUsageService usage;
    private final JsonMapper json;

    ModelRewriter(ChatModel model, AiService ai, AiUsageService usage, JsonMapper json) {
        this.model = model;
        this.ai = ai;
        this.usage = usage;
        this.json = json;
    }

    /** Whether a language model is configured to rewrite with. */
    boolean isConfigured() {
        return ai.isConfigured();
    }

    /** One call per batch; an answer for an item not in the batch, or not text, is ignored. */
    Map<UUID, String> rewrite(
            UUID projectId,
            ContentTypeDefinition type,
            FieldDefinition field,
            RewriteRequest request,
            List<ContentItemRow> batch) {
        List<Map<String, String>> items = new ArrayList<>();
        for (ContentItemRow item : batch) {
            if (item.data().get(field.key()) instanceof String text) {
                String value =
                        text.length() > RewritePrompts.MAX_VALUE ? text.substring(0, RewritePrompts.MAX_VALUE) : text;
                items.add(Map.of("id", item.id().toString(), "value", value));
            }
        }
        if (items.isEmpty()) {
            return Map.of();
        }
        ChatResponse response;
        try {
            response = model.call(new Prompt(
                    List.of(
                            new SystemMessage(
                                    RewritePrompts.system(type.displayName(), field.label(), request.maxLength())),
                            new UserMessage(RewritePrompts.request(
                                    request.instruction(), items, json.writeValueAsString(items)))),
                    OpenAiChatOptions.builder()
                            .model(ai.modelName())
                            .responseFormat(OpenAiChatModel.ResponseFormat.builder()
                                    .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                                    .jsonSchema(RewritePrompts.SCHEMA)
                                    .strict(false)
                                    .build())
                            .build()));
        } catch (RuntimeException e) {
            throw AiGenerationException.explain(e);
        }
        var used = response.getMetadata().getUsage();
        usage.record(
                new AiCall(projectId, null, "rewrite"),
                ai.modelName(),
                used == null || used.getPromptTokens() == null ? 0 : used.getPromptTokens(),
                used == null || used.getCompletionTokens() == null ? 0 : used.getCompletionTokens());
        Map<UUID, String> values = new HashMap<>();
        String text = response.getResult() == null
                ? ""
                : response.getResult().getOutput().getText();
        try {
            for (JsonNode entry : json.readTree(text == null ? "" : text).path("items")) {
                UUID id = UUID.fromString(entry.path("id").asString());
                boolean asked = batch.stream().anyMatch(item -> item.id().equals(id));
                if (asked
                        && entry.path("value").isString()
                        && !entry.path("value").asString().isBlank()) {
                    values.put(id, entry.path("value").asString().strip());
                }
            }
        } catch (JacksonException | IllegalArgumentException e) {
            log.info("A rewrite answer could not be read; its batch is left unchanged");
        }
        return values;
    }
}
