package com.sitewright.assets;

import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * Makes the responsive copies of an uploaded image, as generation makes them for its own: encoding WebP takes
 * seconds, too long for the upload's request. Running it again for an image that has them does nothing.
 */
@Component
public class AssetVariantJob {

    private final AssetJobs assets;

    AssetVariantJob(AssetJobs assets) {
        this.assets = assets;
    }

    @Job(name = "Make the responsive copies of image %0", retries = 3)
    public void makeVariants(UUID assetId) {
        assets.makeVariants(assetId);
    }
}
