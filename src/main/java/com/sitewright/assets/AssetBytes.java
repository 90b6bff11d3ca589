package com.sitewright.assets;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Bytes of an image or one of its copies, found but not yet read: a reader that has them already (same sha-256)
 * is answered without opening storage.
 *
 * @param sha256 of the bytes; null for an original stored before content addresses
 */
public record AssetBytes(String contentType, long sizeBytes, String sha256, Supplier<InputStream> opener) {

    /** Opens the bytes in storage, to be read once and closed; "not found" when the object has gone. */
    public InputStream open() {
        return opener.get();
    }
}
