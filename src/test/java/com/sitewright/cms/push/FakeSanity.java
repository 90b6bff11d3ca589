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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sanity's HTTP API for mutations and image assets as Sanity documents it, with state: a dataset of documents,
 * transactions applied whole or not at all, image assets named by their bytes ({@code image-<sha1>-<w>x<h>-<ext>}).
 * It refuses what Sanity refuses: a malformed mutation, a document without {@code _id} or {@code _type}, an object in
 * an array without a unique {@code _key}, a strong reference to a document that does not exist, a body over 4 MB,
 * a wrong token or dataset. It can be told to fail a request or answer slowly.
 */
final class FakeSanity implements ResponseDefinitionTransformerV2 {

    static final String PROJECT = "coffee0proj";
    static final String DATASET = "production";
    static final String TOKEN = "sk-studio-write-token-0123456789abcdef";
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH =
            Pattern.compile("/v(\\d{4}-\\d{2}-\\d{2}|1)/(data/mutate|assets/images)/([^/]+)");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> OPERATIONS =
            Set.of("create", "createOrReplace", "createIfNotExists", "delete", "patch");

    final WireMockServer server;
    final Map<String, ObjectNode> documents = new ConcurrentHashMap<>();
    final InjectedFaults faults = new InjectedFaults();
    final AtomicInteger transactions = new AtomicInteger();
    final AtomicInteger largestBody = new AtomicInteger();

    FakeSanity() {
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

    void delay(int millis) {
        faults.delay(millis);
    }

    void fail(String pattern, int status, int times) {
        faults.fail(pattern, status, times);
    }

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
        return "fake-sanity";
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
        int failed = faults.failure(call);
        if (failed > 0) {
            return error(failed, "Internal Server Error", "Injected failure.");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.equals("Bearer " + TOKEN)) {
            return error(401, "Unauthorized", "Session not found");
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !request.getMethod().equals(RequestMethod.POST)) {
            return error(404, "Not Found", "No such endpoint: " + call);
        }
        if (!m.group(3).equals(DATASET)) {
            return error(
                    404, "Not Found", "Dataset \"" + m.group(3) + "\" not found for project ID \"" + PROJECT + "\"");
        }
        byte[] body = request.getBody();
        if (body != null && body.length > MAX_BODY) {
            return error(413, "Request Entity Too Large", "Request body exceeds limit of 4MB");
        }
        largestBody.accumulateAndGet(body == null ? 0 : body.length, Math::max);
        synchronized (this) {
            return m.group(2).equals("assets/images") ? image(request) : mutate(request);
        }
    }

    private ResponseDefinition image(Request request) {
        String type = String.valueOf(request.getHeader("Content-Type"));
        byte[] bytes = request.getBody();
        if (!type.startsWith("image/") || bytes == null || bytes.length == 0) {
            return error(400, "Bad Request", "Send the image's bytes with its image/* content type.");
        }
        int width;
        int height;
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return error(400, "Bad Request", "Invalid image, could not read metadata");
            }
            width = image.getWidth();
            height = image.getHeight();
        } catch (IOException e) {
            return error(400, "Bad Request", "Invalid image, could not read metadata");
        }
        String sha1;
        try {
            sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String extension = type.substring("image/".length()).replace("jpeg", "jpg");
        String id = "image-" + sha1 + "-" + width + "x" + height + "-" + extension;
        ObjectNode document = documents.computeIfAbsent(id, key -> {
            ObjectNode created = JSON.createObjectNode();
            created.put("_id", id);
            created.put("_type", "sanity.imageAsset");
            created.put("assetId", sha1);
            created.put("extension", extension);
            created.put("mimeType", type);
            created.put("size", bytes.length);
            created.put("originalFilename", query(request, "filename", sha1 + "." + extension));
            created.put(
                    "url",
                    "https://cdn.sanity.io/images/" + PROJECT + "/" + DATASET + "/" + sha1 + "-" + width + "x" + height
                            + "." + extension);
            created.putObject("metadata")
                    .putObject("dimensions")
                    .put("width", width)
                    .put("height", height);
            return created;
        });
        ObjectNode answer = JSON.createObjectNode();
        answer.set("document", document);
        return ok(answer);
    }

    private ResponseDefinition mutate(Request request) {
        if (!String.valueOf(request.getHeader("Content-Type")).startsWith("application/json")) {
            return error(415, "Unsupported Media Type", "Send application/json.");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getBodyAsString());
        } catch (RuntimeException e) {
            return error(400, "Bad Request", "Unable to parse the request body as JSON.");
        }
        if (!body.path("mutations").isArray() || body.path("mutations").isEmpty()) {
            return mutationError(-1, "The request has no mutations.");
        }
        Map<String, ObjectNode> next = new HashMap<>(documents);
        ArrayNode results = JSON.createArrayNode();
        int index = -1;
        for (JsonNode mutation : body.path("mutations")) {
            index++;
            if (!mutation.isObject()
                    || mutation.size() != 1
                    || !OPERATIONS.contains(mutation.propertyNames().iterator().next())) {
                return mutationError(index, "A mutation is an object with exactly one of " + OPERATIONS + ".");
            }
            String operation = mutation.propertyNames().iterator().next();
            JsonNode argument = mutation.path(operation);
            switch (operation) {
                case "delete" -> {
                    String id = argument.path("id").asString("");
                    if (!DOCUMENT_ID.matcher(id).matches()) {
                        return mutationError(index, "delete needs the id of a document.");
                    }
                    if (next.remove(id) != null) {
                        results.addObject().put("id", id).put("operation", "delete");
                    }
                }
                case "patch" -> {
                    return mutationError(index, "This fake does not take patches.");
                }
                default -> {
                    String refused = checkDocument(argument);
                    if (refused != null) {
                        return mutationError(index, refused);
                    }
                    String id = argument.path("_id").asString();
                    boolean exists = next.containsKey(id);
                    if (operation.equals("create") && exists) {
                        return mutationError(index, "Document by ID \"" + id + "\" already exists");
                    }
                    if (operation.equals("createIfNotExists") && exists) {
                        continue;
                    }
                    next.put(id, (ObjectNode) argument.deepCopy());
                    results.addObject().put("id", id).put("operation", exists ? "update" : "create");
                }
            }
        }
        for (JsonNode result : results) {
            ObjectNode document = next.get(result.path("id").asString());
            if (document == null) {
                continue;
            }
            String missing = strongReferenceToNothing(document, next);
            if (missing != null) {
                return mutationError(
                        -1,
                        "Document \"" + result.path("id").asString() + "\" references non-existent document \""
                                + missing + "\"");
            }
        }
        documents.clear();
        documents.putAll(next);
        transactions.incrementAndGet();
        ObjectNode answer = JSON.createObjectNode();
        answer.put(
                "transactionId", UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        answer.set("results", results);
        return ok(answer);
    }

    private static String checkDocument(JsonNode document) {
        if (!document.isObject()) {
            return "A document is an object.";
        }
        if (!DOCUMENT_ID.matcher(document.path("_id").asString("")).matches()) {
            return "The document needs a valid _id.";
        }
        String type = document.path("_type").asString("");
        if (type.isBlank() || type.startsWith("sanity.")) {
            return "The document needs a _type (not a system type).";
        }
        for (String name : document.propertyNames()) {
            if (!ATTRIBUTE.matcher(name).matches()) {
                return "Invalid attribute name \"" + name + "\".";
            }
        }
        // The document's own _type is its schema type (any name); the shapes below are those of values in it.
        for (var field : document.properties()) {
            String refused = checkValue(field.getValue(), document.path("_id").asString() + "." + field.getKey());
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** Objects in arrays need a unique {@code _key}; references and slugs have their shape. */
    private static String checkValue(JsonNode value, String where) {
        if (value.isArray()) {
            Set<String> keys = new HashSet<>();
            for (JsonNode element : value) {
                if (element.isObject()) {
                    String key = element.path("_key").asString("");
                    if (key.isEmpty() || !keys.add(key)) {
                        return "An object in the array " + where + " lacks a unique _key.";
                    }
                }
                String refused = checkValue(element, where);
                if (refused != null) {
                    return refused;
                }
            }
        } else if (value.isObject()) {
            String type = value.path("_type").asString("");
            if (type.equals("reference") && !value.path("_ref").isString()) {
                return "A reference in " + where + " needs _ref.";
            }
            if (type.equals("slug") && !value.path("current").isString()) {
                return "A slug in " + where + " needs current.";
            }
            if (type.equals("image") && !value.path("asset").path("_ref").isString()) {
                return "An image in " + where + " needs asset._ref.";
            }
            for (var entry : value.properties()) {
                String refused = checkValue(entry.getValue(), where + "." + entry.getKey());
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }

    private static String strongReferenceToNothing(JsonNode value, Map<String, ObjectNode> dataset) {
        if (value.isObject()) {
            if (value.path("_ref").isString()
                    && !value.path("_weak").asBoolean(false)
                    && !dataset.containsKey(value.path("_ref").asString())) {
                return value.path("_ref").asString();
            }
            for (JsonNode child : value) {
                String missing = strongReferenceToNothing(child, dataset);
                if (missing != null) {
                    return missing;
                }
            }
        } else if (value.isArray()) {
            for (JsonNode child : value) {
                String missing = strongReferenceToNothing(child, dataset);
                if (missing != null) {
                    return missing;
                }
            }
        }
        return null;
    }

    private static ResponseDefinition mutationError(int index, String description) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("description", "The mutation(s) failed: " + description);
        error.put("type", "mutationError");
        if (index >= 0) {
            error.putArray("items")
                    .addObject()
                    .put("index", index)
                    .putObject("error")
                    .put("description", description);
        }
        return answer(400, body);
    }

    private static ResponseDefinition error(int status, String error, String message) {
        return answer(
                status,
                JSON.createObjectNode()
                        .put("statusCode", status)
                        .put("error", error)
                        .put("message", message));
    }

    private static ResponseDefinition ok(JsonNode body) {
        return answer(200, body);
    }

    private static ResponseDefinition answer(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString())
                .build();
    }

    private static String query(Request request, String name, String otherwise) {
        var parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    /** Documents of a type: published ones, or drafts. */
    List<ObjectNode> ofType(String type, boolean drafts) {
        return documents.values().stream()
                .filter(doc -> doc.path("_type").asString().equals(type)
                        && doc.path("_id").asString().startsWith("drafts.") == drafts)
                .toList();
    }
}
