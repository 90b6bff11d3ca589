package com.sitewright.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts secrets kept at rest (AES-GCM, a random 96-bit IV per value, a 128-bit tag). The owner's ID
 * (e.g. the project's) is bound in as associated data, so a sealed value copied to another row does not
 * open there. A sealed value reads {@code v1:<base64 of IV and ciphertext>}.
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("A secrets key is 32 bytes.");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The configured key (base64 of 32 bytes) or, when none is configured, the key kept in {@code keyFile},
     * created owner-only on first use.
     */
    public static SecretBox configured(String base64Key, Path keyFile) {
        if (base64Key != null && !base64Key.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64Key.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("sitewright.secrets.key is not base64.");
            }
            if (key.length != 32) {
                throw new IllegalStateException(
                        "sitewright.secrets.key must be the base64 of 32 bytes, not " + key.length + ".");
            }
            return new SecretBox(key);
        }
        try {
            if (Files.exists(keyFile)) {
                byte[] existing = Files.readAllBytes(keyFile);
                if (existing.length != 32) {
                    throw new IllegalStateException("The secrets key file " + keyFile + " does not hold 32 bytes.");
                }
                return new SecretBox(existing);
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            PrivateFiles.write(keyFile, fresh);
            return new SecretBox(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secrets key file " + keyFile, e);
        }
    }

    public String seal(String plain, UUID owner) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, owner);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available.", e);
        }
    }

    /** The plain value; refused when the value was changed, sealed under another key or for another owner. */
    public String open(String sealed, UUID owner) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new SecretRefusedException();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretRefusedException();
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretRefusedException();
        }
        byte[] iv = new byte[IV_BYTES];
        System.arraycopy(bytes, 0, iv, 0, IV_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, owner);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretRefusedException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available.", e);
        }
    }

    /** Shows only that a secret is set and how it ends: {@code ••••••cdef} (nothing at all of a short one). */
    public static @Nullable String mask(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        return MASK + (secret.length() >= 12 ? secret.substring(secret.length() - 4) : "");
    }

    /** Whether a value is a mask this class handed out, sent back unchanged. */
    public static boolean isMask(String value) {
        return value != null && value.startsWith(MASK);
    }

    private static final String MASK = "••••••";

    private Cipher cipher(int mode, byte[] iv, UUID owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A sealed value that does not open: altered, sealed under another key, or for another owner. */
    public static final class SecretRefusedException extends RuntimeException {
        SecretRefusedException() {
            super(
                    "A stored secret could not be opened: it was altered, or sealed under another key or for another owner.");
        }
    }
}
