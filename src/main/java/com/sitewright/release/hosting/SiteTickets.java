package com.sitewright.release.hosting;

import com.sitewright.base.PrivateFiles;
import com.sitewright.base.StudioSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring tickets for one site: share links, the studio's own iframe hand-off, and the
 * cookie a ticket turns into. Each names its holder (a stored share grant or a studio user), which the
 * gateway checks on every request. The signing key lives in the data directory so that links survive
 * restarts (readable by the studio's user only); deleting it invalidates every link.
 */
@Component
public class SiteTickets {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    SiteTickets(StudioSettings settings) {
        this.key = loadOrCreateKey(settings.dataDir().toAbsolutePath().resolve("keys/site-tickets.key"));
    }

    /** Who a ticket admits: the holder of a stored share grant, or one studio user. */
    public enum HolderKind {
        SHARE,
        USER
    }

    /**
     * The holder a ticket stands for: a share grant's ID, or a user's ID and username. The gateway checks
     * the holder on every request, so revoking the grant or disabling the user ends access at once.
     */
    public record Holder(HolderKind kind, UUID id, String name) {

        public static Holder share(UUID grantId) {
            return new Holder(HolderKind.SHARE, grantId, "");
        }

        public static Holder user(UUID userId, String username) {
            return new Holder(HolderKind.USER, userId, username);
        }
    }

    /**
     * A verified ticket; it may still have expired. {@code grantsUntil} is how long the access it
     * hands over lasts (a studio hand-off is short-lived but grants a working session).
     */
    public record Ticket(String label, Instant expiresAt, Instant grantsUntil, Holder holder) {

        public boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public String issue(String label, Instant expiresAt, Holder holder) {
        return issue(label, expiresAt, expiresAt, holder);
    }

    public String issue(String label, Instant expiresAt, Instant grantsUntil, Holder holder) {
        if (holder.name().contains("|")) {
            throw new IllegalArgumentException("A holder's name cannot contain '|'");
        }
        String payload = ENCODER.encodeToString((label + "|" + expiresAt.getEpochSecond() + "|"
                        + grantsUntil.getEpochSecond() + "|" + holder.kind() + "|" + holder.id() + "|" + holder.name())
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The ticket if it is well formed, correctly signed and for {@code label}; expiry is left to the caller. */
    public Optional<Ticket> verify(String token, String label) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            // Tickets without a holder (made before grants were stored) no longer admit anyone.
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !parts[0].equals(label)) {
                return Optional.empty();
            }
            Holder holder = new Holder(HolderKind.valueOf(parts[3]), UUID.fromString(parts[4]), parts[5]);
            return Optional.of(new Ticket(
                    parts[0],
                    Instant.ofEpochSecond(Long.parseLong(parts[1])),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    holder));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Package-private so that tests can sign payloads of other shapes. */
    byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadOrCreateKey(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] existing = Files.readAllBytes(file);
                if (existing.length >= 32) {
                    return existing;
                }
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            PrivateFiles.write(file, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the site ticket key " + file, e);
        }
    }
}
