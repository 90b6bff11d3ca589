package com.sitewright.llm;

import com.sitewright.base.JobApi;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ModelRules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's use of an OpenAI-compatible model: designing a project's content model and its site's theme and
 * writing batches of items, all as structured output. A content-model answer is checked against the JSON schema and then
 * the studio's model rules; a broken one is sent back with its errors a bounded number of times, and an
 * invalid model is never returned. Item answers are checked for shape here and item by item by the caller.
 * Transport faults (wrong key, unreachable endpoint, rate limits) end with a clear message; the client itself
 * retries 429s honouring Retry-After. Every call's tokens and cost are recorded ({@link AiUsageService}).
 */
@Service
@JobApi
public class AiService {

    private static final Logger log = LoggerFactory.getLogger(AiService.class);

    /** How long the reachability check waits for any answer once connected. */
    private static final Duration CHECK_ANSWER_TIMEOUT = Duration.ofSeconds(5);

    private final ModelClient client;
    private final JsonMapper json;
    private final boolean configured;
    private final String model;
    private final int attempts;
    private final String baseUrl;
    private final Duration connectTimeout;

    AiService(
            ChatClient.Builder chat,
            JsonMapper json,
            AiUsageService usage,
            AiSettings settings,
            @Value("${spring.ai.openai.api-key:}") String apiKey,
            @Value("${spring.ai.openai.chat.model:}") String model,
            @Value("${spring.ai.openai.base-url:}") String baseUrl) {
        this.client = new ModelClient(chat.build(), usage, model);
        this.json = json;
        // Only whether a key exists is kept: the key itself stays inside the client.
        this.configured = apiKey != null && !apiKey.isBlank();
        this.model = model;
        this.attempts = settings.modelAttempts();
        this.baseUrl = baseUrl;
        this.connectTimeout = settings.connectTimeout();
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
    public List<ContentTypeDefinition> designContentModel(AiCall call, String prompt, int minimumTypes) {
        requireKey();
        Asked<List<ContentTypeDefinition>> asked = askUntilValid(
                call,
                "Content-model",
                ModelPrompts.system(minimumTypes, ModelSchema.FIELD_TYPES),
                ModelPrompts.request(prompt),
                ModelSchema.text(),
                reply -> check(reply, minimumTypes));
        if (asked.value() != null) {
            return asked.value();
        }
        List<String> errors = asked.errors();
        throw new AiGenerationException("The model did not return a valid content model in " + attempts
                + " attempts. Last problems: " + String.join("; ", errors.subList(0, Math.min(5, errors.size())))
                + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : "") + ".");
    }

    /**
     * The look of a site: colours, fonts and layout choices from those the request offers, checked against the
     * schema and then {@code rules} (such as contrast), re-asked with the problems a bounded number of times.
     *
     * @return the design, or the problems of the last answer when none was usable
     * @throws AiGenerationException when the endpoint fails
     */
    public ThemeAnswer designTheme(AiCall call, ThemeRequest request, Function<ThemeDesign, List<String>> rules) {
        requireKey();
        ThemeSchema schema = new ThemeSchema(request);
        Asked<ThemeDesign> asked = askUntilValid(
                call, "Theme", ModelPrompts.themeSystem(request), ModelPrompts.theme(request), schema.text(), reply -> {
                    Parsed parsed = parse(reply, null);
                    if (parsed.problem() != null) {
                        return Checked.failed(parsed.problem());
                    }
                    List<String> schemaErrors = schema.check(parsed.usable());
                    if (!schemaErrors.isEmpty()) {
                        return new Checked<>(null, schemaErrors);
                    }
                    ThemeDesign design = json.treeToValue(parsed.usable(), ThemeDesign.class);
                    return new Checked<>(design, rules.apply(design));
                });
        return new ThemeAnswer(asked.value(), asked.errors());
    }

    /**
     * Sends the request and checks the answer; an unusable answer goes back with its errors until one passes or
     * the attempts are used up. Only the latest answer and its errors are sent back, so the conversation stays small.
     */
    private <T> Asked<T> askUntilValid(
            AiCall call,
            String what,
            String system,
            String user,
            String schema,
            Function<ModelClient.Reply, Checked<T>> checker) {
        List<Message> conversation = new ArrayList<>(List.of(new SystemMessage(system), new UserMessage(user)));
        List<String> errors = List.of();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            ModelClient.Reply reply = client.call(call, conversation, schema);
            Checked<T> checked = checker.apply(reply);
            if (checked.errors().isEmpty()) {
                return new Asked<>(checked.value(), List.of());
            }
            errors = checked.errors();
            log.info(
                    "{} answer {} of {} was not usable: {} problem(s), first: {}",
                    what,
                    attempt,
                    attempts,
                    errors.size(),
                    errors.getFirst());
            conversation = new ArrayList<>(conversation.subList(0, 2));
            conversation.add(new AssistantMessage(ModelPrompts.previousAnswer(reply.text())));
            conversation.add(new UserMessage(ModelPrompts.correction(errors)));
        }
        return new Asked<>(null, errors);
    }

    /**
     * Asks for one batch of items. Only the answer's shape is checked here; the caller checks each item
     * against its type and sends what was wrong back in the next request.
     *
     * @throws AiGenerationException when the endpoint fails
     */
    public ItemBatchAnswer writeItems(AiCall call, ItemBatchRequest request) {
        requireKey();
        String schema = json.writeValueAsString(ItemSchema.of(request.type(), request.components()));
        ModelClient.Reply reply = client.call(
                call,
                List.of(new SystemMessage(ModelPrompts.ITEMS_SYSTEM), new UserMessage(ModelPrompts.items(request))),
                schema);
        Parsed parsed = parse(reply, "items");
        if (parsed.problem() != null) {
            return ItemBatchAnswer.unusable(parsed.problem());
        }
        JsonNode items = parsed.usable().path("items");
        if (!items.isArray()) {
            return ItemBatchAnswer.unusable("the answer is not a JSON object with an \"items\" array");
        }
        List<Map<String, Object>> written = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = json.treeToValue(item, LinkedHashMap.class);
                written.add(values);
            }
        }
        return new ItemBatchAnswer(written, null);
    }

    /**
     * Fails fast, with a clear message, when the endpoint cannot be reached or accepts connections but never
     * answers: a model call would otherwise wait for the whole call timeout, and again for each retry. Any HTTP
     * answer to {@code GET /models} counts (no key is sent, so even a 401 shows the server is there).
     *
     * @throws AiGenerationException when nothing answers within the connect timeout and a few seconds more
     */
    public void checkReachable() {
        requireKey();
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        try (http) {
            http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/models"))
                            .timeout(connectTimeout.plus(CHECK_ANSWER_TIMEOUT))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new AiGenerationException(
                    "The OpenAI-compatible endpoint at OPENAI_BASE_URL did not answer within "
                            + connectTimeout.plus(CHECK_ANSWER_TIMEOUT).toSeconds()
                            + " s. Check that it is up and not overloaded.",
                    e);
        } catch (IOException | IllegalArgumentException e) {
            throw new AiGenerationException(
                    "The OpenAI-compatible endpoint could not be reached. " + "Check OPENAI_BASE_URL and the network.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AiGenerationException("Stopped while checking the OpenAI-compatible endpoint.", e);
        }
    }

    private void requireKey() {
        if (!configured) {
            throw new AiGenerationException(
                    "No OpenAI API key is configured (OPENAI_API_KEY), so the AI engine is unavailable.");
        }
    }

    /** A checked answer: its value, usable when there are no errors. */
    private record Checked<T>(@Nullable T value, List<String> errors) {

        static <T> Checked<T> failed(String error) {
            return new Checked<>(null, List.of(error));
        }
    }

    /** What asking until valid gave: a value, or the last answer's errors. */
    private record Asked<T>(@Nullable T value, List<String> errors) {}

    /** A parsed JSON answer, or what is wrong with the answer as a whole. */
    /** An answer read as JSON: its tree, or the problem that kept it from being one. */
    private record Parsed(@Nullable JsonNode tree, @Nullable String problem) {

        /** The tree of an answer without a problem. */
        JsonNode usable() {
            return Objects.requireNonNull(tree, "an answer without a problem has a tree");
        }
    }

    /** @param arrayName the array the answer must hold, for the message when it is not an object; null for none */
    private Parsed parse(ModelClient.Reply reply, @Nullable String arrayName) {
        if (reply.refusal() != null && !reply.refusal().isBlank()) {
            return new Parsed(null, "the model refused: " + reply.refusal());
        }
        if ("length".equalsIgnoreCase(reply.finishReason())) {
            return new Parsed(
                    null,
                    "the answer was cut off before the JSON object ended (token limit reached); "
                            + "keep texts short so the whole answer fits");
        }
        String text = unwrap(reply.text());
        if (text.isEmpty()) {
            return new Parsed(null, "the answer was empty; answer with the JSON object");
        }
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JacksonException e) {
            return new Parsed(
                    null,
                    text.startsWith("{")
                            ? "the answer is not complete JSON (it stops or breaks at line "
                                    + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"
                            : "the answer was prose, not a JSON object; answer with the JSON object only");
        }
        if (tree == null || !tree.isObject()) {
            return new Parsed(
                    null,
                    "the answer is not a JSON object"
                            + (arrayName == null ? "" : " with a \"" + arrayName + "\" array"));
        }
        return new Parsed(tree, null);
    }

    private Checked<List<ContentTypeDefinition>> check(ModelClient.Reply reply, int minimumTypes) {
        Parsed parsed = parse(reply, "types");
        if (parsed.problem() != null) {
            return Checked.failed(parsed.problem());
        }
        JsonNode tree = parsed.usable();
        List<String> schemaErrors = ModelSchema.check(tree);
        if (!schemaErrors.isEmpty()) {
            return new Checked<>(null, schemaErrors);
        }
        List<ContentTypeDefinition> types;
        try {
            types = json.treeToValue(tree, Answer.class).types();
        } catch (JacksonException e) {
            return Checked.failed("the JSON does not describe content types: " + e.getOriginalMessage());
        }
        return new Checked<>(types, ModelRules.check(types, minimumTypes));
    }

    /** The shape of an answer: {"types": [...]}. */
    private record Answer(List<ContentTypeDefinition> types) {}

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
