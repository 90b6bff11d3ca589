package com.sitewright.generation.blueprint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Stable 64-bit seeds: nothing here may depend on the JVM, the clock or hash-map order. */
final class Seeds {

    private Seeds() {}

    static long ofPrompt(String normalizedPrompt) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalizedPrompt.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long combine(long seed, long value) {
        return mix(seed ^ mix(value + 0x9E3779B97F4A7C15L));
    }

    /** FNV-1a over the characters, so it does not rely on String.hashCode's 32 bits. */
    static long ofString(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        return mix(hash);
    }

    static long forType(long seed, String typeKey) {
        return combine(seed, ofString(typeKey));
    }

    static long forItem(long seed, UUID projectId, String typeKey, int index) {
        long value = combine(seed, projectId.getMostSignificantBits());
        value = combine(value, projectId.getLeastSignificantBits());
        value = combine(value, ofString(typeKey));
        return combine(value, index);
    }
}
