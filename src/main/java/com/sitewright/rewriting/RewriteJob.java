package com.sitewright.rewriting;

import com.sitewright.base.ConflictException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentService;
import com.sitewright.content.InvalidContentException;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiUsageService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.security.ActingUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rewrites the matching items batch by batch, as the person who asked. Each item is saved on its own
 * with the version it was read at, so an edit made meanwhile wins and the item is counted as skipped.
 */
@Component
public class RewriteJob {

    private static final Logger log = LoggerFactory.getLogger(RewriteJob.class);
    private static final int BATCH = 20;

    private final ContentService content;
    private final ModelingService modeling;
    private final ProjectService projects;
    private final AiService ai;
    private final ChatModel model;
    private final AiUsageService usage;
    private final ActingUser acting;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    RewriteJob(
            ContentService content,
            ModelingService modeling,
            ProjectService projects,
            AiService ai,
            ChatModel model,
            AiUsageService usage,
            ActingUser acting,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.content = content;
        this.modeling = modeling;
        this.projects = projects;
        this.ai = ai;
        this.model = model;
        this.usage = usage;
        this.acting = acting;
        this.events = events;
        this.json = json;
    }

    @Job(name = "Rewrite items of project %0", retries = 0)
    public void rewrite(
            UUID projectId,
            UUID userId,
            String typeKey,
            String fieldKey,
            @Nullable String query,
            String instruction,
            @Nullable Integer maxLength) {
        String summary = acting.as(
                userId, () -> run(projectId, new RewriteRequest(typeKey, fieldKey, query, instruction, maxLength)));
        events.publishEvent(new RewriteFinishedEvent(projectId, summary));
    }

    private String run(UUID projectId, RewriteRequest request) {
        ContentTypeDefinition type = modeling.find(projectId, request.type());
        FieldDefinition field = type.field(request.field()).orElse(null);
        if (field == null) {
            return "The rewrite stopped: " + type.displayName() + " no longer has the field \"" + request.field()
                    + "\".";
        }
        boolean byModel = projects.get(projectId).engine() == GenerationEngine.AI && ai.isConfigured();
        // Items are read from a fixed list of IDs, so rewritten items never shift the pages still to read.
        List<UUID> ids = new ArrayList<>();
        var query = RewriteService.query(type, request);
        for (int offset = 0; offset < RewriteService.MAX_ITEMS; offset += 500) {
            List<ContentItemRow> page = content.page(projectId, query, offset, 500);
            page.forEach(row -> ids.add(row.id()));
            if (page.size() < 500) {
                break;
            }
        }
        int changed = 0;
        int unchanged = 0;
        List<String> skipped = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<ContentItemRow> batch = ids.subList(start, Math.min(ids.size(), start + BATCH)).stream()
                    .map(id -> content.get(projectId, id))
                    .toList();
            Map<UUID, String> rewritten;
            try {
                rewritten = byModel ? ask(projectId, type, field, request, batch) : shortened(field, request, batch);
            } catch (AiGenerationException e) {
                log.warn("Rewrite for project {} stopped: {}", projectId, e.getMessage());
                return "The rewrite stopped after " + changed + " of " + ids.size() + " items: " + e.getMessage()
                        + " The items rewritten so far are kept.";
            }
            for (ContentItemRow item : batch) {
                String value = rewritten.get(item.id());
                Object current = item.data().get(field.key());
                if (value == null || value.equals(current)) {
                    unchanged++;
                    continue;
                }
                Map<String, Object> data = new LinkedHashMap<>(item.data());
                data.put(field.key(), value);
                try {
                    content.update(projectId, item.id(), data, item.version());
                    changed++;
                } catch (ConflictException | InvalidContentException e) {
                    skipped.add(item.title() + " (" + e.getMessage() + ")");
                }
            }
        }
        return "Rewrote the " + Character.toLowerCase(field.label().charAt(0))
                + field.label().substring(1) + " of " + changed + " " + type.displayName() + " items"
                + (unchanged > 0 ? "; " + unchanged + " needed no change" : "")
                + (skipped.isEmpty()
                        ? "."
                        : "; skipped " + skipped.size() + ": "
                                + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                                + (skipped.size() > 5 ? ", …" : "") + ".");
    }

    private static Map<UUID, String> shortened(
            FieldDefinition field, RewriteRequest request, List<ContentItemRow> batch) {
        // The service refuses shortening without a model unless a length is given.
        int maxLength = Objects.requireNonNull(request.maxLength(), "maxLength");
        Map<UUID, String> values = new HashMap<>();
        for (ContentItemRow item : batch) {
            if (item.data().get(field.key()) instanceof String text) {
                values.put(item.id(), Shortener.shorten(text, maxLength));
            }
        }
        return values;
    }

    /** One call per batch; an answer for an item not in the batch, or not text, is ignored. */
    private Map<UUID, String> ask(
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
