package com.sitewright.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An image in a project's asset library; its bytes are in object storage under {@link #storageKey}. */
@Entity
@Table(name = "assets")
class Asset {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private String alt;

    @Column(nullable = false)
    private String storageKey;

    private UUID createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetOrigin origin = AssetOrigin.UPLOAD;

    protected Asset() {}

    Asset(
            UUID id,
            UUID projectId,
            String fileName,
            ImageFormat format,
            long sizeBytes,
            ImageFormat.Dimensions dimensions,
            String alt,
            UUID createdBy,
            Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.fileName = fileName;
        this.contentType = format.contentType();
        this.sizeBytes = sizeBytes;
        this.width = dimensions.width();
        this.height = dimensions.height();
        this.alt = alt;
        this.storageKey = key(projectId, id);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** An image stored under the content address of its bytes ({@link #contentKey}). */
    Asset(
            UUID id,
            UUID projectId,
            String fileName,
            StoredObject object,
            String alt,
            AssetOrigin origin,
            Instant createdAt) {
        this(id, projectId, fileName, object, alt, origin, null, createdAt);
    }

    Asset(
            UUID id,
            UUID projectId,
            String fileName,
            StoredObject object,
            String alt,
            AssetOrigin origin,
            UUID createdBy,
            Instant createdAt) {
        this.createdBy = createdBy;
        this.id = id;
        this.projectId = projectId;
        this.fileName = fileName;
        this.contentType = object.contentType();
        this.sizeBytes = object.sizeBytes();
        this.width = object.width();
        this.height = object.height();
        this.alt = alt;
        this.storageKey = object.key();
        this.sha256 = object.sha256();
        this.origin = origin;
        this.createdAt = createdAt;
    }

    /**
     * Where bytes are kept by what they are: the same bytes in a project always get the same key, so they are
     * stored once. Still under the project's prefix, so a deleted project's objects go with one listing.
     */
    static String contentKey(UUID projectId, String sha256, String extension) {
        return prefix(projectId) + "sha256/" + sha256 + "." + extension;
    }

    /** Keys are grouped by project, so a deleted project's objects go with one listing. */
    static String key(UUID projectId, UUID assetId) {
        return prefix(projectId) + assetId;
    }

    static String prefix(UUID projectId) {
        return "projects/" + projectId + "/assets/";
    }

    UUID getId() {
        return id;
    }

    String getSha256() {
        return sha256;
    }

    AssetOrigin getOrigin() {
        return origin;
    }

    UUID getProjectId() {
        return projectId;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    void describe(String alt) {
        this.alt = alt;
    }

    AssetSummary summary() {
        return new AssetSummary(id, projectId, fileName, contentType, sizeBytes, width, height, alt, createdAt);
    }
}
