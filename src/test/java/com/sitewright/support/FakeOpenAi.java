package com.sitewright.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI chat-completions server for tests: answers {@code POST /v1/chat/completions} in the documented
 * response shape (with usage), a content-model request with the given model, and an item-batch request with
 * items built from the request's JSON schema and the reference candidates listed in its prompt, as a model
 * would, and a theme request with a readable theme from the choices its schema offers (or the queued theme
 * answers). Some titles repeat across batches, some SEO fields are left out and some references name items that
 * do not exist, so that the studio's de-duplication, SEO filling and reference repair are exercised. Faults
 * (prose, cut-off JSON, 429 with Retry-After, 500, 401) can be queued for later item calls.
 */
public final class FakeOpenAi implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-openai";

    /** An answer a real endpoint may give instead of a usable one. */
    public enum Fault {
        PROSE,
        TRUNCATED,
        RATE_LIMITED,
        SERVER_ERROR,
        REJECTED_KEY
    }

    /** One item call as the server saw it. */
    public record Call(long atMillis, int number, int bodyHash, int status) {}

    private static final Pattern CANDIDATE = Pattern.compile("^- ([A-Za-z0-9]+)/([a-z0-9-]+): ", Pattern.MULTILINE);
    private static final Pattern COUNT = Pattern.compile("Write (\\d+) new");
    private static final Pattern TARGETS = Pattern.compile("\"type/key\": ([A-Za-z0-9 ]+)\\)$");
    private static final List<String> TITLE_KEYS =
            List.of("title", "name", "headline", "heading", "question", "label", "siteName", "message");
    private static final List<String> WORDS = List.of(
            "Aurora", "Velvet", "Harbour", "Copper", "Meadow", "Ember", "Juniper", "Saffron", "Willow", "Cobalt",
            "Maple", "Orchard", "Slate", "Tidal", "Cedar", "Honey");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Supplier<String> contentModel;
    private final AtomicInteger itemCalls = new AtomicInteger();
    private final AtomicInteger titles = new AtomicInteger();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Deque<String> themeAnswers = new ArrayDeque<>();
    private final Map<Integer, Integer> repeatedFailures = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private int faultsAfter;
    private int failingCall;
    private int failingTimes;
    private Fault failingFault;
    private volatile int delayMillis;

    /** @param contentModel the answer to a content-model request: {"types": [...]} */
    public FakeOpenAi(Supplier<String> contentModel) {
        this.contentModel = contentModel;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Forgets queued faults and counted calls. */
    public synchronized void reset() {
        itemCalls.set(0);
        faults.clear();
        themeAnswers.clear();
        repeatedFailures.clear();
        calls.clear();
        faultsAfter = 0;
        failingCall = 0;
        failingFault = null;
        delayMillis = 0;
    }

    /** Every answer waits this long, like a model writing. */
    public void delay(int millis) {
        delayMillis = millis;
    }

    /** The next theme requests get these answers, one each, before the fake's own readable theme. */
    public synchronized void themeAnswers(String... answers) {
        themeAnswers.clear();
        themeAnswers.addAll(List.of(answers));
    }

    /** After {@code itemCalls} item calls, the next ones answer with these faults, one each. */
    public synchronized void afterItemCalls(int itemCalls, Fault... queued) {
        faultsAfter = itemCalls;
        faults.clear();
        faults.addAll(List.of(queued));
    }

    /** The request of item call number {@code call} fails {@code times} times, however often it is sent again. */
    public synchronized void failRequest(int call, int times, Fault fault) {
        failingCall = call;
        failingTimes = times;
        failingFault = fault;
    }

    /** Item calls so far, in order of arrival. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String body = event.getRequest().getBodyAsString();
        JsonNode request = JSON.readTree(body);
        JsonNode schema = request.at("/response_format/json_schema/schema");
        if (schema.path("properties").has("primary")) {
            return completion(body, theme(schema), "stop");
        }
        if (!schema.path("properties").has("items")) {
            return completion(body, contentModel.get(), "stop");
        }
        int number = itemCalls.incrementAndGet();
        Fault fault = faultFor(number, body.hashCode());
        synchronized (this) {
            calls.add(new Call(System.currentTimeMillis(), number, body.hashCode(), status(fault)));
        }
        if (fault != null) {
            return faulty(fault, body, schema, request);
        }
        return completion(body, items(schema, request), "stop");
    }

    private synchronized Fault faultFor(int number, int bodyHash) {
        if (failingFault != null && (number == failingCall || repeatedFailures.containsKey(bodyHash))) {
            int failed = repeatedFailures.merge(bodyHash, 1, Integer::sum);
            if (failed <= failingTimes) {
                return failingFault;
            }
        }
        return number > faultsAfter ? faults.poll() : null;
    }

    private static int status(Fault fault) {
        return fault == null
                ? 200
                : switch (fault) {
                    case RATE_LIMITED -> 429;
                    case SERVER_ERROR -> 500;
                    case REJECTED_KEY -> 401;
                    default -> 200;
                };
    }

    private ResponseDefinition faulty(Fault fault, String body, JsonNode schema, JsonNode request) {
        return switch (fault) {
            case PROSE ->
                completion(body, "Sure! Here are some lovely items for your website, with lots of detail.", "stop");
            case TRUNCATED -> {
                String answer = items(schema, request);
                yield completion(body, answer.substring(0, answer.length() / 2), "stop");
            }
            case RATE_LIMITED ->
                error(429, "rate_limit_exceeded", "Rate limit reached for requests")
                        .withHeader("Retry-After", "1")
                        .build();
            case SERVER_ERROR ->
                error(500, "server_error", "The server had an error while processing your request.")
                        .build();
            case REJECTED_KEY ->
                error(401, "invalid_api_key", "Incorrect API key provided: sk-test-****6789.")
                        .build();
        };
    }

    private ResponseDefinitionBuilder error(int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", status == 401 ? "invalid_request_error" : "requests");
        error.put("param", null);
        error.put("code", code);
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(Map.of("error", error)));
    }

    /** A chat completion with usage from the texts' lengths, after the configured delay. */
    private ResponseDefinition completion(String requestBody, String content, String finishReason) {
        return completion(content, finishReason, requestBody.length() / 4, content.length() / 4)
                .withFixedDelay(delayMillis)
                .build();
    }

    /** A chat completion as documented for POST /v1/chat/completions. */
    public static ResponseDefinitionBuilder completion(
            String content, String finishReason, int promptTokens, int completionTokens) {
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
        body.put(
                "usage",
                Map.of(
                        "prompt_tokens",
                        promptTokens,
                        "completion_tokens",
                        completionTokens,
                        "total_tokens",
                        promptTokens + completionTokens));
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body));
    }

    /** A queued theme answer, or a readable theme made of the second choice of each list the schema offers. */
    private synchronized String theme(JsonNode schema) {
        String queued = themeAnswers.poll();
        if (queued != null) {
            return queued;
        }
        JsonNode properties = schema.path("properties");
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("primary", "#7a3e1d");
        theme.put("accent", "#e9b872");
        theme.put("background", "#fffaf2");
        theme.put("text", "#2a1d15");
        for (String choice : List.of("headingFont", "bodyFont", "headerStyle", "cardStyle", "radius")) {
            JsonNode values = properties.path(choice).path("enum");
            theme.put(choice, values.get(Math.min(1, values.size() - 1)).asString());
        }
        return JSON.writeValueAsString(theme);
    }

    // ---- items, as a model would write them from the schema and the prompt ----------------------------

    private String items(JsonNode schema, JsonNode request) {
        String prompt = request.path("messages")
                .get(request.path("messages").size() - 1)
                .path("content")
                .asString();
        Map<String, List<String>> candidates = new HashMap<>();
        Matcher candidate = CANDIDATE.matcher(prompt);
        while (candidate.find()) {
            candidates
                    .computeIfAbsent(candidate.group(1), k -> new ArrayList<>())
                    .add(candidate.group(1) + "/" + candidate.group(2));
        }
        Matcher count = COUNT.matcher(prompt);
        int n = count.find() ? Integer.parseInt(count.group(1)) : 1;
        Random random = new Random(prompt.hashCode());
        JsonNode item = schema.at("/properties/items/items");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int serial = titles.incrementAndGet();
            // Every seventh title repeats: the studio must keep titles and slugs unique.
            String title = serial % 7 == 0
                    ? "House Special"
                    : WORDS.get(serial % WORDS.size()) + " " + WORDS.get((serial / WORDS.size()) % WORDS.size()) + " "
                            + serial;
            Map<String, Object> values = object(item, title, candidates, random, serial);
            values.put("key", title.toLowerCase().replace(' ', '-'));
            items.add(values);
        }
        return JSON.writeValueAsString(Map.of("items", items));
    }

    private Map<String, Object> object(
            JsonNode schema, String title, Map<String, List<String>> candidates, Random random, int serial) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            if (name.equals("key")) {
                continue;
            }
            boolean seo =
                    name.toLowerCase().startsWith("seo") || name.toLowerCase().startsWith("meta");
            // SEO fields are left out of every other item: the studio derives them.
            if (seo && serial % 2 == 0 || !required.contains(name) && random.nextInt(5) == 0) {
                continue;
            }
            Object value = TITLE_KEYS.contains(name)
                            && property.getValue().path("type").asString("").equals("string")
                    ? fit(title, property.getValue())
                    : value(property.getValue(), title, candidates, random, serial);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    private Object value(
            JsonNode field, String title, Map<String, List<String>> candidates, Random random, int serial) {
        if (field.has("const")) {
            return field.path("const").asString();
        }
        if (field.has("enum")) {
            JsonNode values = field.path("enum");
            return values.isEmpty()
                    ? null
                    : values.get(random.nextInt(values.size())).asString();
        }
        String description = field.path("description").asString("");
        Matcher targets = TARGETS.matcher(description);
        List<String> pool = new ArrayList<>();
        if (targets.find()) {
            for (String type : targets.group(1).split(" or ")) {
                pool.addAll(candidates.getOrDefault(type.strip(), List.of()));
            }
        }
        JsonNode type = field.path("type");
        String kind = type.isArray() ? type.get(0).asString() : type.asString("");
        switch (kind) {
            case "number" -> {
                double min = field.path("minimum").asDouble(1),
                        max = field.path("maximum").asDouble(min + 100);
                return Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
            }
            case "integer" -> {
                long min = field.path("minimum").asLong(1),
                        max = field.path("maximum").asLong(min + 100);
                return min + (long) (random.nextDouble() * (max - min));
            }
            case "boolean" -> {
                return random.nextBoolean();
            }
            case "object" -> {
                return Map.of("note", "Ask us about " + title);
            }
            case "array" -> {
                JsonNode choices = field.path("items").path("anyOf");
                int min = field.path("minItems").asInt(1),
                        max = field.path("maxItems").asInt(Math.max(min, 3));
                int wanted = Math.max(min, Math.min(max, 3));
                List<Object> list = new ArrayList<>();
                if (!choices.isMissingNode()) {
                    for (int i = 0; i < wanted && !choices.isEmpty(); i++) {
                        list.add(
                                object(choices.get(random.nextInt(choices.size())), title, candidates, random, serial));
                    }
                    return list;
                }
                List<String> shuffled = new ArrayList<>(pool);
                java.util.Collections.shuffle(shuffled, random);
                list.addAll(shuffled.subList(0, Math.min(wanted, shuffled.size())));
                if (serial % 5 == 0) {
                    list.add("menuItem/no-such-item");
                }
                return list;
            }
            case "string" -> {
                if (targets.find(0)) {
                    // Now and then a key that no item has: the studio drops or repairs it.
                    return pool.isEmpty() || serial % 9 == 0
                            ? "nowhere/no-such-item"
                            : pool.get(random.nextInt(pool.size()));
                }
                return text(field, title, random);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object text(JsonNode field, String title, Random random) {
        String format = field.path("format").asString("");
        String description = field.path("description").asString("");
        if (format.equals("date")) {
            return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if (format.equals("date-time")) {
            return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T09:30:00Z";
        }
        if (format.equals("email")) {
            return "hello@example.com";
        }
        if (description.contains("https://")) {
            return "https://www.example.com/" + title.toLowerCase().replace(' ', '-');
        }
        if (field.has("pattern")) {
            Pattern pattern = Pattern.compile(field.path("pattern").asString());
            return List.of("+44 20 7946 0000", "news-and-offers", "abc-123").stream()
                    .filter(candidate -> pattern.matcher(candidate).matches())
                    .findFirst()
                    .orElse(null);
        }
        String sentence =
                "A thoughtful note about " + title + ", written for our regulars and first-time visitors alike.";
        if (description.contains("simple HTML")) {
            return "<p>" + sentence + "</p><p>Come and see us soon.</p>";
        }
        return fit(sentence, field);
    }

    private static String fit(String text, JsonNode field) {
        int min = field.path("minLength").asInt(0);
        int max = field.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder out = new StringBuilder(text);
        while (out.length() < min) {
            out.append(" More to enjoy.");
        }
        return out.length() > max ? out.substring(0, max).strip() : out.toString();
    }
}
