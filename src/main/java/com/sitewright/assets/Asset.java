package com.sitewright.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private String alt;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Asset() {
    }

    Asset(UUID id, UUID projectId, String fileName, ImageFormat format, long sizeBytes,
          ImageFormat.Dimensions dimensions, String alt, UUID createdBy) {
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
        this.createdAt = Instant.now();
    }

    /** Keys are grouped by project, so a deleted project's objects go with one listing. */
    static String key(UUID projectId, UUID assetId) {
        return prefix(projectId) + assetId;
    }

    static String prefix(UUID projectId) {
        return "projects/" + projectId + "/assets/";
    }

    UUID getProjectId() {
        return projectId;
    }

    String getStorageKey() {
        return storageKey;
    }

    void describe(String alt) {
        this.alt = alt;
    }

    AssetSummary summary() {
        return new AssetSummary(id, projectId, fileName, contentType, sizeBytes, width, height, alt, createdAt);
    }
}
