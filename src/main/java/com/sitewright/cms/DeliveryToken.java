package com.sitewright.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "delivery_tokens")
public class DeliveryToken {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Issued by the studio for its own site servers and builds; not listed to users. */
    @Column(nullable = false)
    private boolean managed;

    protected DeliveryToken() {}

    DeliveryToken(UUID projectId, DeliveryKind kind, String name, String tokenHash, String tokenHint) {
        this(projectId, kind, name, tokenHash, tokenHint, false);
    }

    DeliveryToken(UUID projectId, DeliveryKind kind, String name, String tokenHash, String tokenHint, boolean managed) {
        this.managed = managed;
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.kind = kind;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public DeliveryKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }
}
