package com.sitewright.assets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An image in the asset library.
 *
 * @param width  pixels across, when the file says
 * @param height pixels down, when the file says
 * @param alt    the default alternative text, offered when the image is chosen for a field
 */
public record AssetSummary(
        UUID id,
        UUID projectId,
        String fileName,
        String contentType,
        long sizeBytes,
        Integer width,
        Integer height,
        String alt,
        Instant createdAt) {

    /** Where the studio serves the image to signed-in users of its project. */
    public String url() {
        return "/assets/" + id;
    }

    /** The value an asset field stores when this image is chosen: its ID, address and alt text. */
    public Map<String, Object> fieldValue(String altText) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("assetId", id.toString());
        value.put("url", url());
        if (altText != null && !altText.isBlank()) {
            value.put("alt", altText.strip());
        }
        return value;
    }
}
