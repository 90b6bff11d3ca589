package com.sitewright.assets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An image as an HTTP answer, the same in the studio and the API: its own type and length, never sniffed as
 * something else, and kept by the user's browser alone (an asset's bytes never change).
 */
public final class AssetResponses {

    private AssetResponses() {}

    /** Streams the bytes straight from storage; Spring closes the stream once they are written. */
    public static ResponseEntity<InputStreamResource> inline(AssetContent content) {
        AssetSummary asset = content.asset();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.contentType()))
                .contentLength(asset.sizeBytes())
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(asset.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.bytes()));
    }
}
