package com.sitewright.assets;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobApi;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asset library for jobs: responsive copies of uploads, and the images a generation run draws. */
@Service
@JobApi
public class AssetJobs {

    private final AssetRepository assets;
    private final ImageProcessing images;

    AssetJobs(AssetRepository assets, ImageProcessing images) {
        this.assets = assets;
        this.images = images;
    }

    /**
     * Makes and stores the responsive copies of an uploaded image. Nothing happens for
     * an image that has them already or was deleted meanwhile, so running it again is harmless.
     */
    public void makeVariants(UUID assetId) {
        images.makeVariants(assetId);
    }

    /**
     * Which of these assets the project holds already, so a resumed step does not draw them again.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AssetSummary> existing(UUID projectId, Collection<UUID> assetIds) {
        Map<UUID, AssetSummary> found = new HashMap<>();
        if (!assetIds.isEmpty()) {
            assets.findInProject(projectId, assetIds).forEach(asset -> found.put(asset.getId(), asset.summary()));
        }
        return found;
    }

    /**
     * Stores generated images in the library with their variants. Images already stored (same ID) are
     * returned as they are. Variants are made and objects written before any row, outside a transaction (encoding
     * takes a while); an object whose row never comes is harmless, and the same bytes meet it again on a retry,
     * since keys are content addresses. An image model's bytes are checked like an upload: one that is not an
     * image, cannot be read or is too large is refused with {@link InvalidInputException}.
     */
    public List<AssetSummary> storeGenerated(UUID projectId, List<GeneratedImage> generated) {
        return images.storeGenerated(
                projectId,
                generated,
                existing(
                        projectId,
                        generated.stream().map(GeneratedImage::assetId).toList()));
    }

    /**
     * Checks a picture from an image model against stricter limits than uploads, and decodes it whole, so
     * that a damaged file (a cut-off PNG whose header reads well) is refused before it is stored. The pixel count is
     * read from the header before anything is decoded, so a small file claiming a huge canvas is never expanded.
     *
     * @throws InvalidInputException saying why the picture is refused
     */
    public void checkGenerated(String name, byte[] bytes, long maxBytes, long maxPixels) {
        images.checkGenerated(name, bytes, maxBytes, maxPixels);
    }

    /** Whether variants are WebP (sharp could be run) or PNG. */
    public boolean variantsAreWebp() {
        return images.encodesWebp();
    }
}
