package com.sitewright.delivery;

import com.sitewright.base.HashedToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "delivery_tokens")
public class DeliveryToken extends HashedToken {

    @Column(nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryKind kind;

    /** Issued by the studio for its own site servers and builds; not listed to users. */
    @Column(nullable = false)
    private boolean managed;

    protected DeliveryToken() {}

    DeliveryToken(UUID projectId, DeliveryKind kind, String name, String tokenHash, String tokenHint, Instant now) {
        this(projectId, kind, name, tokenHash, tokenHint, false, now);
    }

    DeliveryToken(
            UUID projectId,
            DeliveryKind kind,
            String name,
            String tokenHash,
            String tokenHint,
            boolean managed,
            Instant now) {
        super(name, tokenHash, tokenHint, now);
        this.managed = managed;
        this.projectId = projectId;
        this.kind = kind;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public DeliveryKind getKind() {
        return kind;
    }

    public DeliveryTokenInfo info() {
        return new DeliveryTokenInfo(getId(), kind, getName(), getTokenHint(), getCreatedAt(), getRevokedAt());
    }
}
