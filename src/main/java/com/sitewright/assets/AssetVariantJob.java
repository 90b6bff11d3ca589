package com.sitewright.assets;

import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Makes the responsive copies of an uploaded image, as generation makes them for its own: encoding WebP takes
 * seconds, too long for the upload's request. Running it again for an image that has them does nothing.
 */
@Component
public class AssetVariantJob {

    private final AssetService assets;

    AssetVariantJob(AssetService assets) {
        this.assets = assets;
    }

    @Job(name = "Make the responsive copies of image %0", retries = 3)
    public void makeVariants(UUID assetId) {
        assets.makeVariants(assetId);
    }
}
