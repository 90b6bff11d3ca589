package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.connection.OpenConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A push's conversation with Contentful's Content Management API. Every update carries the resource's current
 * {@code X-Contentful-Version}; the version the studio last wrote is kept in the push record, and when someone changed
 * the resource in Contentful since (409 VersionMismatch), the current version is read and the studio's copy written
 * over it. Types are written and then activated; images are uploaded, attached, processed (polled until Contentful
 * has the file) and published; entries are written and published as they are in the studio.
 */
final class ContentfulSession implements VendorSession {

    static final MediaType CMA = MediaType.parseMediaType("application/vnd.contentful.management.v1+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 100;
    private static final int PROCESS_POLLS = 40;

    private final VendorHttp http;
    private final String base;
    private final String uploads;
    private final String token;
    private final String locale;
    private final String space;
    private final String environment;

    ContentfulSession(OpenConnection connection, VendorHttp http) {
        this.http = http;
        this.space = connection.value("spaceId");
        this.environment = connection.value("environment");
        this.base = trim(connection.value("managementUrl")) + "/spaces/" + space + "/environments/" + environment;
        this.uploads = trim(connection.value("uploadUrl")) + "/spaces/" + space + "/uploads";
        this.token = connection.value("managementToken");
        this.locale = connection.value("locale");
    }

    @Override
    public Map<String, JsonNode> existingTypes() {
        Map<String, JsonNode> types = new HashMap<>();
        for (int skip = 0; ; skip += PAGE) {
            VendorHttp.Answer answer = read(base + "/content_types?skip=" + skip + "&limit=" + PAGE);
            if (!answer.ok()) {
                throw VendorCallException.fatal(
                        answer.status(),
                        "Could not read the content types in Contentful (" + answer.status() + "): " + problem(answer));
            }
            JsonNode page = answer.json();
            for (JsonNode type : page.path("items")) {
                types.put(type.path("sys").path("id").asString(), ContentfulVendor.summarise(type));
            }
            if (page.path("items").size() < PAGE
                    || skip + PAGE >= page.path("total").asInt(Integer.MAX_VALUE)) {
                return types;
            }
        }
    }

    @Override
    public Map<String, WriteResult> writeTypes(List<VendorType> types, boolean allowDataLoss) {
        // Types link to each other only by ID (validations), so their order does not matter.
        Map<String, WriteResult> results = new LinkedHashMap<>();
        Parallel.each(types, VendorType::studioKey, type -> WriteResult.guarded(() -> writeType(type)))
                .forEach(results::put);
        return results;
    }

    private WriteResult writeType(VendorType type) {
        String url = base + "/content_types/" + type.vendorKey();
        VendorHttp.Answer current = read(url);
        ObjectNode body = (ObjectNode) type.definition().deepCopy();
        Long version = null;
        if (current.ok()) {
            version = current.json().path("sys").path("version").asLong();
            // Fields only Contentful has are omitted, not dropped: Contentful keeps their values, and refuses to
            // delete a field that was not omitted first.
            Set<String> ours = new HashSet<>();
            body.path("fields").forEach(field -> ours.add(field.path("id").asString()));
            for (JsonNode field : current.json().path("fields")) {
                if (!ours.contains(field.path("id").asString())
                        && !field.path("deleted").asBoolean(false)) {
                    ((ArrayNode) body.path("fields")).add(((ObjectNode) field.deepCopy()).put("omitted", true));
                }
            }
        } else if (current.status() != 404) {
            return failed(current, "read content type " + type.vendorKey());
        }
        VendorHttp.Answer written = put(url, body, version, headers -> {});
        if (!written.ok()) {
            return WriteResult.failed("Contentful refused content type " + type.vendorKey() + " (" + written.status()
                    + "): " + problem(written));
        }
        long saved = written.json().path("sys").path("version").asLong();
        VendorHttp.Answer activated = put(url + "/published", null, saved, headers -> {});
        if (!activated.ok()) {
            return failed(activated, "activate content type " + type.vendorKey());
        }
        return WriteResult.done(
                String.valueOf(activated.json().path("sys").path("version").asLong()), true);
    }

    @Override
    public WriteResult writeAsset(AssetSummary asset, String vendorKey, PushRecord previous, byte[] file) {
        VendorHttp.Answer uploaded =
                call(HttpMethod.POST, uploads, MediaType.APPLICATION_OCTET_STREAM, file, headers -> {});
        if (!uploaded.ok()) {
            return failed(uploaded, "upload the image");
        }
        String upload = uploaded.json().path("sys").path("id").asString();
        ObjectNode body = JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("title").put(locale, asset.fileName());
        if (asset.alt() != null && !asset.alt().isBlank()) {
            fields.putObject("description").put(locale, asset.alt());
        }
        ObjectNode fileField = fields.putObject("file").putObject(locale);
        fileField.put("contentType", asset.contentType());
        fileField.put("fileName", asset.fileName());
        fileField
                .putObject("uploadFrom")
                .putObject("sys")
                .put("type", "Link")
                .put("linkType", "Upload")
                .put("id", upload);
        String url = base + "/assets/" + vendorKey;
        VendorHttp.Answer written = putCurrent(url, body, previous, headers -> {});
        if (!written.ok()) {
            return failed(written, "create the image's asset");
        }
        long version = written.json().path("sys").path("version").asLong();
        VendorHttp.Answer processing = put(url + "/files/" + locale + "/process", null, version, headers -> {});
        if (!processing.ok()) {
            return failed(processing, "have Contentful process the image");
        }
        JsonNode processed = null;
        for (int poll = 0; poll < PROCESS_POLLS && processed == null; poll++) {
            VendorHttp.Answer read = read(url);
            if (read.ok()
                    && read.json()
                            .path("fields")
                            .path("file")
                            .path(locale)
                            .path("url")
                            .isString()) {
                processed = read.json();
            } else {
                pause(poll);
            }
        }
        if (processed == null) {
            return WriteResult.failed("Contentful did not finish processing the image; push again to try once more.");
        }
        VendorHttp.Answer published = put(
                url + "/published", null, processed.path("sys").path("version").asLong(), headers -> {});
        if (!published.ok()) {
            return failed(published, "publish the image");
        }
        return WriteResult.done(
                String.valueOf(published.json().path("sys").path("version").asLong()), true);
    }

    /** Contentful processes files in the background: a short, growing wait between looks. */
    private static void pause(int poll) {
        try {
            Thread.sleep(Duration.ofMillis(Math.min(2000, 100L * (poll + 1))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorCallException.fatal(0, "The push was interrupted.");
        }
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
     * A published item: its published copy is written and published; newer changes are then written on top, which
     * Contentful shows as "changed" (its published version stays live). A draft is written and, when it was
     * published before, unpublished.
     */
    private WriteResult writeItem(ItemWrite write) {
        VendorItem item = write.item();
        String url = base + "/entries/" + write.vendorKey();
        String type = item.studioType();
        Consumer<HttpHeaders> typed = headers -> headers.set("X-Contentful-Content-Type", type);
        VendorHttp.Answer written =
                putCurrent(url, entry(item.isPublished() ? item.published() : item.working()), write.previous(), typed);
        if (!written.ok()) {
            return failed(written, "write the entry");
        }
        long version = written.json().path("sys").path("version").asLong();
        boolean wasPublished = written.json().path("sys").has("publishedVersion");
        if (item.isPublished()) {
            VendorHttp.Answer published = put(url + "/published", null, version, headers -> {});
            if (!published.ok()) {
                return failed(published, "publish the entry");
            }
            version = published.json().path("sys").path("version").asLong();
            if (item.hasDraftChanges()) {
                VendorHttp.Answer changes = put(url, entry(item.working()), version, typed);
                if (!changes.ok()) {
                    return failed(changes, "write the unpublished changes");
                }
                version = changes.json().path("sys").path("version").asLong();
            }
        } else if (wasPublished || write.previous() != null && write.previous().published()) {
            VendorHttp.Answer unpublished = call(
                    HttpMethod.DELETE,
                    url + "/published",
                    null,
                    null,
                    headers -> headers.set(
                            "X-Contentful-Version",
                            String.valueOf(
                                    written.json().path("sys").path("version").asLong())));
            if (unpublished.ok()) {
                version = unpublished.json().path("sys").path("version").asLong(version);
            } else if (unpublished.status() != 400 && unpublished.status() != 404) {
                return failed(unpublished, "unpublish the entry");
            }
        }
        return WriteResult.done(String.valueOf(version), item.isPublished());
    }

    private ObjectNode entry(JsonNode values) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        values.properties().forEach(field -> fields.putObject(field.getKey()).set(locale, field.getValue()));
        return body;
    }

    /**
     * Writes with the version last written; when Contentful holds another (someone edited it there, or an earlier push
     * was cut off before recording the version), the current version is read and the write made once more over it.
     */
    private VendorHttp.Answer putCurrent(String url, JsonNode body, PushRecord previous, Consumer<HttpHeaders> extra) {
        Long known =
                previous == null || previous.vendorVersion() == null ? null : Long.valueOf(previous.vendorVersion());
        VendorHttp.Answer answer = put(url, body, known, extra);
        if (answer.status() == 409 || answer.status() == 404 && known != null) {
            VendorHttp.Answer current = read(url);
            Long version =
                    current.ok() ? current.json().path("sys").path("version").asLong() : null;
            answer = put(url, body, version, extra);
        }
        return answer;
    }

    private VendorHttp.Answer put(String url, JsonNode body, Long version, Consumer<HttpHeaders> extra) {
        return call(
                HttpMethod.PUT,
                url,
                body == null ? null : CMA,
                body == null ? null : VendorHttp.json(body),
                headers -> {
                    if (version != null) {
                        headers.set("X-Contentful-Version", String.valueOf(version));
                    }
                    extra.accept(headers);
                });
    }

    @Override
    public void delete(PushRecord record) {
        String url = base + (record.kind() == RecordKind.ASSET ? "/assets/" : "/entries/") + record.vendorKey();
        VendorHttp.Answer current = read(url);
        if (current.status() == 404) {
            return;
        }
        if (!current.ok()) {
            throw VendorCallException.of(
                    current.status(),
                    "Contentful did not say what it holds (" + current.status() + "): " + problem(current));
        }
        long version = current.json().path("sys").path("version").asLong();
        if (current.json().path("sys").has("publishedVersion")) {
            // Contentful deletes only what is not published.
            long at = version;
            VendorHttp.Answer unpublished = call(
                    HttpMethod.DELETE,
                    url + "/published",
                    null,
                    null,
                    headers -> headers.set("X-Contentful-Version", String.valueOf(at)));
            if (!unpublished.ok()) {
                throw VendorCallException.of(
                        unpublished.status(),
                        "Contentful did not unpublish it (" + unpublished.status() + "): " + problem(unpublished));
            }
            version = unpublished.json().path("sys").path("version").asLong(version + 1);
        }
        long at = version;
        VendorHttp.Answer deleted = call(
                HttpMethod.DELETE, url, null, null, headers -> headers.set("X-Contentful-Version", String.valueOf(at)));
        if (!deleted.ok() && deleted.status() != 404) {
            throw VendorCallException.of(
                    deleted.status(), "Contentful did not delete it (" + deleted.status() + "): " + problem(deleted));
        }
    }

    private VendorHttp.Answer read(String url) {
        return call(HttpMethod.GET, url, null, null, headers -> {});
    }

    private VendorHttp.Answer call(
            HttpMethod method, String url, MediaType type, byte[] body, Consumer<HttpHeaders> extra) {
        VendorHttp.Answer answer = http.send(
                method,
                url,
                headers -> {
                    headers.setBearerAuth(token);
                    extra.accept(headers);
                },
                type,
                body);
        if (answer.status() == 401) {
            throw VendorCallException.fatal(
                    401,
                    "Contentful refused the management token (401: " + problem(answer)
                            + "): it is wrong, expired or revoked; save a valid managementToken in the connection.");
        }
        if (answer.status() == 403) {
            throw VendorCallException.fatal(
                    403,
                    "The management token may not do this in space '" + space
                            + "', environment '" + environment + "' (403: " + problem(answer)
                            + "): use a token of a user "
                            + "who may edit content types and content there.");
        }
        if (answer.status() == 404) {
            String missing = answer.json().path("details").path("type").asString("");
            if (missing.equals("Space") || missing.equals("Environment")) {
                throw VendorCallException.fatal(
                        404,
                        "Contentful has no space '" + space + "' with an environment '" + environment
                                + "' for this token (404): check spaceId and environment.");
            }
        }
        return answer;
    }

    /** Contentful's error: its id and message, and what each failed validation says. */
    static String problem(VendorHttp.Answer answer) {
        JsonNode error;
        try {
            error = answer.json();
        } catch (RuntimeException notJson) {
            return answer.problem();
        }
        String id = error.path("sys").path("id").asString("");
        String message = error.path("message").asString("");
        if (id.isEmpty() && message.isEmpty()) {
            return answer.problem();
        }
        StringBuilder text = new StringBuilder(id.isEmpty() ? message : id + (message.isEmpty() ? "" : ": " + message));
        for (JsonNode failed : error.path("details").path("errors")) {
            List<String> path = new java.util.ArrayList<>();
            failed.path("path").forEach(part -> path.add(part.asString()));
            text.append("; ")
                    .append(String.join(".", path))
                    .append(path.isEmpty() ? "" : " ")
                    .append(failed.path("details").asString(failed.path("name").asString("")));
        }
        return text.toString();
    }

    private static WriteResult failed(VendorHttp.Answer answer, String doing) {
        return WriteResult.failed("Could not " + doing + " (" + answer.status() + "): " + problem(answer));
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
