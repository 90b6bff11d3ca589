package com.sitewright.assets;

import java.util.Set;
import java.util.UUID;

/**
 * Stored bytes of a project found by their sha-256: an original or a responsive copy, with the images that use
 * them (identical bytes are stored once, so several may).
 */
public record AssetFile(String sha256, String contentType, long sizeBytes, Set<UUID> assetIds, String storageKey) {

    /** The file name ending sites use for the type: {@code webp}, {@code png}, {@code jpeg} or {@code gif}. */
    public String extension() {
        return extensionOf(contentType);
    }

    static String extensionOf(String contentType) {
        return contentType.substring(contentType.indexOf('/') + 1);
    }
}
