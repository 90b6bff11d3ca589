package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.connection.OpenConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A push's conversation with Sanity's HTTP API: images uploaded to the asset endpoint (Sanity names them by their
 * bytes, so an image uploaded twice is one asset), and items as {@code createOrReplace} mutations, many per
 * transaction and each request under Sanity's 4 MB, so 2,000 items take a few dozen requests. The published copy is
 * the document {@code <id>}, unpublished changes the draft {@code drafts.<id>}.
 */
final class SanitySession implements VendorSession {

    /** Sanity refuses request bodies over 4 MB; the rest is room for the envelope. */
    static final int MAX_BODY = 4 * 1024 * 1024 - 16 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VendorHttp http;
    private final String mutateUrl;
    private final String assetsUrl;
    private final String token;
    private final String project;
    private final String dataset;
    /** Sanity's asset document ID per studio asset key: from earlier pushes' records and this push's uploads. */
    private final Map<String, String> assetIds = new ConcurrentHashMap<>();

    SanitySession(OpenConnection connection, VendorHttp http) {
        this.http = http;
        String api = connection.value("apiUrl");
        api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        String version = connection.value("apiVersion");
        version = version.startsWith("v") ? version : "v" + version;
        this.dataset = connection.value("dataset");
        this.project = connection.value("projectId");
        this.mutateUrl = api + "/" + version + "/data/mutate/" + dataset + "?returnIds=true";
        this.assetsUrl = api + "/" + version + "/assets/images/" + dataset;
        this.token = connection.value("token");
    }

    @Override
    public Map<String, JsonNode> existingTypes() {
        return Map.of();
    }

    @Override
    public Map<String, WriteResult> writeTypes(List<VendorType> types, boolean allowDataLoss) {
        Map<String, WriteResult> results = new LinkedHashMap<>();
        types.forEach(type -> results.put(type.studioKey(), WriteResult.done(null, true)));
        return results;
    }

    @Override
    public void knownAssets(Collection<PushRecord> written) {
        written.stream()
                .filter(record -> record.vendorVersion() != null)
                .forEach(record -> assetIds.put(record.vendorKey(), record.vendorVersion()));
    }

    /** The asset document's ID is kept as the record's version: items refer to the image by it. */
    @Override
    public WriteResult writeAsset(AssetSummary asset, String vendorKey, PushRecord previous, byte[] file) {
        VendorHttp.Answer answer = call(
                HttpMethod.POST,
                assetsUrl + "?filename=" + URLEncoder.encode(asset.fileName(), StandardCharsets.UTF_8),
                MediaType.parseMediaType(asset.contentType()),
                file);
        if (!answer.ok()) {
            return WriteResult.failed("Could not upload the image (" + answer.status() + "): " + answer.problem());
        }
        String id = answer.json().path("document").path("_id").asString(null);
        if (id == null) {
            return WriteResult.failed("Sanity did not say which asset it made of the image.");
        }
        assetIds.put(vendorKey, id);
        return WriteResult.done(id, true);
    }

    @Override
    public void writeItems(List<ItemWrite> batch, BiConsumer<ItemWrite, WriteResult> written) {
        List<List<ItemWrite>> transactions = new ArrayList<>();
        List<List<byte[]>> bodies = new ArrayList<>();
        List<ItemWrite> current = new ArrayList<>();
        List<byte[]> currentBodies = new ArrayList<>();
        int size = 0;
        for (ItemWrite write : batch) {
            List<byte[]> mutations;
            try {
                mutations = mutations(write);
            } catch (IllegalStateException unresolved) {
                written.accept(write, WriteResult.failed(unresolved.getMessage()));
                continue;
            }
            int bytes = mutations.stream().mapToInt(m -> m.length + 1).sum();
            if (bytes > MAX_BODY) {
                written.accept(write, WriteResult.failed("The item is larger than Sanity's 4 MB per request."));
                continue;
            }
            if (size + bytes > MAX_BODY) {
                transactions.add(current);
                bodies.add(currentBodies);
                current = new ArrayList<>();
                currentBodies = new ArrayList<>();
                size = 0;
            }
            current.add(write);
            currentBodies.addAll(mutations);
            size += bytes;
        }
        if (!current.isEmpty()) {
            transactions.add(current);
            bodies.add(currentBodies);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            indexes.add(i);
        }
        Parallel.each(indexes, i -> i, i -> {
            WriteResult outcome = WriteResult.guarded(() -> mutate(bodies.get(i)));
            for (ItemWrite write : transactions.get(i)) {
                written.accept(
                        write,
                        outcome.ok()
                                ? WriteResult.done(
                                        outcome.vendorVersion(), write.item().isPublished())
                                : outcome);
            }
            return outcome;
        });
    }

    /** One transaction; its ID is kept as the items' version. */
    private WriteResult mutate(List<byte[]> mutations) {
        byte[] body = envelope(mutations);
        VendorHttp.Answer answer = call(HttpMethod.POST, mutateUrl, MediaType.APPLICATION_JSON, body);
        if (!answer.ok()) {
            return WriteResult.failed("Sanity refused the transaction (" + answer.status() + "): " + answer.problem());
        }
        return WriteResult.done(answer.json().path("transactionId").asString(null), true);
    }

    private static byte[] envelope(List<byte[]> mutations) {
        int length = mutations.stream().mapToInt(m -> m.length + 1).sum() + 16;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length);
        out.writeBytes("{\"mutations\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < mutations.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(mutations.get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * A published item replaces its published document and, with unpublished changes, its draft (else the draft is
     * removed); a draft replaces its draft and, when it was published before, removes the published document.
     */
    private List<byte[]> mutations(ItemWrite write) {
        VendorItem item = write.item();
        String id = write.vendorKey();
        String draft = "drafts." + id;
        List<byte[]> mutations = new ArrayList<>();
        if (item.isPublished()) {
            mutations.add(replace(id, item.studioType(), item.published()));
            if (item.hasDraftChanges()) {
                mutations.add(replace(draft, item.studioType(), item.working()));
            } else if (write.previous() != null) {
                mutations.add(delete(draft));
            }
        } else {
            mutations.add(replace(draft, item.studioType(), item.working()));
            if (write.previous() != null && write.previous().published()) {
                mutations.add(delete(id));
            }
        }
        return mutations;
    }

    private byte[] replace(String id, String type, JsonNode values) {
        ObjectNode document = JSON.createObjectNode();
        document.put("_id", id);
        document.put("_type", type);
        ObjectNode fields = (ObjectNode) values.deepCopy();
        resolveImages(fields);
        document.setAll(fields);
        ObjectNode mutation = JSON.createObjectNode();
        mutation.set("createOrReplace", document);
        return VendorHttp.json(mutation);
    }

    /** Image references carry the studio asset's key until here; Sanity's asset ID replaces it. */
    private void resolveImages(JsonNode node) {
        if (node.isObject()) {
            if (node.path("_type").asString("").equals("image")
                    && node.path("asset").isObject()) {
                String key = node.path("asset").path("_ref").asString("");
                String id = assetIds.get(key);
                if (id == null) {
                    throw new IllegalStateException("Its image " + key + " is not in Sanity (its upload failed): "
                            + "retry once the image is pushed.");
                }
                ((ObjectNode) node.path("asset")).put("_ref", id);
            }
            node.forEach(this::resolveImages);
        } else if (node.isArray()) {
            node.forEach(this::resolveImages);
        }
    }

    private static byte[] delete(String id) {
        ObjectNode mutation = JSON.createObjectNode();
        mutation.putObject("delete").put("id", id);
        return VendorHttp.json(mutation);
    }

    @Override
    public void delete(PushRecord record) {
        List<byte[]> mutations = new ArrayList<>();
        if (record.kind() == RecordKind.ASSET) {
            if (record.vendorVersion() == null) {
                return;
            }
            mutations.add(delete(record.vendorVersion()));
        } else {
            mutations.add(delete(record.vendorKey()));
            mutations.add(delete("drafts." + record.vendorKey()));
        }
        VendorHttp.Answer answer = call(HttpMethod.POST, mutateUrl, MediaType.APPLICATION_JSON, envelope(mutations));
        if (!answer.ok()) {
            throw VendorCallException.of(
                    answer.status(), "Sanity did not delete it (" + answer.status() + "): " + answer.problem());
        }
    }

    private VendorHttp.Answer call(HttpMethod method, String url, MediaType type, byte[] body) {
        Consumer<HttpHeaders> headers = h -> h.setBearerAuth(token);
        VendorHttp.Answer answer = http.send(method, url, headers, type, body);
        if (answer.status() == 401) {
            throw VendorCallException.fatal(
                    401,
                    "Sanity refused the token (401: " + answer.problem() + "): it is wrong, "
                            + "expired or revoked; save a valid token in the connection.");
        }
        if (answer.status() == 403) {
            throw VendorCallException.fatal(
                    403,
                    "The token may not write to dataset '" + dataset + "' (403: " + answer.problem()
                            + "): give it the Editor role or a write token.");
        }
        if (answer.status() == 404) {
            String message = answer.problem().toLowerCase(java.util.Locale.ROOT);
            if (message.contains("dataset")) {
                throw VendorCallException.fatal(
                        404, "Sanity project '" + project + "' has no dataset '" + dataset + "' (404): check dataset.");
            }
            if (message.contains("project")) {
                throw VendorCallException.fatal(
                        404, "Sanity has no project '" + project + "' (404): check projectId " + "and apiUrl.");
            }
            throw VendorCallException.fatal(
                    404,
                    "Sanity's API has no " + url.replaceFirst("\\?.*", "") + " (404): "
                            + "check apiUrl and apiVersion.");
        }
        return answer;
    }
}
