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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Optimizely SaaS CMS's REST API v1 as its OpenAPI description documents it (episerver/content-js-sdk's generated
 * types), with state: OAuth client-credentials tokens that expire, content types through the manifest, content
 * created under a key with wrapped property values and {@code cms://content/<key>} references, multipart media,
 * versions and publishing, problem+json errors. It refuses what the real API refuses (an unwrapped value, an unknown
 * property, a bad key, an expired token) and can be told to limit the rate (429 with Retry-After), fail a request
 * or answer slowly.
 */
public final class FakeOptimizely implements ResponseDefinitionTransformerV2 {

    public static final String CLIENT_ID = "studio-client";
    public static final String CLIENT_SECRET = "studio-client-secret-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern TYPE_KEY = Pattern.compile("[A-Za-z][_0-9A-Za-z]{1,254}");
    private static final Pattern REFERENCE = Pattern.compile("cms://content/([0-9a-f]{32})");
    private static final Set<String> BASE_TYPES =
            Set.of("_page", "_experience", "_folder", "_component", "_section", "_image", "_media", "_video");
    private static final Set<String> PROPERTY_TYPES = Set.of(
            "string",
            "url",
            "boolean",
            "integer",
            "float",
            "dateTime",
            "contentReference",
            "content",
            "link",
            "richText",
            "json",
            "array",
            "component");
    private static final Pattern CONTENT = Pattern.compile("/v1/content/([^/]+)");
    private static final Pattern VERSIONS = Pattern.compile("/v1/content/([^/]+)/versions");
    private static final Pattern PUBLISH = Pattern.compile("/v1/content/([^/]+)/versions/([^/:]+):publish");

    /** A content item and its versions, as the CMS holds it. */
    record Item(String key, String contentType, List<ObjectNode> versions) {
        synchronized ObjectNode latest() {
            return versions.getLast();
        }

        synchronized ObjectNode published() {
            return versions.stream()
                    .filter(v -> v.path("status").asString().equals("published"))
                    .reduce((a, b) -> b)
                    .orElse(null);
        }
    }

    final WireMockServer server;
    final Map<String, ObjectNode> types = new ConcurrentHashMap<>();
    final Map<String, Item> content = new ConcurrentHashMap<>();
    final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger versionSeq = new AtomicInteger();
    private volatile int tokenSeconds = 300;
    final InjectedFaults faults = new InjectedFaults();
    private final AtomicLong writes = new AtomicLong();
    final AtomicInteger tokensIssued = new AtomicInteger();

    public FakeOptimizely() {
        this(true);
    }

    /** @param journal whether to keep every request for the test to inspect (a benchmark measuring memory does not) */
    FakeOptimizely(boolean journal) {
        ObjectNode image = JSON.createObjectNode()
                .put("key", "ImageMedia")
                .put("displayName", "Image")
                .put("baseType", "_image");
        image.putObject("properties");
        types.put("ImageMedia", image);
        var options =
                options().dynamicPort().extensions(this).containerThreads(40).jettyAcceptors(2);
        server = new WireMockServer(journal ? options : options.disableRequestJournal());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(getName())));
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    public void shutDown() {
        server.stop();
    }

    /** Tokens the fake issues from now on last this long. */
    void tokensLast(int seconds) {
        tokenSeconds = seconds;
    }

    /** More requests than this in any second get a 429 with {@code Retry-After: 1}; 0 for no limit. */
    void limit(int perSecond) {
        faults.limit(perSecond);
    }

    void slow(String pattern, int millis, int times) {
        faults.slow(pattern, millis, times);
    }

    void fail(String pattern, int status, int times) {
        faults.fail(pattern, status, times);
    }

    /** Requests that could change something (token requests and reads aside) since the last reset. */
    public long writes() {
        return writes.get();
    }

    /** Forgets the requests so far (the CMS's content stays). */
    void reset() {
        server.resetRequests();
        writes.set(0);
    }

    @Override
    public String getName() {
        return "fake-optimizely";
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
        if (!RequestMethod.GET.equals(request.getMethod()) && !path.startsWith("/oauth/")) {
            writes.incrementAndGet();
        }
        faults.holdUp(call);
        if (faults.admit() < 0) {
            return answer(429, "application/json", "{\"title\":\"Too Many Requests\",\"status\":429}")
                    .withHeader("Retry-After", "1")
                    .build();
        }
        int failed = faults.failure(call);
        if (failed > 0) {
            return problem(failed, "Injected failure", "The service failed.");
        }
        if (path.equals("/oauth/token") && RequestMethod.POST.equals(request.getMethod())) {
            return token(request);
        }
        if (!path.startsWith("/v1/")) {
            return problem(404, "Not Found", "No such resource.");
        }
        String authorization = request.getHeader("Authorization");
        Instant expiry = authorization == null || !authorization.startsWith("Bearer ")
                ? null
                : tokens.get(authorization.substring(7));
        if (expiry == null || Instant.now().isAfter(expiry)) {
            return problem(401, "Unauthorized", "The access token is missing, invalid or expired.");
        }
        synchronized (this) {
            return route(request, path);
        }
    }

    private ResponseDefinition token(Request request) {
        if (!String.valueOf(request.getHeader("Content-Type")).startsWith("application/json")) {
            return answer(400, "application/json", "{\"error\":\"invalid_request\"}")
                    .build();
        }
        JsonNode body = JSON.readTree(request.getBodyAsString());
        if (!body.path("grant_type").asString().equals("client_credentials")) {
            return answer(400, "application/json", "{\"error\":\"unsupported_grant_type\"}")
                    .build();
        }
        if (!CLIENT_ID.equals(body.path("client_id").asString())
                || !CLIENT_SECRET.equals(body.path("client_secret").asString())) {
            return answer(401, "application/json", "{\"error\":\"invalid_client\"}")
                    .build();
        }
        String token = "tok-" + UUID.randomUUID();
        tokens.put(token, Instant.now().plusSeconds(tokenSeconds));
        tokensIssued.incrementAndGet();
        return answer(
                        200,
                        "application/json",
                        "{\"access_token\":\"" + token + "\",\"expires_in\":" + tokenSeconds
                                + ",\"token_type\":\"Bearer\"}")
                .build();
    }

    private ResponseDefinition route(Request request, String path) {
        RequestMethod method = request.getMethod();
        Matcher m;
        if (RequestMethod.GET.equals(method) && path.equals("/v1/contenttypes")) {
            int pageIndex = Integer.parseInt(query(request, "pageIndex", "0"));
            int pageSize = Integer.parseInt(query(request, "pageSize", "10"));
            List<ObjectNode> all = types.values().stream()
                    .sorted((a, b) ->
                            a.path("key").asString().compareTo(b.path("key").asString()))
                    .toList();
            ObjectNode page = JSON.createObjectNode();
            ArrayNode items = page.putArray("items");
            all.stream().skip((long) pageIndex * pageSize).limit(pageSize).forEach(items::add);
            page.put("pageIndex", pageIndex).put("pageSize", pageSize).put("totalCount", all.size());
            return ok(200, page);
        }
        if (RequestMethod.POST.equals(method) && path.equals("/v1/manifest")) {
            return manifest(request);
        }
        if (RequestMethod.POST.equals(method) && path.equals("/v1/content")) {
            return request.isMultipart() ? createMedia(request) : create(request);
        }
        if (RequestMethod.POST.equals(method) && (m = PUBLISH.matcher(path)).matches()) {
            Item item = content.get(m.group(1));
            String wanted = m.group(2);
            if (item == null) {
                return problem(404, "Not Found", "No content with key " + m.group(1) + ".");
            }
            ObjectNode version = item.versions().stream()
                    .filter(v -> v.path("version").asString().equals(wanted))
                    .findFirst()
                    .orElse(null);
            if (version == null) {
                return problem(404, "Not Found", "No version " + m.group(2) + ".");
            }
            item.versions().stream()
                    .filter(v -> v.path("status").asString().equals("published"))
                    .forEach(v -> v.put("status", "previous"));
            version.put("status", "published");
            return ok(200, version);
        }
        if (RequestMethod.POST.equals(method) && (m = VERSIONS.matcher(path)).matches()) {
            Item item = content.get(m.group(1));
            if (item == null) {
                return problem(404, "Not Found", "No content with key " + m.group(1) + ".");
            }
            JsonNode body = jsonBody(request);
            String refused = checkVersion(types.get(item.contentType()), body, true);
            if (refused != null) {
                return problem(400, "Bad Request", refused);
            }
            ObjectNode version = stored(body, item.contentType(), item.key());
            item.versions().add(version);
            return ok(201, version);
        }
        if (RequestMethod.DELETE.equals(method) && (m = CONTENT.matcher(path)).matches()) {
            Item removed = content.remove(m.group(1));
            return removed == null
                    ? problem(404, "Not Found", "No content with key " + m.group(1) + ".")
                    : ok(200, JSON.createObjectNode().put("key", removed.key()));
        }
        if (RequestMethod.GET.equals(method) && (m = CONTENT.matcher(path)).matches()) {
            Item item = content.get(m.group(1));
            return item == null ? problem(404, "Not Found", "No content.") : ok(200, item.latest());
        }
        return problem(404, "Not Found", "No such resource: " + method + " " + path);
    }

    private ResponseDefinition manifest(Request request) {
        if (!String.valueOf(request.getHeader("Content-Type"))
                .startsWith("application/vnd.optimizely.cms.v1.manifest+json")) {
            return problem(
                    415,
                    "Unsupported Media Type",
                    "The manifest is sent as application/vnd.optimizely.cms.v1.manifest+json.");
        }
        JsonNode body = jsonBody(request);
        if (!body.path("contentTypes").isArray()) {
            return problem(400, "Bad Request", "contentTypes is required.");
        }
        boolean ignoreLoss = "true".equals(request.getHeader("cms-ignore-data-loss-warnings"));
        Set<String> known = new java.util.HashSet<>(types.keySet());
        body.path("contentTypes").forEach(type -> known.add(type.path("key").asString()));
        ArrayNode outcomes = JSON.createArrayNode();
        ArrayNode errors = JSON.createArrayNode();
        for (JsonNode type : body.path("contentTypes")) {
            String key = type.path("key").asString();
            String refused = checkType(type, known);
            ObjectNode existing = types.get(key);
            if (refused == null && existing != null && !ignoreLoss) {
                for (String property : existing.path("properties").propertyNames()) {
                    JsonNode was = existing.path("properties").path(property);
                    JsonNode now = type.path("properties").path(property);
                    if (now.isMissingNode()
                            || !now.path("type")
                                    .asString()
                                    .equals(was.path("type").asString())) {
                        refused = "Changing property '" + property
                                + "' may lose data; send cms-ignore-data-loss-warnings to proceed.";
                    }
                }
            }
            if (refused != null) {
                errors.addObject()
                        .put("section", "contentTypes")
                        .put("message", refused)
                        .put("resource", key);
            } else {
                types.put(key, (ObjectNode) type.deepCopy());
                outcomes.addObject()
                        .put("section", "contentTypes")
                        .put("message", (existing == null ? "Created" : "Updated") + " content type " + key)
                        .put("resource", key);
            }
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("outcomes", outcomes);
        result.set("errors", errors);
        return ok(200, result);
    }

    private static String checkType(JsonNode type, Set<String> known) {
        String key = type.path("key").asString("");
        if (!TYPE_KEY.matcher(key).matches()) {
            return "The key '" + key + "' is not a valid content type key.";
        }
        if (!BASE_TYPES.contains(type.path("baseType").asString(""))) {
            return "baseType '" + type.path("baseType").asString("") + "' is not a base type.";
        }
        if (type.path("displayName").asString("").length() > 255) {
            return "displayName is longer than 255 characters.";
        }
        for (var entry : type.path("properties").properties()) {
            String refused = checkProperty(entry.getKey(), entry.getValue(), known, false);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private static String checkProperty(String name, JsonNode property, Set<String> known, boolean inArray) {
        if (!inArray && !TYPE_KEY.matcher(name).matches()) {
            return "Property key '" + name + "' is not valid.";
        }
        String kind = property.path("type").asString("");
        if (!PROPERTY_TYPES.contains(kind) || inArray && kind.equals("array")) {
            return "Property '" + name + "' has an unsupported type '" + kind + "'.";
        }
        if (kind.equals("contentReference")
                && property.has("indexingType")
                && !property.path("indexingType").asString().equals("disabled")) {
            return "Property '" + name + "': contentReference cannot be queryable or searchable.";
        }
        for (JsonNode allowed : property.path("allowedTypes")) {
            if (!BASE_TYPES.contains(allowed.asString()) && !known.contains(allowed.asString())) {
                return "Property '" + name + "' allows unknown type '" + allowed.asString() + "'.";
            }
        }
        for (JsonNode value : property.path("enum")) {
            if (!value.isObject() || !value.has("value")) {
                return "Property '" + name + "': enum entries are {value, displayName}.";
            }
        }
        if (kind.equals("array")) {
            if (!property.path("items").isObject()) {
                return "Property '" + name + "': an array needs items.";
            }
            return checkProperty(name, property.path("items"), known, true);
        }
        return null;
    }

    private ResponseDefinition create(Request request) {
        if (!String.valueOf(request.getHeader("Content-Type")).startsWith("application/json")) {
            return problem(415, "Unsupported Media Type", "Send application/json or multipart/form-data.");
        }
        JsonNode body = jsonBody(request);
        String key = body.path("key").asString("");
        if (!KEY.matcher(key).matches()) {
            return problem(400, "Bad Request", "key must be 32 hexadecimal characters.");
        }
        ObjectNode type = types.get(body.path("contentType").asString(""));
        if (type == null) {
            return problem(
                    400,
                    "Bad Request",
                    "Unknown content type '" + body.path("contentType").asString("") + "'.");
        }
        if (!body.path("container").isString() && !body.path("owner").isString()) {
            return problem(400, "Bad Request", "container or owner is required.");
        }
        if (content.containsKey(key)) {
            return problem(409, "Conflict", "Content with key " + key + " already exists.");
        }
        String refused = checkVersion(
                type, body.path("initialVersion"), "references".equals(request.getHeader("cms-skip-validation")));
        if (refused != null) {
            return problem(400, "Bad Request", refused);
        }
        Item item = new Item(key, type.path("key").asString(), new ArrayList<>());
        ObjectNode version = stored(body.path("initialVersion"), item.contentType(), key);
        item.versions().add(version);
        content.put(key, item);
        ObjectNode answer = JSON.createObjectNode().put("key", key).put("contentType", item.contentType());
        answer.set("initialVersion", version);
        return ok(201, "return=representation".equals(request.getHeader("Prefer")) ? answer : null);
    }

    private ResponseDefinition createMedia(Request request) {
        Request.Part contentPart = request.getPart("content");
        Request.Part file = request.getPart("file");
        if (contentPart == null || file == null || file.getBody().asBytes().length == 0) {
            return problem(400, "Bad Request", "A media upload has a 'content' part and a non-empty 'file' part.");
        }
        JsonNode body = JSON.readTree(contentPart.getBody().asString());
        String key = body.path("key").asString("");
        ObjectNode type = types.get(body.path("contentType").asString(""));
        if (!KEY.matcher(key).matches()
                || type == null
                || !type.path("baseType").asString().equals("_image")) {
            return problem(400, "Bad Request", "A media item needs a 32-character key and an image content type.");
        }
        if (content.containsKey(key)) {
            return problem(409, "Conflict", "Content with key " + key + " already exists.");
        }
        Item item = new Item(key, type.path("key").asString(), new ArrayList<>());
        ObjectNode version = stored(body.path("initialVersion"), item.contentType(), key);
        item.versions().add(version);
        content.put(key, item);
        media.put(key, file.getBody().asBytes());
        ObjectNode answer = JSON.createObjectNode().put("key", key).put("contentType", item.contentType());
        answer.set("initialVersion", version);
        return ok(201, answer);
    }

    /** A version's body against its type: wrapped values of known properties, of the property's type. */
    private String checkVersion(ObjectNode type, JsonNode version, boolean skipReferences) {
        if (type == null) {
            return "Unknown content type.";
        }
        if (version.path("displayName").asString("").isBlank()) {
            return "displayName is required.";
        }
        if (!version.path("locale").isString()) {
            return "locale is required.";
        }
        for (var entry : version.path("properties").properties()) {
            JsonNode property = type.path("properties").path(entry.getKey());
            if (property.isMissingNode()) {
                return "Property '" + entry.getKey() + "' is not defined on "
                        + type.path("key").asString() + ".";
            }
            if (!entry.getValue().isObject() || !entry.getValue().has("value")) {
                return "The value did not match the expected type (" + entry.getKey() + ").";
            }
            String refused =
                    checkValue(entry.getKey(), property, entry.getValue().path("value"), skipReferences);
            if (refused != null) {
                return refused;
            }
        }
        for (var entry : type.path("properties").properties()) {
            if (entry.getValue().path("isRequired").asBoolean(false)
                    && !version.path("properties").has(entry.getKey())) {
                return "Property '" + entry.getKey() + "' is required.";
            }
        }
        return null;
    }

    private String checkValue(String name, JsonNode property, JsonNode value, boolean skipReferences) {
        String kind = property.path("type").asString();
        boolean fits = switch (kind) {
            case "string", "url", "dateTime" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "float" -> value.isNumber();
            case "richText" -> value.isObject() && value.path("html").isString();
            case "json" -> value.isObject() || value.isArray();
            case "contentReference" -> value.isString() && reference(value.asString(), skipReferences);
            case "content" -> value.isObject() && (value.has("reference") || value.has("contentType"));
            case "array" -> {
                if (!value.isArray()) {
                    yield false;
                }
                for (JsonNode element : value) {
                    String refused = checkValue(name, property.path("items"), element, skipReferences);
                    if (refused != null) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> true;
        };
        if (!fits) {
            return "The value did not match the expected type (" + name + ": " + kind + ").";
        }
        if (kind.equals("content") && value.has("contentType")) {
            ObjectNode component = types.get(value.path("contentType").asString(""));
            if (component == null) {
                return "Unknown component type in " + name + ".";
            }
            for (var entry : value.path("properties").properties()) {
                JsonNode inner = component.path("properties").path(entry.getKey());
                if (inner.isMissingNode() || !entry.getValue().has("value")) {
                    return "The value did not match the expected type (" + name + "." + entry.getKey() + ").";
                }
                String refused = checkValue(
                        name + "." + entry.getKey(), inner, entry.getValue().path("value"), skipReferences);
                if (refused != null) {
                    return refused;
                }
            }
        }
        if (kind.equals("string")
                && property.has("maxLength")
                && value.asString().length() > property.path("maxLength").asInt()) {
            return "The value of " + name + " is too long.";
        }
        return null;
    }

    private boolean reference(String value, boolean skipReferences) {
        Matcher m = REFERENCE.matcher(value);
        return m.matches() && (skipReferences || content.containsKey(m.group(1)));
    }

    private ObjectNode stored(JsonNode body, String contentType, String key) {
        ObjectNode version = body.isObject() ? (ObjectNode) body.deepCopy() : JSON.createObjectNode();
        version.put("key", key);
        version.put("contentType", contentType);
        version.put("version", String.valueOf(versionSeq.incrementAndGet()));
        version.put("status", "draft");
        return version;
    }

    private static JsonNode jsonBody(Request request) {
        return JSON.readTree(request.getBodyAsString());
    }

    private static String query(Request request, String name, String otherwise) {
        var parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    private static ResponseDefinition ok(int status, JsonNode body) {
        return answer(status, "application/json", body == null ? "" : body.toString())
                .build();
    }

    private static ResponseDefinition problem(int status, String title, String detail) {
        return answer(
                        status,
                        "application/problem+json",
                        JSON.createObjectNode()
                                .put("type", "about:blank")
                                .put("title", title)
                                .put("status", status)
                                .put("detail", detail)
                                .toString())
                .build();
    }

    private static ResponseDefinitionBuilder answer(int status, String type, String body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", type)
                .withBody(body);
    }

    /** The items of a content type, by key, with their latest version. */
    Map<String, ObjectNode> itemsOf(String contentType) {
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        content.values().stream()
                .filter(item -> item.contentType().equals(contentType))
                .forEach(item -> found.put(item.key(), item.latest()));
        return found;
    }

    Map<String, Integer> versionsPerItem() {
        Map<String, Integer> counts = new HashMap<>();
        content.values().forEach(item -> counts.put(item.key(), item.versions().size()));
        return counts;
    }
}
