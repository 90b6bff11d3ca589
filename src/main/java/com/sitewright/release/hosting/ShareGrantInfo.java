package com.sitewright.release.hosting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A share link's grant as the studio lists it; the link itself is not kept (only the person who made it
 * has it).
 */
public record ShareGrantInfo(
        UUID id,
        String label,
        UUID projectId,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public State state() {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return Instant.now().isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
