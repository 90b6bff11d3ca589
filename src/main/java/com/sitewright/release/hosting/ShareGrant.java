package com.sitewright.release.hosting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One share link's access to a site, kept so that it can be listed and revoked. */
@Entity
@Table(name = "share_grants")
class ShareGrant {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private UUID projectId;

    private UUID createdBy;

    @Column(nullable = false)
    private String createdByName;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    protected ShareGrant() {}

    ShareGrant(String label, UUID projectId, UUID createdBy, String createdByName, Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.label = label;
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    String getLabel() {
        return label;
    }

    ShareGrantInfo info(Instant now) {
        return new ShareGrantInfo(
                id,
                label,
                projectId,
                createdByName,
                createdAt,
                expiresAt,
                revokedAt,
                ShareGrantInfo.stateOf(expiresAt, revokedAt, now));
    }
}
