package com.sitewright.assets;

import com.sitewright.base.NotFoundException;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Serves library images to signed-in users of their project, for the previews in the studio. */
@RestController
class AssetFiles {

    private final AssetService assets;

    AssetFiles(AssetService assets) {
        this.assets = assets;
    }

    @GetMapping("/assets/{assetId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID assetId) {
        return AssetResponses.inline(assets.open(assetId));
    }

    @ExceptionHandler({NotFoundException.class, NoSuchKeyException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body("No such asset");
    }
}
