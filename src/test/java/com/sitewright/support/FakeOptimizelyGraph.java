package com.sitewright.support;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optimizely Graph's query endpoint ({@code POST /content/v2}) for tests, answering as the documented service does and
 * refusing what it would refuse: a request without the single key ({@code epi-single} header or {@code ?auth=}) or
 * basic authentication with the app key and secret gets {@code 401}; a body that is not {@code {"query"}}, a query over
 * 10,000 characters, a root field that is not {@code _Content} or a known content type, an unknown argument, a
 * {@code limit} over 100, {@code skip} past the first 10,000 hits, an unknown filter or operator, a field the type does
 * not have, an object field selected without sub-fields or a scalar with them get a GraphQL error. The single key
 * sees published versions only; basic authentication sees every version (drafts, and previous versions too).
 */
public final class FakeOptimizelyGraph implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-optimizely-graph";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LIMIT = 100;
    private static final int SKIP_WINDOW = 10_000;
    private static final Set<String> ARGUMENTS = Set.of("locale", "where", "orderBy", "limit", "skip", "cursor");
    private static final Set<String> METADATA = Set.of(
            "key",
            "locale",
            "displayName",
            "status",
            "version",
            "lastModified",
            "types",
            "url",
            "published",
            "created",
            "routeSegment");
    private static final Set<String> OBJECT_KINDS = Set.of("url", "richText", "contentReference", "content");

    /** One stored version of an item: its type key, metadata and property values as Graph returns them. */
    public record Doc(String type, Map<String, Object> metadata, Map<String, Object> properties) {

        public String key() {
            return (String) metadata.get("key");
        }

        public String status() {
            return (String) metadata.get("status");
        }
    }

    /** One query as the fake saw it: whether it came with the single key, its root field and arguments. */
    public record Seen(boolean singleKey, String root, Map<String, Object> arguments) {}

    private final String singleKey;
    private final String appKey;
    private final String secret;
    /** Per content type key: property name to kind ({@code string}, {@code url}, {@code richText}, {@code contentReference}, {@code content}, ...). */
    private final Map<String, Map<String, String>> schema = new ConcurrentHashMap<>();

    private final List<Doc> docs = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FakeOptimizelyGraph(String singleKey, String appKey, String secret) {
        this.singleKey = singleKey;
        this.appKey = appKey;
        this.secret = secret;
    }

    public void defineType(String key, Map<String, String> properties) {
        schema.put(key, Map.copyOf(properties));
    }

    public void add(Doc doc) {
        docs.add(doc);
    }

    public void remove(Predicate<Doc> which) {
        docs.removeIf(which);
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        String authorization = Objects.requireNonNullElse(request.getHeader("Authorization"), "");
        String authParameter = request.queryParameter("auth").isPresent()
                ? request.queryParameter("auth").firstValue()
                : null;
        boolean single = authorization.equals("epi-single " + singleKey) || singleKey.equals(authParameter);
        boolean basic = authorization.equals("Basic "
                + Base64.getEncoder().encodeToString((appKey + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        if (!single && !basic) {
            return answer(
                    401,
                    Map.of("code", "AUTHENTICATION_ERROR", "status", 401, "details", Map.of("correlationId", "fake")));
        }
        String query;
        try {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            if (!body.path("query").isString()) {
                return error("Request body must be a JSON object with a query");
            }
            query = body.path("query").asString();
        } catch (RuntimeException e) {
            return error("Request body is not JSON");
        }
        if (query.length() > 10_000) {
            return error("The query is longer than 10,000 characters");
        }
        try {
            return answer(200, Map.of("data", run(query, single)));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private Map<String, Object> run(String query, boolean single) {
        Parser parser = new Parser(query);
        parser.expectName("query");
        parser.expect('{');
        String root = parser.name();
        Map<String, Object> arguments = parser.peek('(') ? parser.arguments() : Map.of();
        Selection selection = parser.selection();
        parser.expect('}');
        if (!root.equals("_Content") && !schema.containsKey(root)) {
            throw new IllegalArgumentException("Cannot query field \"" + root + "\" on type \"Query\".");
        }
        for (String name : arguments.keySet()) {
            if (!ARGUMENTS.contains(name)) {
                throw new IllegalArgumentException(
                        "Unknown argument \"" + name + "\" on field \"Query." + root + "\".");
            }
        }
        seen.add(new Seen(single, root, arguments));
        int limit = integer(arguments.getOrDefault("limit", 20L), "limit");
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        boolean withCursor = arguments.containsKey("cursor");
        int skip = withCursor
                ? cursorOffset(arguments.get("cursor"))
                : integer(arguments.getOrDefault("skip", 0L), "skip");
        if (!withCursor && skip + limit > SKIP_WINDOW) {
            throw new IllegalArgumentException("skip reaches past the first " + SKIP_WINDOW + " hits: use cursor");
        }
        if (arguments.get("locale") instanceof List<?> locales
                && !locales.stream().allMatch(Enum.class::isInstance)) {
            throw new IllegalArgumentException("locale takes enum values");
        }
        Selection items =
                selection.child("items").orElseThrow(() -> new IllegalArgumentException("Select items of " + root));
        for (Selection field : selection.children()) {
            if (!Set.of("items", "total", "cursor").contains(field.name())) {
                throw new IllegalArgumentException(
                        "Cannot query field \"" + field.name() + "\" on type \"" + root + "Output\".");
            }
        }
        check(root, items);

        Map<String, Object> where = map(arguments.getOrDefault("where", Map.of()), "where");
        List<Doc> hits = new ArrayList<>();
        for (Doc doc : docs) {
            if ((root.equals("_Content") || doc.type().equals(root))
                    && (!single || "Published".equals(doc.status()))
                    && matches(doc, where)) {
                hits.add(doc);
            }
        }
        sort(hits, map(arguments.getOrDefault("orderBy", Map.of()), "orderBy"));
        int end = Math.min(hits.size(), skip + limit);
        List<Map<String, Object>> page = new ArrayList<>();
        for (Doc doc : hits.subList(Math.min(skip, hits.size()), end)) {
            Map<String, Object> item = new LinkedHashMap<>(doc.properties());
            item.put("__typename", doc.type());
            item.put("_metadata", doc.metadata());
            page.add(item);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total", hits.size());
        if (withCursor) {
            result.put(
                    "cursor",
                    end < hits.size()
                            ? Base64.getEncoder().encodeToString(("at:" + end).getBytes(StandardCharsets.UTF_8))
                            : null);
        }
        result.put("items", page);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(root, result);
        return data;
    }

    /** The selection under {@code items}: fields the type has, object fields with sub-fields, scalars without. */
    private void check(String type, Selection items) {
        Map<String, String> properties = type.equals("_Content") ? Map.of() : schema.get(type);
        for (Selection field : items.children()) {
            if (field.typeCondition() != null) {
                if (!schema.containsKey(field.typeCondition())) {
                    throw new IllegalArgumentException("Unknown type \"" + field.typeCondition() + "\".");
                }
                check(field.typeCondition(), field);
                continue;
            }
            switch (field.name()) {
                case "__typename" -> requireLeaf(field);
                case "_metadata" -> {
                    for (Selection meta : field.children()) {
                        if (meta.typeCondition() != null) {
                            meta.children().forEach(inner -> requireKnownMetadata(inner.name()));
                        } else {
                            requireKnownMetadata(meta.name());
                        }
                    }
                }
                default -> {
                    String kind = properties.get(field.name());
                    if (kind == null) {
                        throw new IllegalArgumentException(
                                "Cannot query field \"" + field.name() + "\" on type \"" + type + "\".");
                    }
                    if (OBJECT_KINDS.contains(kind) == field.children().isEmpty()) {
                        throw new IllegalArgumentException("Field \"" + field.name() + "\" of type " + kind
                                + (field.children().isEmpty()
                                        ? " must have a selection of subfields."
                                        : " must not have a selection."));
                    }
                    if (kind.equals("content")) {
                        for (Selection inline : field.children()) {
                            if (inline.typeCondition() != null) {
                                check(inline.typeCondition(), inline);
                            } else if (!inline.name().equals("__typename")) {
                                throw new IllegalArgumentException("Select fields of inline content with fragments");
                            }
                        }
                    }
                }
            }
        }
    }

    private static void requireKnownMetadata(String name) {
        if (!METADATA.contains(name)) {
            throw new IllegalArgumentException("Cannot query field \"" + name + "\" on type \"IContentMetadata\".");
        }
    }

    private static void requireLeaf(Selection field) {
        if (!field.children().isEmpty()) {
            throw new IllegalArgumentException("Field \"" + field.name() + "\" must not have a selection.");
        }
    }

    private boolean matches(Doc doc, Map<String, Object> where) {
        for (var condition : where.entrySet()) {
            Map<String, Object> test = map(condition.getValue(), condition.getKey());
            boolean ok = switch (condition.getKey()) {
                case "_metadata" ->
                    test.entrySet().stream()
                            .allMatch(meta ->
                                    compare(doc.metadata().get(meta.getKey()), map(meta.getValue(), meta.getKey())));
                case "_fulltext" -> {
                    String needle = String.valueOf(test.get("match")).toLowerCase(Locale.ROOT);
                    yield (doc.metadata().get("displayName") + " "
                                    + doc.properties().values())
                            .toLowerCase(Locale.ROOT)
                            .contains(needle);
                }
                default -> {
                    if (!schema.getOrDefault(doc.type(), Map.of()).containsKey(condition.getKey())) {
                        throw new IllegalArgumentException(
                                "Unknown filter \"" + condition.getKey() + "\" on " + doc.type());
                    }
                    yield compare(doc.properties().get(condition.getKey()), test);
                }
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(Object actual, Map<String, Object> operators) {
        for (var operator : operators.entrySet()) {
            boolean ok = switch (operator.getKey()) {
                case "eq" -> Objects.equals(String.valueOf(actual), String.valueOf(operator.getValue()));
                case "in" ->
                    operator.getValue() instanceof List<?> list
                            && list.stream().map(String::valueOf).anyMatch(String.valueOf(actual)::equals);
                default -> throw new IllegalArgumentException("Unknown operator \"" + operator.getKey() + "\"");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void sort(List<Doc> hits, Map<String, Object> orderBy) {
        for (var order : orderBy.entrySet()) {
            Object direction = order.getValue();
            String field = order.getKey();
            if (field.equals("_metadata")) {
                var inner = map(direction, "orderBy._metadata")
                        .entrySet()
                        .iterator()
                        .next();
                field = "_metadata." + inner.getKey();
                direction = inner.getValue();
            }
            if (!(direction instanceof Enum(String name))
                    || !Set.of("ASC", "DESC").contains(name)) {
                throw new IllegalArgumentException("orderBy takes ASC or DESC");
            }
            String key = field;
            Comparator<Doc> comparator = Comparator.comparing(doc -> String.valueOf(
                    key.startsWith("_metadata.")
                            ? doc.metadata().get(key.substring(10))
                            : doc.properties().get(key)));
            hits.sort(name.equals("DESC") ? comparator.reversed() : comparator);
        }
    }

    private static int cursorOffset(Object cursor) {
        if (!(cursor instanceof String text)) {
            throw new IllegalArgumentException("cursor takes a string");
        }
        if (text.isEmpty()) {
            return 0;
        }
        String decoded = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        return Integer.parseInt(decoded.substring(3));
    }

    private static int integer(Object value, String name) {
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException(name + " takes an integer");
        }
        return Math.toIntExact(number);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + " takes an input object");
        }
        return (Map<String, Object>) map;
    }

    private static ResponseDefinition error(String message) {
        return answer(400, Map.of("errors", List.of(Map.of("message", message))));
    }

    private static ResponseDefinition answer(int status, Object body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body))
                .build();
    }

    /** An enum value in a GraphQL literal. */
    record Enum(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A field or inline fragment ({@code typeCondition} set) with what is selected under it. */
    record Selection(String name, String typeCondition, List<Selection> children) {

        java.util.Optional<Selection> child(String wanted) {
            return children.stream()
                    .filter(c -> c.typeCondition() == null && c.name().equals(wanted))
                    .findFirst();
        }
    }

    /** Just enough of GraphQL's grammar for one query with literal arguments and inline fragments. */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("Syntax Error: expected '" + c + "' at " + at);
            }
            at++;
        }

        void expectName(String name) {
            if (!name().equals(name)) {
                throw new IllegalArgumentException("Syntax Error: expected " + name);
            }
        }

        String name() {
            skipSpace();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("Syntax Error: expected a name at " + at);
            }
            return text.substring(start, at);
        }

        Map<String, Object> arguments() {
            expect('(');
            Map<String, Object> arguments = new LinkedHashMap<>();
            while (!peek(')')) {
                String name = name();
                expect(':');
                arguments.put(name, value());
                if (peek(',')) {
                    at++;
                }
            }
            expect(')');
            return arguments;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '"') {
                int start = at++;
                while (text.charAt(at) != '"') {
                    at += text.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
                return JSON.readValue(text.substring(start, at), String.class);
            }
            if (c == '[') {
                at++;
                List<Object> list = new ArrayList<>();
                while (!peek(']')) {
                    list.add(value());
                    if (peek(',')) {
                        at++;
                    }
                }
                at++;
                return list;
            }
            if (c == '{') {
                at++;
                Map<String, Object> object = new LinkedHashMap<>();
                while (!peek('}')) {
                    String name = name();
                    expect(':');
                    object.put(name, value());
                    if (peek(',')) {
                        at++;
                    }
                }
                at++;
                return object;
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = at++;
                while (at < text.length() && Character.isDigit(text.charAt(at))) {
                    at++;
                }
                return Long.parseLong(text.substring(start, at));
            }
            String name = name();
            return switch (name) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> new Enum(name);
            };
        }

        Selection selection() {
            expect('{');
            List<Selection> children = new ArrayList<>();
            while (!peek('}')) {
                if (peek('.')) {
                    at += 3;
                    expectName("on");
                    String type = name();
                    children.add(new Selection(null, type, selection().children()));
                    continue;
                }
                String name = name();
                if (peek('(')) {
                    throw new IllegalArgumentException("Unexpected arguments on " + name);
                }
                children.add(
                        peek('{')
                                ? new Selection(name, null, selection().children())
                                : new Selection(name, null, List.of()));
            }
            expect('}');
            return new Selection(null, null, children);
        }

        private void skipSpace() {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
        }
    }
}
