package com.sitewright.assets;

import com.sitewright.base.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Serves library images to signed-in users of their project, for previews in the studio. An asset's bytes never
 * change, so browsers may keep them; the answer is private to the user's browser.
 */
@RestController
class AssetFiles {

    private final AssetService assets;

    AssetFiles(AssetService assets) {
        this.assets = assets;
    }

    @GetMapping("/assets/{assetId}")
    ResponseEntity<StreamingResponseBody> file(@PathVariable UUID assetId) {
        AssetContent content = assets.open(assetId);
        AssetSummary asset = content.asset();
        StreamingResponseBody body = out -> {
            try (content) {
                content.bytes().transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.contentType()))
                .contentLength(asset.sizeBytes())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(asset.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @ExceptionHandler({NotFoundException.class, NoSuchKeyException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("No such asset");
    }
}
