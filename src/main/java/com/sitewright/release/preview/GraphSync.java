package com.sitewright.release.preview;

import com.sitewright.cms.VendorKeys;
import com.sitewright.content.ItemIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which of a project's items Optimizely Graph does not show yet in its draft view: Graph indexes what a push wrote
 * after a delay (seconds for a few items, longer in bulk), so a site built at once would miss them. An item counts as
 * shown when its newest draft or published version carries the studio's title as its display name. Reads with the
 * same settings the preview's site gets, and the same query shape (one root field per type, pages of 100, a cursor
 * past 10,000 hits).
 */
final class GraphSync {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 100;
    private static final int SKIP_WINDOW = 10_000;

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final String locale;

    private GraphSync(HttpClient http, String graphUrl, String authorization, String locale) {
        this.http = http;
        this.endpoint = URI.create(graphUrl.replaceAll("/+$", "") + "/content/v2");
        this.authorization = authorization;
        this.locale = locale.replace('-', '_');
    }

    /** For a preview site's environment on Optimizely; empty for other CMSs, which show what was written at once. */
    static Optional<GraphSync> forSite(HttpClient http, Map<String, String> siteEnvironment) {
        if (!"optimizely".equals(siteEnvironment.get("SITEWRIGHT_CMS"))) {
            return Optional.empty();
        }
        String credentials =
                siteEnvironment.get("OPTIMIZELY_GRAPH_APP_KEY") + ":" + siteEnvironment.get("OPTIMIZELY_GRAPH_SECRET");
        return Optional.of(new GraphSync(
                http,
                siteEnvironment.get("OPTIMIZELY_GRAPH_URL"),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                siteEnvironment.getOrDefault("OPTIMIZELY_LOCALE", "en")));
    }

    /** The items of {@code expected} that Graph does not show yet, or shows with another title. */
    List<ItemIdentity> missing(List<ItemIdentity> expected) throws IOException, InterruptedException {
        Map<String, List<ItemIdentity>> byType = new LinkedHashMap<>();
        expected.forEach(item ->
                byType.computeIfAbsent(item.typeKey(), key -> new ArrayList<>()).add(item));
        List<ItemIdentity> missing = new ArrayList<>();
        for (var type : byType.entrySet()) {
            Map<String, String> shown = titles(VendorKeys.optimizelyType(type.getKey()));
            for (ItemIdentity item : type.getValue()) {
                if (!item.title().equals(shown.get(VendorKeys.optimizelyContent(item.id())))) {
                    missing.add(item);
                }
            }
        }
        return missing;
    }

    /** Content key to display name of every item of a type, the newest draft winning over the published version. */
    private Map<String, String> titles(String root) throws IOException, InterruptedException {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        JsonNode first = page(root, "skip: 0");
        int total = first.path("total").asInt();
        List<JsonNode> pages = new ArrayList<>(List.of(first));
        if (total <= SKIP_WINDOW) {
            for (int skip = LIMIT; skip < total; skip += LIMIT) {
                pages.add(page(root, "skip: " + skip));
            }
        } else {
            pages.clear();
            String cursor = "";
            while (true) {
                JsonNode page = page(root, "cursor: " + JSON.writeValueAsString(cursor));
                pages.add(page);
                if (page.path("items").isEmpty() || !page.path("cursor").isString()) {
                    break;
                }
                cursor = page.path("cursor").asString();
            }
        }
        for (JsonNode page : pages) {
            for (JsonNode item : page.path("items")) {
                JsonNode meta = item.path("_metadata");
                String key = meta.path("key").asString();
                boolean draft = "Draft".equals(meta.path("status").asString());
                if (!titles.containsKey(key) || draft && !"Draft".equals(statuses.get(key))) {
                    titles.put(key, meta.path("displayName").asString());
                    statuses.put(key, meta.path("status").asString());
                }
            }
        }
        return titles;
    }

    /** Graph refused the credentials. */
    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private JsonNode page(String root, String position) throws IOException, InterruptedException {
        boolean cursor = position.startsWith("cursor");
        String query = "query {\n  " + root + "(locale: [" + locale
                + "], where: { _metadata: { status: { in: [\"Draft\", \"Published\"] } } }, "
                + "limit: " + LIMIT + ", " + position + ") {\n    total\n" + (cursor ? "    cursor\n" : "")
                + "    items { _metadata { key displayName status } }\n  }\n}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            // Waiting does not mend credentials: the caller stops instead of polling until its timeout.
            throw new RefusedException(
                    "Optimizely Graph refused the app key and secret (" + response.statusCode() + ")");
        }
        if (response.statusCode() != 200) {
            throw new IOException("Optimizely Graph answered " + response.statusCode() + " for " + root);
        }
        JsonNode body = JSON.readTree(response.body());
        if (body.path("errors").size() > 0) {
            throw new IOException("Optimizely Graph refused the query for " + root + ": "
                    + body.path("errors").get(0).path("message").asString());
        }
        return body.path("data").path(root);
    }
}
