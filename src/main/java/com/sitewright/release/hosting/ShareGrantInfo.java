package com.sitewright.release.hosting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A share link's grant as the studio lists it; the link itself is not kept (only the person who made it
 * has it). Its {@code state} is as of when it was read.
 */
public record ShareGrantInfo(
        UUID id,
        String label,
        UUID projectId,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        State state) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static State stateOf(Instant expiresAt, Instant revokedAt, Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
