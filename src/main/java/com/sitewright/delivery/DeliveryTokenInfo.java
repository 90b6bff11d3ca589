package com.sitewright.delivery;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delivery token as lists show it: never its hash or secret, only the hint people recognise it by. */
public record DeliveryTokenInfo(
        UUID id,
        DeliveryKind kind,
        String name,
        String hint,
        Instant createdAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
