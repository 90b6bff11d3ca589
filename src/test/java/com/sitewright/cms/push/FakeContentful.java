package com.sitewright.cms.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contentful's Content Management API and upload API as Contentful documents them, with state: content types (at most
 * 50 fields, Contentful's field types and validations, activated by publishing), entries with fields keyed by locale,
 * assets made from uploads and processed in the background, versions ({@code X-Contentful-Version}: an update without
 * the current one is a 409 VersionMismatch), publishing and unpublishing, and Contentful's error bodies. Every answer
 * carries {@code X-Contentful-RateLimit-*} headers; past the configured requests per second it answers 429 with
 * {@code X-Contentful-RateLimit-Reset}. It can also be told to fail a request or answer slowly.
 */
final class FakeContentful implements ResponseDefinitionTransformerV2 {

    static final String SPACE = "coffee0space";
    static final String ENVIRONMENT = "master";
    static final String TOKEN = "CFPAT-studio-management-token-0123456789";
    static final String LOCALE = "en-US";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CMA = "application/vnd.contentful.management.v1+json";
    private static final Set<String> FIELD_TYPES = Set.of(
            "Symbol",
            "Text",
            "RichText",
            "Integer",
            "Number",
            "Date",
            "Boolean",
            "Location",
            "Object",
            "Link",
            "Array",
            "ResourceLink");
    private static final Set<String> VALIDATIONS = Set.of(
            "size",
            "range",
            "regexp",
            "in",
            "linkContentType",
            "linkMimetypeGroup",
            "unique",
            "prohibitRegexp",
            "dateRange",
            "enabledNodeTypes",
            "enabledMarks",
            "nodes",
            "assetImageDimensions",
            "assetFileSize",
            "message");
    private static final Set<String> BLOCKS = Set.of(
            "paragraph",
            "heading-1",
            "heading-2",
            "heading-3",
            "heading-4",
            "heading-5",
            "heading-6",
            "unordered-list",
            "ordered-list",
            "blockquote",
            "hr",
            "table",
            "embedded-entry-block",
            "embedded-asset-block");
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9\\-_.]{1,64}");
    private static final Pattern FIELD_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");
    private static final Pattern SPACE_PATH = Pattern.compile("/spaces/([^/]+)(/.*)?");
    private static final Pattern ENV_PATH = Pattern.compile("/environments/([^/]+)(/.*)");
    private static final Pattern RESOURCE =
            Pattern.compile("/(content_types|entries|assets)/([^/]+)(/published|/files/([^/]+)/process)?");

    /** A content type, entry or asset: its current state, version and (when published) its published copy. */
    static final class Resource {
        final String kind;
        final String id;
        ObjectNode body;
        long version = 1;
        Long publishedVersion;
        ObjectNode published;
        String contentType;
        int pollsUntilProcessed = -1;

        Resource(String kind, String id, ObjectNode body) {
            this.kind = kind;
            this.id = id;
            this.body = body;
        }

        synchronized ObjectNode fields() {
            return (ObjectNode) body.path("fields");
        }

        boolean isPublished() {
            return publishedVersion != null;
        }
    }

    final WireMockServer server;
    final Map<String, Resource> types = new ConcurrentHashMap<>();
    final Map<String, Resource> entries = new ConcurrentHashMap<>();
    final Map<String, Resource> assets = new ConcurrentHashMap<>();
    final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    final InjectedFaults faults = new InjectedFaults();
    final AtomicInteger versionMismatches = new AtomicInteger();

    FakeContentful() {
        server = new WireMockServer(options()
                .dynamicPort()
                .extensions(this)
                .containerThreads(40)
                .jettyAcceptors(2)
                .asynchronousResponseEnabled(false));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(getName())));
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    void shutDown() {
        server.stop();
    }

    /** More requests than this in any second get a 429 with {@code X-Contentful-RateLimit-Reset}; 0 for no limit. */
    void limit(int perSecond) {
        faults.limit(perSecond);
    }

    void delay(int millis) {
        faults.delay(millis);
    }

    void fail(String pattern, int status, int times) {
        faults.fail(pattern, status, times);
    }

    /** Requests that change something (reads aside). */
    long writes() {
        return contentRequests()
                .filter(r -> !r.getMethod().equals(RequestMethod.GET))
                .count();
    }

    /**
     * The requests about content: the studio also registers its webhook when a connection is saved, on its own
     * schedule, and that is not part of any push.
     */
    java.util.stream.Stream<com.github.tomakehurst.wiremock.verification.LoggedRequest> contentRequests() {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> !r.getUrl().contains("webhook") && !r.getUrl().contains("/hooks/"));
    }

    void reset() {
        server.resetRequests();
    }

    @Override
    public String getName() {
        return "fake-contentful";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        String call = request.getMethod() + " " + path;
        faults.holdUp(call);
        int used = faults.admit();
        int limit = faults.limit() > 0 ? faults.limit() : 10_000;
        if (used < 0) {
            return error(
                            429,
                            "RateLimitExceeded",
                            "You have exceeded the rate limit of the Organization this Space "
                                    + "belongs to by making too many API requests within a short timespan.",
                            null)
                    .withHeader("X-Contentful-RateLimit-Reset", "1")
                    .withHeader("X-Contentful-RateLimit-Second-Limit", String.valueOf(limit))
                    .withHeader("X-Contentful-RateLimit-Second-Remaining", "0")
                    .build();
        }
        ResponseDefinitionBuilder answer = answer(request, path, call);
        return answer.withHeader("X-Contentful-RateLimit-Second-Limit", String.valueOf(limit))
                .withHeader("X-Contentful-RateLimit-Second-Remaining", String.valueOf(Math.max(0, limit - used)))
                .withHeader("X-Contentful-Request-Id", UUID.randomUUID().toString())
                .build();
    }

    private ResponseDefinitionBuilder answer(Request request, String path, String call) {
        int failed = faults.failure(call);
        if (failed > 0) {
            return error(failed, "ServerError", "Injected failure.", null);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.equals("Bearer " + TOKEN)) {
            return error(
                    401, "AccessTokenInvalid", "The access token you sent could not be found or is invalid.", null);
        }
        Matcher space = SPACE_PATH.matcher(path);
        if (!space.matches() || !space.group(1).equals(SPACE)) {
            return notFound(space.matches() ? "Space" : "Unknown", space.matches() ? space.group(1) : path);
        }
        String rest = space.group(2) == null ? "" : space.group(2);
        if (rest.equals("/uploads") && request.getMethod().equals(RequestMethod.POST)) {
            return upload(request);
        }
        Matcher environment = ENV_PATH.matcher(rest);
        if (!environment.matches() || !environment.group(1).equals(ENVIRONMENT)) {
            return notFound("Environment", environment.matches() ? environment.group(1) : rest);
        }
        synchronized (this) {
            return route(request, environment.group(2));
        }
    }

    private ResponseDefinitionBuilder upload(Request request) {
        if (!String.valueOf(request.getHeader("Content-Type")).startsWith("application/octet-stream")) {
            return error(415, "UnsupportedMediaType", "Uploads are sent as application/octet-stream.", null);
        }
        byte[] bytes = request.getBody();
        if (bytes == null || bytes.length == 0) {
            return error(400, "BadRequest", "The upload is empty.", null);
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        uploads.put(id, bytes);
        ObjectNode body = JSON.createObjectNode();
        body.putObject("sys").put("type", "Upload").put("id", id);
        return json(201, body);
    }

    private ResponseDefinitionBuilder route(Request request, String path) {
        RequestMethod method = request.getMethod();
        if (method.equals(RequestMethod.GET) && path.equals("/content_types")) {
            int skip = Integer.parseInt(query(request, "skip", "0"));
            int limit = Integer.parseInt(query(request, "limit", "100"));
            List<Resource> all = types.values().stream()
                    .sorted((a, b) -> a.id.compareTo(b.id))
                    .toList();
            ObjectNode page = JSON.createObjectNode();
            page.putObject("sys").put("type", "Array");
            page.put("total", all.size()).put("skip", skip).put("limit", limit);
            ArrayNode items = page.putArray("items");
            all.stream().skip(skip).limit(limit).forEach(type -> items.add(view(type)));
            return json(200, page);
        }
        Matcher m = RESOURCE.matcher(path);
        if (!m.matches()) {
            return notFound("Unknown", path);
        }
        String collection = m.group(1);
        String id = m.group(2);
        String action = m.group(3) == null ? "" : m.group(3).startsWith("/files") ? "process" : "published";
        Map<String, Resource> store = switch (collection) {
            case "content_types" -> types;
            case "entries" -> entries;
            default -> assets;
        };
        String kind = switch (collection) {
            case "content_types" -> "ContentType";
            case "entries" -> "Entry";
            default -> "Asset";
        };
        Resource found = store.get(id);
        if (method.equals(RequestMethod.GET) && action.isEmpty()) {
            if (found == null) {
                return notFound(kind, id);
            }
            if (found.pollsUntilProcessed > 0 && --found.pollsUntilProcessed == 0) {
                finishProcessing(found);
            }
            return json(200, view(found));
        }
        String version = request.getHeader("X-Contentful-Version");
        if (method.equals(RequestMethod.PUT) && action.isEmpty()) {
            if (!ID.matcher(id).matches()) {
                return error(422, "InvalidEntry", "The ID '" + id + "' is not valid.", null);
            }
            if (!String.valueOf(request.getHeader("Content-Type")).startsWith(CMA)) {
                return error(415, "UnsupportedMediaType", "Send " + CMA + ".", null);
            }
            if (found == null && version != null) {
                return notFound(kind, id);
            }
            ResponseDefinitionBuilder mismatch = found == null ? null : versionCheck(found, version);
            if (mismatch != null) {
                return mismatch;
            }
            JsonNode body = JSON.readTree(request.getBodyAsString());
            if (!body.isObject()) {
                return error(400, "BadRequest", "The body is not a JSON object.", null);
            }
            return switch (collection) {
                case "content_types" -> putType(id, found, (ObjectNode) body);
                case "entries" ->
                    putEntry(id, found, (ObjectNode) body, request.getHeader("X-Contentful-Content-Type"));
                default -> putAsset(id, found, (ObjectNode) body);
            };
        }
        if (found == null) {
            return notFound(kind, id);
        }
        if (!action.isEmpty() || method.equals(RequestMethod.DELETE)) {
            if (request.getBody() != null && request.getBody().length > 0) {
                return error(400, "BadRequest", "This request has no body.", null);
            }
            ResponseDefinitionBuilder mismatch = versionCheck(found, version);
            if (mismatch != null) {
                return mismatch;
            }
        }
        if (action.equals("process") && method.equals(RequestMethod.PUT) && kind.equals("Asset")) {
            if (!m.group(4).equals(LOCALE)) {
                return error(422, "ValidationFailed", "Unknown locale " + m.group(4) + ".", null);
            }
            if (!found.fields().path("file").path(LOCALE).has("uploadFrom")) {
                return error(422, "ValidationFailed", "The asset has no file to process.", null);
            }
            found.version++;
            // Contentful processes in the background: the next look still finds it unprocessed.
            found.pollsUntilProcessed = 2;
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204);
        }
        if (action.equals("published") && method.equals(RequestMethod.PUT)) {
            String refused = publishable(found);
            if (refused != null) {
                return error(422, "ValidationFailed", "Validation error", refused);
            }
            found.publishedVersion = found.version;
            found.published = found.body.deepCopy();
            found.version++;
            return json(200, view(found));
        }
        if (action.equals("published") && method.equals(RequestMethod.DELETE)) {
            if (!found.isPublished()) {
                return error(400, "BadRequest", "Not published.", null);
            }
            found.publishedVersion = null;
            found.published = null;
            found.version++;
            return json(200, view(found));
        }
        if (method.equals(RequestMethod.DELETE) && action.isEmpty()) {
            if (found.isPublished()) {
                return error(400, "BadRequest", "Cannot delete published; unpublish it first.", null);
            }
            store.remove(id);
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204);
        }
        return notFound("Unknown", path);
    }

    private ResponseDefinitionBuilder versionCheck(Resource found, String version) {
        if (version == null || !version.equals(String.valueOf(found.version))) {
            versionMismatches.incrementAndGet();
            return error(
                    409,
                    "VersionMismatch",
                    "Version mismatch error. The version you specified was incorrect. "
                            + "This may be due to someone else editing the content.",
                    null);
        }
        return null;
    }

    // ---- content types ----

    private ResponseDefinitionBuilder putType(String id, Resource found, ObjectNode body) {
        List<String> problems = new ArrayList<>();
        if (!body.path("name").isString() || body.path("name").asString().isBlank()) {
            problems.add("name|name is required");
        }
        if (!body.path("fields").isArray()) {
            problems.add("fields|fields is required");
        } else {
            int live = 0;
            Set<String> ids = new HashSet<>();
            Map<String, JsonNode> before = new java.util.HashMap<>();
            if (found != null) {
                found.body
                        .path("fields")
                        .forEach(field -> before.put(field.path("id").asString(), field));
            }
            for (JsonNode field : body.path("fields")) {
                String fieldId = field.path("id").asString("");
                if (!field.path("deleted").asBoolean(false)) {
                    live++;
                }
                if (!FIELD_ID.matcher(fieldId).matches() || !ids.add(fieldId)) {
                    problems.add("fields|field id '" + fieldId + "' is invalid or repeated");
                    continue;
                }
                if (!field.path("name").isString()
                        || field.path("name").asString().isBlank()) {
                    problems.add("fields." + fieldId + "|name is required");
                }
                String fieldProblem = checkFieldType(field, false);
                if (fieldProblem != null) {
                    problems.add("fields." + fieldId + "|" + fieldProblem);
                }
                JsonNode was = before.get(fieldId);
                if (was != null
                        && !was.path("type")
                                .asString()
                                .equals(field.path("type").asString())) {
                    problems.add("fields." + fieldId + "|a field's type cannot be changed ("
                            + was.path("type").asString() + " to "
                            + field.path("type").asString() + ")");
                }
            }
            for (JsonNode was : before.values()) {
                if (!ids.contains(was.path("id").asString())
                        && !was.path("omitted").asBoolean(false)
                        && !was.path("deleted").asBoolean(false)) {
                    problems.add(
                            "fields." + was.path("id").asString() + "|a field must be omitted before it is deleted");
                }
            }
            if (live > ContentfulVendor.MAX_FIELDS) {
                problems.add("fields|Size must be at most 50 (the type has " + live + " fields)");
            }
            if (body.has("displayField") && !body.path("displayField").isNull()) {
                String display = body.path("displayField").asString("");
                boolean fits = false;
                for (JsonNode field : body.path("fields")) {
                    fits |= field.path("id").asString().equals(display)
                            && Set.of("Symbol", "Text")
                                    .contains(field.path("type").asString());
                }
                if (!fits) {
                    problems.add("displayField|displayField must name a Symbol or Text field");
                }
            }
        }
        if (!problems.isEmpty()) {
            return validationFailed(problems);
        }
        Resource type = found == null ? new Resource("ContentType", id, body) : found;
        if (found != null) {
            type.body = body;
            type.version++;
        }
        types.put(id, type);
        return json(found == null ? 201 : 200, view(type));
    }

    private static String checkFieldType(JsonNode field, boolean inArray) {
        String type = field.path("type").asString("");
        if (!FIELD_TYPES.contains(type)) {
            return "unknown field type '" + type + "'";
        }
        if (inArray && !type.equals("Symbol") && !type.equals("Link")) {
            return "array items are Symbol or Link";
        }
        if (type.equals("Link")
                && !Set.of("Entry", "Asset").contains(field.path("linkType").asString(""))) {
            return "a Link needs linkType Entry or Asset";
        }
        if (type.equals("Array")) {
            if (!field.path("items").isObject()) {
                return "an Array needs items";
            }
            String items = checkFieldType(field.path("items"), true);
            if (items != null) {
                return items;
            }
        }
        for (JsonNode validation : field.path("validations")) {
            if (!validation.isObject() || validation.size() == 0) {
                return "a validation is an object";
            }
            for (String name : validation.propertyNames()) {
                if (!VALIDATIONS.contains(name)) {
                    return "unknown validation '" + name + "'";
                }
            }
            if (validation.has("range") && !Set.of("Integer", "Number").contains(type)) {
                return "range applies to numbers only";
            }
            if ((validation.has("regexp") || validation.has("unique"))
                    && !Set.of("Symbol", "Text", "Integer", "Number").contains(type)) {
                return "regexp and unique apply to text and numbers only";
            }
            if (validation.has("in") && !validation.path("in").isArray()) {
                return "in takes a list";
            }
            if (validation.has("linkContentType")
                    && !(type.equals("Link")
                            && field.path("linkType").asString().equals("Entry"))) {
                return "linkContentType applies to links to entries only";
            }
            if (validation.has("linkMimetypeGroup")
                    && !(type.equals("Link")
                            && field.path("linkType").asString().equals("Asset"))) {
                return "linkMimetypeGroup applies to links to assets only";
            }
            if (validation.has("size")
                    && !Set.of("Symbol", "Text", "Array", "RichText", "Object").contains(type)) {
                return "size applies to text and arrays only";
            }
            if (validation.has("regexp")) {
                try {
                    Pattern.compile(validation.path("regexp").path("pattern").asString(""));
                } catch (PatternSyntaxException e) {
                    return "the regexp does not compile";
                }
            }
        }
        return null;
    }

    // ---- entries ----

    private ResponseDefinitionBuilder putEntry(String id, Resource found, ObjectNode body, String contentTypeHeader) {
        String typeId = found != null ? found.contentType : contentTypeHeader;
        if (typeId == null) {
            return error(422, "ValidationFailed", "Send X-Contentful-Content-Type to create an entry.", null);
        }
        if (found != null && contentTypeHeader != null && !contentTypeHeader.equals(found.contentType)) {
            return error(422, "ValidationFailed", "An entry's content type cannot be changed.", null);
        }
        Resource type = types.get(typeId);
        if (type == null || type.published == null) {
            return error(
                    422,
                    "UnknownContentType",
                    "The content type '" + typeId + "' does not exist or is not activated.",
                    null);
        }
        for (String property : body.propertyNames()) {
            if (!property.equals("fields") && !property.equals("metadata") && !property.equals("sys")) {
                return validationFailed(List.of(property + "|The property \"" + property + "\" is not expected"));
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> defined = new java.util.HashMap<>();
        type.published.path("fields").forEach(field -> {
            if (!field.path("omitted").asBoolean(false)
                    && !field.path("deleted").asBoolean(false)) {
                defined.put(field.path("id").asString(), field);
            }
        });
        for (var entry : body.path("fields").properties()) {
            JsonNode field = defined.get(entry.getKey());
            if (field == null) {
                problems.add("fields." + entry.getKey() + "|The property \"" + entry.getKey() + "\" is not expected");
                continue;
            }
            if (!entry.getValue().isObject()) {
                problems.add("fields." + entry.getKey() + "|values are keyed by locale");
                continue;
            }
            for (var localised : entry.getValue().properties()) {
                if (!localised.getKey().equals(LOCALE)) {
                    problems.add("fields." + entry.getKey() + "." + localised.getKey() + "|unknown locale");
                    continue;
                }
                String refused = checkValue(field, localised.getValue(), false);
                if (refused != null) {
                    problems.add("fields." + entry.getKey() + "." + LOCALE + "|" + refused);
                }
            }
        }
        if (!problems.isEmpty()) {
            return validationFailed(problems);
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.set("fields", body.path("fields").deepCopy());
        Resource entry = found == null ? new Resource("Entry", id, stored) : found;
        if (found != null) {
            entry.body = stored;
            entry.version++;
        }
        entry.contentType = typeId;
        entries.put(id, entry);
        return json(found == null ? 201 : 200, view(entry));
    }

    private static String checkValue(JsonNode field, JsonNode value, boolean inArray) {
        String type = field.path("type").asString();
        boolean fits = switch (type) {
            case "Symbol" -> value.isString() && value.asString().length() <= 256;
            case "Text" -> value.isString() && value.asString().length() <= 50_000;
            case "Integer" -> value.isIntegralNumber();
            case "Number" -> value.isNumber();
            case "Boolean" -> value.isBoolean();
            case "Date" -> value.isString() && isDate(value.asString());
            case "Object" -> value.isObject() || value.isArray();
            case "Location" ->
                value.isObject()
                        && value.path("lat").isNumber()
                        && value.path("lon").isNumber();
            case "RichText" -> richText(value) == null;
            case "Link" ->
                value.isObject()
                        && value.path("sys").path("type").asString("").equals("Link")
                        && value.path("sys")
                                .path("linkType")
                                .asString("")
                                .equals(field.path("linkType").asString())
                        && value.path("sys").path("id").isString()
                        && value.size() == 1;
            case "Array" -> {
                if (!value.isArray()) {
                    yield false;
                }
                for (JsonNode element : value) {
                    if (checkValue(field.path("items"), element, true) != null) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
        if (!fits) {
            return type.equals("RichText")
                    ? "not a rich text document: " + richText(value)
                    : "the value does not fit a " + type + " field" + (inArray ? " item" : "");
        }
        return null;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notDate) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notDateTime) {
                return text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
            }
        }
    }

    /** What is wrong with a rich-text document, or null. */
    static String richText(JsonNode document) {
        if (!document.isObject()
                || !document.path("nodeType").asString("").equals("document")
                || !document.path("data").isObject()
                || !document.path("content").isArray()) {
            return "the root is a document node with data and content";
        }
        for (JsonNode block : document.path("content")) {
            String refused = node(block, BLOCKS);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private static String node(JsonNode node, Set<String> allowed) {
        String type = node.path("nodeType").asString("");
        if (!allowed.contains(type)) {
            return "'" + type + "' is not allowed here (" + String.join(", ", new java.util.TreeSet<>(allowed)) + ")";
        }
        if (type.equals("text")) {
            return node.path("value").isString()
                            && node.path("marks").isArray()
                            && node.path("data").isObject()
                    ? null
                    : "a text node has value, marks and data";
        }
        if (!node.path("data").isObject() || !node.path("content").isArray()) {
            return "a " + type + " node has data and content";
        }
        Set<String> inside = switch (type) {
            case "paragraph", "heading-1", "heading-2", "heading-3", "heading-4", "heading-5", "heading-6" ->
                Set.of("text", "hyperlink", "entry-hyperlink", "asset-hyperlink", "embedded-entry-inline");
            case "unordered-list", "ordered-list" -> Set.of("list-item");
            case "list-item" -> Set.of("paragraph", "unordered-list", "ordered-list");
            case "hyperlink" -> Set.of("text");
            case "blockquote" -> Set.of("paragraph");
            default -> Set.of();
        };
        if (type.equals("hyperlink") && !node.path("data").path("uri").isString()) {
            return "a hyperlink has data.uri";
        }
        if (inside.isEmpty() && !node.path("content").isEmpty()) {
            return "a " + type + " node has no content";
        }
        if (!inside.isEmpty() && node.path("content").isEmpty()) {
            return "a " + type + " node is not empty";
        }
        for (JsonNode child : node.path("content")) {
            String refused = node(child, inside);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** Contentful checks required fields and validations when publishing (drafts may be incomplete). */
    private String publishable(Resource found) {
        if (found.kind.equals("ContentType")) {
            return null;
        }
        if (found.kind.equals("Asset")) {
            return found.fields().path("file").path(LOCALE).path("url").isString()
                    ? null
                    : "fields.file|the file is not processed yet";
        }
        Resource type = types.get(found.contentType);
        if (type == null || type.published == null) {
            return "sys.contentType|the content type is not active";
        }
        for (JsonNode field : type.published.path("fields")) {
            if (field.path("omitted").asBoolean(false) || field.path("deleted").asBoolean(false)) {
                continue;
            }
            String id = field.path("id").asString();
            JsonNode value = found.fields().path(id).path(LOCALE);
            if (value.isMissingNode() || value.isNull()) {
                if (field.path("required").asBoolean(false)) {
                    return "fields." + id + "|Required";
                }
                continue;
            }
            for (JsonNode validation : field.path("validations")) {
                String refused = validate(validation, value, found, id);
                if (refused != null) {
                    return "fields." + id + "|" + refused;
                }
            }
        }
        return null;
    }

    private String validate(JsonNode validation, JsonNode value, Resource entry, String fieldId) {
        if (validation.has("in")) {
            boolean listed = false;
            for (JsonNode allowed : validation.path("in")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                return "Value must be one of " + validation.path("in");
            }
        }
        if (validation.has("size")) {
            int size = value.isString() ? value.asString().length() : value.size();
            JsonNode bounds = validation.path("size");
            if (bounds.has("min") && size < bounds.path("min").asInt()
                    || bounds.has("max") && size > bounds.path("max").asInt()) {
                return "Size must be within " + bounds;
            }
        }
        if (validation.has("range")) {
            double number = value.asDouble();
            JsonNode bounds = validation.path("range");
            if (bounds.has("min") && number < bounds.path("min").asDouble()
                    || bounds.has("max") && number > bounds.path("max").asDouble()) {
                return "Value must be within " + bounds;
            }
        }
        if (validation.has("regexp")
                && !Pattern.compile(validation.path("regexp").path("pattern").asString())
                        .matcher(value.asString())
                        .find()) {
            return "Does not match the expected format";
        }
        if (validation.path("unique").asBoolean(false)) {
            for (Resource other : entries.values()) {
                if (other != entry
                        && other.isPublished()
                        && entry.contentType.equals(other.contentType)
                        && value.equals(
                                other.published.path("fields").path(fieldId).path(LOCALE))) {
                    return "Same field value present in other entry";
                }
            }
        }
        return null;
    }

    // ---- assets ----

    private ResponseDefinitionBuilder putAsset(String id, Resource found, ObjectNode body) {
        JsonNode fields = body.path("fields");
        List<String> problems = new ArrayList<>();
        if (!fields.path("title").path(LOCALE).isString()) {
            problems.add("fields.title|title is keyed by locale");
        }
        JsonNode file = fields.path("file").path(LOCALE);
        String upload = file.path("uploadFrom").path("sys").path("id").asString("");
        if (!file.path("contentType").isString() || !file.path("fileName").isString()) {
            problems.add("fields.file|a file has contentType and fileName");
        }
        if (!file.path("uploadFrom").path("sys").path("linkType").asString("").equals("Upload")
                || !uploads.containsKey(upload)) {
            problems.add("fields.file.uploadFrom|links an upload that exists");
        }
        if (fields.has("description")
                && !fields.path("description").path(LOCALE).isString()) {
            problems.add("fields.description|description is keyed by locale");
        }
        if (!problems.isEmpty()) {
            return validationFailed(problems);
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.set("fields", fields.deepCopy());
        Resource asset = found == null ? new Resource("Asset", id, stored) : found;
        if (found != null) {
            asset.body = stored;
            asset.version++;
        }
        asset.pollsUntilProcessed = -1;
        assets.put(id, asset);
        return json(found == null ? 201 : 200, view(asset));
    }

    private void finishProcessing(Resource asset) {
        ObjectNode file = (ObjectNode) asset.fields().path("file").path(LOCALE);
        byte[] bytes =
                uploads.get(file.path("uploadFrom").path("sys").path("id").asString());
        file.remove("uploadFrom");
        file.put(
                "url",
                "//images.ctfassets.net/" + SPACE + "/" + asset.id + "/"
                        + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "/"
                        + file.path("fileName").asString());
        ObjectNode details = file.putObject("details");
        details.put("size", bytes.length);
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image != null) {
                details.putObject("image").put("width", image.getWidth()).put("height", image.getHeight());
            }
        } catch (IOException notAnImage) {
            // a file without dimensions
        }
        asset.version++;
    }

    // ---- answers ----

    private static ObjectNode view(Resource resource) {
        ObjectNode view = resource.body.deepCopy();
        ObjectNode sys = view.putObject("sys");
        sys.put("type", resource.kind).put("id", resource.id).put("version", resource.version);
        if (resource.publishedVersion != null) {
            sys.put("publishedVersion", resource.publishedVersion);
        }
        if (resource.contentType != null) {
            sys.putObject("contentType")
                    .putObject("sys")
                    .put("type", "Link")
                    .put("linkType", "ContentType")
                    .put("id", resource.contentType);
        }
        return view;
    }

    private static ResponseDefinitionBuilder validationFailed(List<String> problems) {
        ObjectNode body = errorBody("ValidationFailed", "Validation error");
        ArrayNode errors = body.putObject("details").putArray("errors");
        for (String problem : problems) {
            String[] parts = problem.split("\\|", 2);
            ObjectNode error = errors.addObject();
            error.put("name", "invalid");
            ArrayNode path = error.putArray("path");
            for (String part : parts[0].split("\\.")) {
                path.add(part);
            }
            error.put("details", parts[1]);
        }
        return json(422, body);
    }

    private static ResponseDefinitionBuilder error(int status, String id, String message, String problem) {
        if (problem != null) {
            return validationFailed(List.of(problem));
        }
        return json(status, errorBody(id, message));
    }

    private static ObjectNode errorBody(String id, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("sys").put("type", "Error").put("id", id);
        body.put("message", message);
        body.put("requestId", UUID.randomUUID().toString());
        return body;
    }

    private static ResponseDefinitionBuilder notFound(String type, String id) {
        ObjectNode body = errorBody("NotFound", "The resource could not be found.");
        body.putObject("details").put("type", type).put("id", id);
        return json(404, body);
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", CMA)
                .withBody(body.toString());
    }

    private static String query(Request request, String name, String otherwise) {
        var parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    /** Entries published, by ID. */
    long publishedEntries() {
        return entries.values().stream().filter(Resource::isPublished).count();
    }
}
