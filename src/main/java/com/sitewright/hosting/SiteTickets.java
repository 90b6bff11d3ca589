package com.sitewright.hosting;

import com.sitewright.base.PrivateFiles;
import com.sitewright.base.StudioSettings;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/**
 * Signed, expiring tickets for one site: share links, the studio's own iframe hand-off, and the
 * cookie a ticket turns into. The signing key lives in the data directory so that links survive
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

    /**
     * A verified ticket; it may still have expired. {@code grantsUntil} is how long the access it
     * hands over lasts (a studio hand-off is short-lived but grants a working session).
     */
    public record Ticket(String label, Instant expiresAt, Instant grantsUntil) {

        public boolean expired() {
            return !Instant.now().isBefore(expiresAt);
        }
    }

    public String issue(String label, Instant expiresAt) {
        return issue(label, expiresAt, expiresAt);
    }

    public String issue(String label, Instant expiresAt, Instant grantsUntil) {
        String payload = ENCODER.encodeToString((label + "|" + expiresAt.getEpochSecond() + "|"
                + grantsUntil.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
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
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(label)) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])),
                    Instant.ofEpochSecond(Long.parseLong(parts[2]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
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
