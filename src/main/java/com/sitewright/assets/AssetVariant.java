package com.sitewright.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A smaller copy of an asset for responsive pages; its bytes may be shared with others of the same content. */
@Entity
@Table(name = "asset_variants")
class AssetVariant {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID assetId;

    @Column(nullable = false)
    private UUID projectId;

    private int width;

    private int height;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private String storageKey;

    protected AssetVariant() {}

    AssetVariant(UUID assetId, UUID projectId, StoredObject object) {
        this.id = UUID.randomUUID();
        this.assetId = assetId;
        this.projectId = projectId;
        this.width = object.width();
        this.height = object.height();
        this.contentType = object.contentType();
        this.sizeBytes = object.sizeBytes();
        this.sha256 = object.sha256();
        this.storageKey = object.key();
    }

    String getStorageKey() {
        return storageKey;
    }

    UUID getAssetId() {
        return assetId;
    }

    int getWidth() {
        return width;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    AssetVariantSummary summary() {
        return new AssetVariantSummary(width, height, contentType, sizeBytes, sha256);
    }
}
