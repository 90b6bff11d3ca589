package com.sitewright.assets;

import java.awt.image.BufferedImage;
import java.util.UUID;

/**
 * An image that generation makes for an asset field: drawn by the renderer ({@code image}) or returned by an image
 * model ({@code bytes}, checked like an upload).
 *
 * @param assetId the ID it gets in the library; derived from what it is for, so a repeated step stores it once
 */
public record GeneratedImage(
        UUID assetId, String fileName, String alt, AssetOrigin origin, BufferedImage image, byte[] bytes) {

    public static GeneratedImage drawn(UUID assetId, String fileName, String alt, BufferedImage image) {
        return new GeneratedImage(assetId, fileName, alt, AssetOrigin.RENDERED, image, null);
    }

    public static GeneratedImage fromModel(UUID assetId, String fileName, String alt, byte[] bytes) {
        return new GeneratedImage(assetId, fileName, alt, AssetOrigin.MODEL, null, bytes);
    }
}
