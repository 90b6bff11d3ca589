package com.sitewright.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as lists show it: never its hash or secret, only the hint people recognise it by. */
public record ApiTokenInfo(
        UUID id,
        String name,
        String hint,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
