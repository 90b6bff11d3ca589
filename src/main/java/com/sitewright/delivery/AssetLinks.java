package com.sitewright.delivery;

import com.sitewright.assets.AssetVariantSummary;
import com.sitewright.assets.DeliveryAsset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Asset field values as sites get them: the studio stores {@code {assetId, url, alt}} with a studio address only
 * signed-in users can open; the delivery API answers with the addresses a site may use instead, the image's size
 * and every responsive copy. Production gets public content addresses ({@code files/<sha-256>.<ext>}, which never
 * change), a preview the token-protected {@code assets/<id>} routes, which also show images no published item uses.
 */
final class AssetLinks {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_DEPTH = 32;

    private AssetLinks() {}

    /** The asset IDs the values hold, in asset field values ({@code {"assetId": …}}) at any depth. */
    static Set<UUID> assetIds(Collection<Map<String, Object>> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        values.forEach(value -> collect(value, ids, 0));
        return ids;
    }

    /** The data with each asset field value replaced by what a site needs to show it. */
    static Map<String, Object> resolve(
            Map<String, Object> data, UUID projectId, DeliveryKind kind, Map<UUID, DeliveryAsset> assets) {
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) rewrite(data, projectId, kind, assets, 0);
        return resolved;
    }

    /** Where the delivery API serves the original, relative to the studio's address. */
    static String originalPath(UUID projectId, DeliveryKind kind, DeliveryAsset asset) {
        if (kind == DeliveryKind.PRODUCTION && asset.sha256() != null) {
            return filePath(projectId, asset.sha256(), asset.contentType());
        }
        return base(projectId) + "/assets/" + asset.id();
    }

    /** Where the delivery API serves one responsive copy, relative to the studio's address. */
    static String variantPath(UUID projectId, DeliveryKind kind, DeliveryAsset asset, AssetVariantSummary variant) {
        if (kind == DeliveryKind.PRODUCTION) {
            return filePath(projectId, variant.sha256(), variant.contentType());
        }
        return base(projectId) + "/assets/" + asset.id() + "/variants/" + variant.width();
    }

    static String filePath(UUID projectId, String sha256, String contentType) {
        return base(projectId) + "/files/" + sha256 + "." + contentType.substring(contentType.indexOf('/') + 1);
    }

    private static String base(UUID projectId) {
        return "/delivery/v1/" + projectId;
    }

    private static void collect(Object value, Set<UUID> ids, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.get("assetId") instanceof String id && UUID_TEXT.matcher(id).matches()) {
                ids.add(UUID.fromString(id));
            }
            map.values().forEach(inner -> collect(inner, ids, depth + 1));
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collect(inner, ids, depth + 1));
        }
    }

    private static Object rewrite(
            Object value, UUID projectId, DeliveryKind kind, Map<UUID, DeliveryAsset> assets, int depth) {
        if (depth > MAX_DEPTH) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.get("assetId") instanceof String id && UUID_TEXT.matcher(id).matches()) {
                return assetValue(map, assets.get(UUID.fromString(id)), projectId, kind);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach(
                    (key, inner) -> copy.put(String.valueOf(key), rewrite(inner, projectId, kind, assets, depth + 1)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(inner -> copy.add(rewrite(inner, projectId, kind, assets, depth + 1)));
            return copy;
        }
        return value;
    }

    /**
     * One asset field value. An image the project no longer has (deleted, or never its own) keeps its ID and alt
     * text but no address: the site shows its placeholder rather than a broken image.
     */
    private static Map<String, Object> assetValue(
            Map<?, ?> stored, @Nullable DeliveryAsset asset, UUID projectId, DeliveryKind kind) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("assetId", stored.get("assetId"));
        String alt = stored.get("alt") instanceof String text && !text.isBlank()
                ? text
                : asset != null && asset.alt() != null && !asset.alt().isBlank() ? asset.alt() : null;
        value.put("alt", alt);
        if (asset == null) {
            value.put("url", null);
            return value;
        }
        value.put("url", originalPath(projectId, kind, asset));
        value.put("contentType", asset.contentType());
        value.put("width", asset.width() != null ? asset.width() : stored.get("width"));
        value.put("height", asset.height() != null ? asset.height() : stored.get("height"));
        List<Map<String, Object>> variants = new ArrayList<>();
        for (AssetVariantSummary variant : asset.variants()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("width", variant.width());
            copy.put("height", variant.height());
            copy.put("contentType", variant.contentType());
            copy.put("url", variantPath(projectId, kind, asset, variant));
            variants.add(copy);
        }
        value.put("variants", variants);
        return value;
    }
}
