package com.sitewright.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bearer token as the studio keeps it: only the SHA-256 hash of its secret (see {@link Secrets}) and a hint
 * for people to recognise it by; the secret itself is shown once, when it is made. Revoking is for good.
 */
@MappedSuperclass
public abstract class HashedToken {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String tokenHint;

    @Column(nullable = false)
    private Instant createdAt;

    private @Nullable Instant revokedAt;

    protected HashedToken() {}

    protected HashedToken(String name, String tokenHash, String tokenHint, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
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

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
