package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.VendorKeys;
import com.sitewright.cms.connection.OpenConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A push's conversation with Optimizely SaaS CMS's REST API v1: a client-credentials token (renewed before its 300
 * seconds run out, and once more when refused), types through the manifest, images as multipart media, items
 * created under their studio-derived key (or given a new version when they exist) and published by version.
 */
final class OptimizelySession implements VendorSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType MANIFEST =
            MediaType.parseMediaType("application/vnd.optimizely.cms.v1.manifest+json");
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
    private static final int PAGE = 100;

    private final OpenConnection connection;
    private final VendorHttp http;
    private final String cmsUrl;
    private final Clock clock;
    private final String locale;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    OptimizelySession(OpenConnection connection, VendorHttp http, Clock clock) {
        this.clock = clock;
        this.connection = connection;
        this.http = http;
        this.cmsUrl = connection.value("cmsUrl");
        this.locale = connection.value("locale");
    }

    @Override
    public Map<String, JsonNode> existingTypes() {
        Map<String, JsonNode> types = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode answer = ok(
                            call(
                                    HttpMethod.GET,
                                    "/v1/contenttypes?pageIndex=" + page + "&pageSize=" + PAGE,
                                    null,
                                    null,
                                    headers -> {}),
                            "read the content types")
                    .json();
            for (JsonNode type : answer.path("items")) {
                types.put(type.path("key").asString(), OptimizelyVendor.summarise(type));
            }
            int seen = (page + 1) * PAGE;
            if (answer.path("items").size() < PAGE
                    || seen >= answer.path("totalCount").asInt(Integer.MAX_VALUE)) {
                return types;
            }
        }
    }

    @Override
    public Map<String, WriteResult> writeTypes(List<VendorType> types, boolean allowDataLoss) {
        ObjectNode manifest = JSON.createObjectNode();
        types.forEach(type -> manifest.withArray("contentTypes").add(type.definition()));
        manifest.putArray("displayTemplates");
        manifest.putArray("propertyGroups");
        VendorHttp.Answer answer =
                call(HttpMethod.POST, "/v1/manifest", MANIFEST, VendorHttp.json(manifest), headers -> {
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
                    if (allowDataLoss) {
                        headers.set("cms-ignore-data-loss-warnings", "true");
                    }
                });
        Map<String, WriteResult> results = new LinkedHashMap<>();
        if (!answer.ok()) {
            String reason = "The CMS refused the content types (" + answer.status() + "): " + answer.problem();
            types.forEach(type -> results.put(type.studioKey(), WriteResult.failed(reason)));
            return results;
        }
        Map<String, String> errors = new HashMap<>();
        for (JsonNode error : answer.json().path("errors")) {
            errors.merge(
                    error.path("resource").asString(""),
                    error.path("message").asString("refused"),
                    (a, b) -> a + "; " + b);
        }
        for (VendorType type : types) {
            String error = errors.get(type.vendorKey());
            results.put(
                    type.studioKey(),
                    error == null
                            ? WriteResult.done(null, true)
                            : WriteResult.failed("The CMS refused type " + type.vendorKey() + ": " + error));
        }
        return results;
    }

    @Override
    public WriteResult writeAsset(AssetSummary asset, String vendorKey, PushRecord previous, byte[] file) {
        ObjectNode content = JSON.createObjectNode();
        content.put("key", vendorKey);
        content.put("contentType", VendorKeys.OPTIMIZELY_IMAGE_TYPE);
        content.put("container", VendorKeys.OPTIMIZELY_ROOT_CONTAINER);
        content.putObject("initialVersion").put("displayName", limit(asset.fileName()));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("content", content.toString(), MediaType.APPLICATION_JSON);
        parts.part("file", file, MediaType.parseMediaType(asset.contentType())).filename(asset.fileName());
        VendorHttp.Answer answer = authorised(
                headers -> http.multipart(cmsUrl + "/v1/content", headers, parts),
                headers -> headers.set("Prefer", "return=representation"));
        if (answer.status() == 409) {
            return WriteResult.done(previous == null ? null : previous.vendorVersion(), true);
        }
        if (!answer.ok()) {
            return failure(answer, "upload the image");
        }
        String version = answer.json().path("initialVersion").path("version").asString(null);
        return version == null ? WriteResult.done(null, false) : publish(vendorKey, version);
    }

    @Override
    public void writeItems(List<ItemWrite> batch, BiConsumer<ItemWrite, WriteResult> written) {
        Parallel.each(batch, ItemWrite::itemId, write -> {
            WriteResult result = WriteResult.guarded(() -> writeItem(write));
            written.accept(write, result);
            return result;
        });
    }

    /**
     * Writes the published copy (and publishes it) or the draft, then, for a published item with newer changes, those
     * changes as a draft version on top.
     */
    private WriteResult writeItem(ItemWrite write) {
        VendorItem item = write.item();
        JsonNode first = item.isPublished() ? item.published() : item.working();
        VendorHttp.Answer answer = write.previous() == null ? create(write, first) : null;
        String version;
        if (answer != null && answer.ok()) {
            version = answer.json().path("initialVersion").path("version").asString(null);
        } else if (answer != null && answer.status() != 409) {
            return failure(answer, "create the item");
        } else {
            VendorHttp.Answer added = addVersion(write, first);
            if (!added.ok()) {
                return failure(added, "write a new version");
            }
            version = added.json().path("version").asString(null);
        }
        boolean published = false;
        if (item.isPublished()) {
            if (version == null) {
                return WriteResult.failed(
                        "The CMS did not say which version it created, so it could not be published.");
            }
            WriteResult done = publish(write.vendorKey(), version);
            if (!done.ok()) {
                return done;
            }
            published = true;
            if (item.hasDraftChanges()) {
                VendorHttp.Answer draft = addVersion(write, item.working());
                if (!draft.ok()) {
                    return failure(draft, "write the unpublished changes");
                }
                version = draft.json().path("version").asString(version);
            }
        }
        return WriteResult.done(version, published);
    }

    private VendorHttp.Answer create(ItemWrite write, JsonNode properties) {
        ObjectNode body = JSON.createObjectNode();
        body.put("key", write.vendorKey());
        body.put("contentType", VendorKeys.optimizelyType(write.item().studioType()));
        body.put("container", VendorKeys.OPTIMIZELY_ROOT_CONTAINER);
        body.set("initialVersion", version(write, properties));
        return call(HttpMethod.POST, "/v1/content", MediaType.APPLICATION_JSON, VendorHttp.json(body), this::creating);
    }

    private VendorHttp.Answer addVersion(ItemWrite write, JsonNode properties) {
        return call(
                HttpMethod.POST,
                "/v1/content/" + write.vendorKey() + "/versions",
                MediaType.APPLICATION_JSON,
                VendorHttp.json(version(write, properties)),
                this::creating);
    }

    /** References may point at items later in the push, so the CMS is asked not to check them yet. */
    private void creating(HttpHeaders headers) {
        headers.set("cms-skip-validation", "references");
        headers.set("Prefer", "return=representation");
    }

    private ObjectNode version(ItemWrite write, JsonNode properties) {
        ObjectNode version = JSON.createObjectNode();
        version.put("displayName", limit(write.item().title()));
        version.put("locale", locale);
        if (write.item().slug() != null && isPage(write)) {
            version.put("routeSegment", write.item().slug());
        }
        version.set("properties", properties);
        return version;
    }

    private static boolean isPage(ItemWrite write) {
        return write.item().page() && !write.item().slug().isBlank();
    }

    private WriteResult publish(String key, String version) {
        VendorHttp.Answer answer = call(
                HttpMethod.POST, "/v1/content/" + key + "/versions/" + version + ":publish", null, null, headers -> {});
        return answer.ok() ? WriteResult.done(version, true) : failure(answer, "publish it");
    }

    @Override
    public void delete(PushRecord record) {
        VendorHttp.Answer answer =
                call(HttpMethod.DELETE, "/v1/content/" + record.vendorKey(), null, null, headers -> {});
        if (!answer.ok() && answer.status() != 404) {
            throw VendorCallException.of(
                    answer.status(), "The CMS did not delete it (" + answer.status() + "): " + answer.problem());
        }
    }

    private VendorHttp.Answer call(
            HttpMethod method, String path, MediaType type, byte[] body, Consumer<HttpHeaders> extra) {
        return authorised(headers -> http.send(method, cmsUrl + path, headers, type, body), extra);
    }

    /** Sends with a current token; a 401 renews the token once (it may have been revoked early) and tries again. */
    private VendorHttp.Answer authorised(
            Function<Consumer<HttpHeaders>, VendorHttp.Answer> send, Consumer<HttpHeaders> extra) {
        VendorHttp.Answer answer = send.apply(headers -> {
            headers.setBearerAuth(token(false));
            extra.accept(headers);
        });
        if (answer.status() == 401) {
            answer = send.apply(headers -> {
                headers.setBearerAuth(token(true));
                extra.accept(headers);
            });
            if (answer.status() == 401) {
                throw VendorCallException.fatal(
                        401,
                        "The CMS refused the push's access token: check the connection's " + "client id and secret.");
            }
        }
        if (answer.status() == 403) {
            throw VendorCallException.fatal(
                    403,
                    "The API client may not do this in the CMS (" + answer.problem()
                            + "): give it the rights to manage content types and content.");
        }
        return answer;
    }

    private synchronized String token(boolean renew) {
        if (!renew && token != null && clock.instant().isBefore(tokenExpires.minus(RENEW_BEFORE))) {
            return token;
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("grant_type", "client_credentials");
        request.put("client_id", connection.value("clientId"));
        request.put("client_secret", connection.value("clientSecret"));
        VendorHttp.Answer answer = http.send(
                HttpMethod.POST,
                cmsUrl + "/oauth/token",
                headers -> {},
                MediaType.APPLICATION_JSON,
                VendorHttp.json(request));
        if (answer.status() == 400 || answer.status() == 401) {
            throw VendorCallException.fatal(
                    answer.status(),
                    "The CMS refused the client id and secret (" + answer.problem() + "): check the connection.");
        }
        if (!answer.ok() || !answer.json().path("access_token").isString()) {
            throw VendorCallException.fatal(
                    answer.status(),
                    "The CMS gave no access token (" + answer.status() + ": " + answer.problem() + ").");
        }
        token = answer.json().path("access_token").asString();
        tokenExpires =
                clock.instant().plusSeconds(answer.json().path("expires_in").asLong(300));
        return token;
    }

    private static VendorHttp.Answer ok(VendorHttp.Answer answer, String doing) {
        if (!answer.ok()) {
            throw VendorCallException.fatal(
                    answer.status(),
                    "Could not " + doing + " in the CMS (" + answer.status() + "): " + answer.problem());
        }
        return answer;
    }

    private static WriteResult failure(VendorHttp.Answer answer, String doing) {
        return WriteResult.failed("Could not " + doing + " (" + answer.status() + "): " + answer.problem());
    }

    private static String limit(String text) {
        return text == null || text.length() <= OptimizelyVendor.MAX_NAME
                ? text
                : text.substring(0, OptimizelyVendor.MAX_NAME);
    }
}
