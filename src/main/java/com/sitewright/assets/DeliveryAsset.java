package com.sitewright.assets;

import java.util.List;
import java.util.UUID;

/**
 * An image as the delivery API describes it to sites: enough to address its bytes and each responsive copy.
 *
 * @param sha256   of the original's bytes; null for an image stored before content addresses, which is then
 *                 reachable by its ID only
 * @param variants the responsive copies, narrowest first (empty while an upload's are still being made)
 */
public record DeliveryAsset(
        UUID id,
        String contentType,
        Integer width,
        Integer height,
        String alt,
        String sha256,
        List<AssetVariantSummary> variants) {}
