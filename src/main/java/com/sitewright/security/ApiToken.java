package com.sitewright.security;

import com.sitewright.base.HashedToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its SHA-256 hash is kept; the secret is shown once, when created. */
@Entity
@Table(name = "api_tokens")
public class ApiToken extends HashedToken {

    @Column(nullable = false)
    private UUID userId;

    private @Nullable Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(UUID userId, String name, String tokenHash, String tokenHint, Instant now) {
        super(name, tokenHash, tokenHint, now);
        this.userId = userId;
    }

    public UUID getUserId() {
        return userId;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public ApiTokenInfo info() {
        return new ApiTokenInfo(getId(), getName(), getTokenHint(), getCreatedAt(), lastUsedAt, getRevokedAt());
    }

    void markUsed(Instant when) {
        lastUsedAt = when;
    }
}
