package com.sitewright.assets;

import com.sitewright.base.JobApi;
import com.sitewright.base.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's images as the delivery API serves them. The delivery API authorises by project token rather than by
 * user, and passes the project its token stands for.
 */
@Service
@JobApi
public class AssetDelivery {

    private final AssetRepository assets;
    private final AssetVariantRepository variants;
    private final ObjectStore objects;

    AssetDelivery(AssetRepository assets, AssetVariantRepository variants, ObjectStore objects) {
        this.assets = assets;
        this.variants = variants;
        this.objects = objects;
    }

    /**
     * The project's images among
     * these IDs, with their responsive copies. IDs of other projects' images are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, DeliveryAsset> forDelivery(UUID projectId, Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        List<Asset> found = assets.findInProject(projectId, assetIds);
        Map<UUID, List<AssetVariantSummary>> copies = new HashMap<>();
        variants.findByAssetIdInOrderByWidth(found.stream().map(Asset::getId).toList())
                .forEach(variant -> copies.computeIfAbsent(variant.getAssetId(), id -> new java.util.ArrayList<>())
                        .add(variant.summary()));
        Map<UUID, DeliveryAsset> delivered = new HashMap<>();
        for (Asset asset : found) {
            AssetSummary summary = asset.summary();
            delivered.put(
                    asset.getId(),
                    new DeliveryAsset(
                            asset.getId(),
                            summary.contentType(),
                            summary.width(),
                            summary.height(),
                            summary.alt(),
                            asset.getSha256(),
                            copies.getOrDefault(asset.getId(), List.of())));
        }
        return delivered;
    }

    /**
     * The bytes of a project's image, or of its copy the given pixels wide (null for the
     * original); empty when the project has no such image or copy.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AssetBytes> openForDelivery(UUID projectId, UUID assetId, Integer width) {
        java.util.Optional<Asset> asset =
                assets.findById(assetId).filter(found -> found.getProjectId().equals(projectId));
        if (asset.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (width == null) {
            Asset original = asset.get();
            return java.util.Optional.of(new AssetBytes(
                    original.getContentType(),
                    original.getSizeBytes(),
                    original.getSha256(),
                    () -> openObject(original.getStorageKey())));
        }
        return variants.findByAssetIdAndWidth(assetId, width)
                .map(copy -> new AssetBytes(
                        copy.getContentType(),
                        copy.getSizeBytes(),
                        copy.getSha256(),
                        () -> openObject(copy.getStorageKey())));
    }

    /**
     * The project's stored bytes with this sha-256 (an original or a copy) and the images
     * that use them; empty when the project holds no such bytes.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AssetFile> file(UUID projectId, String sha256) {
        Set<UUID> owners = new java.util.LinkedHashSet<>();
        String contentType = null;
        long size = 0;
        String key = null;
        for (Asset asset : assets.findByProjectIdAndSha256(projectId, sha256)) {
            owners.add(asset.getId());
            contentType = asset.getContentType();
            size = asset.getSizeBytes();
            key = asset.getStorageKey();
        }
        for (AssetVariant copy : variants.findByProjectIdAndSha256(projectId, sha256)) {
            owners.add(copy.getAssetId());
            contentType = copy.getContentType();
            size = copy.getSizeBytes();
            key = copy.getStorageKey();
        }
        return key == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new AssetFile(sha256, contentType, size, Set.copyOf(owners), key));
    }

    /** The bytes of a file found by {@link #file}, opened when read. */
    public AssetBytes open(AssetFile file) {
        return new AssetBytes(file.contentType(), file.sizeBytes(), file.sha256(), () -> openObject(file.storageKey()));
    }

    /** Bytes whose object has gone from storage (removed by hand, a lost bucket) are "not found", not an error. */
    private java.io.InputStream openObject(String key) {
        try {
            return objects.open(key);
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            throw new NotFoundException("No such asset");
        }
    }
}
