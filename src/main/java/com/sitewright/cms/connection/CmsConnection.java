package com.sitewright.cms.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A project's connection to its CMS. {@code settings} holds the plain settings as JSON; {@code secrets}
 * holds each secret sealed by the studio's secret box, never in the clear. Deliberately no
 * {@code toString}: nothing of it belongs in a log.
 */
@Entity
@Table(name = "cms_connections")
class CmsConnection {

    @Id
    private UUID projectId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String settings;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String secrets;

    @Column(nullable = false)
    private Instant updatedAt;

    protected CmsConnection() {}

    CmsConnection(UUID projectId) {
        this.projectId = projectId;
    }

    void replace(CmsProvider provider, String settingsJson, String sealedSecretsJson, Instant now) {
        this.provider = provider.id();
        this.settings = settingsJson;
        this.secrets = sealedSecretsJson;
        this.updatedAt = now;
    }

    UUID getProjectId() {
        return projectId;
    }

    CmsProvider getProvider() {
        return CmsProvider.of(provider).orElseThrow();
    }

    String getSettings() {
        return settings;
    }

    String getSecrets() {
        return secrets;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
