package com.sitewright.assets.web;

import com.sitewright.api.ApiParams;
import com.sitewright.api.RestApi;
import com.sitewright.assets.AssetResponses;
import com.sitewright.assets.AssetService;
import com.sitewright.assets.AssetSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's image library: list and search, upload (the image as the request body), alt text, bytes, delete. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{id}/assets")
class AssetApi {

    private final AssetService assets;

    AssetApi(AssetService assets) {
        this.assets = assets;
    }

    record AssetJson(
            UUID id,
            String fileName,
            String contentType,
            long sizeBytes,
            Integer width,
            Integer height,
            String alt,
            String url,
            String contentUrl,
            Instant createdAt) {}

    record AssetPage(List<AssetJson> items, long total, int page, int size) {}

    record Describe(String alt) {}

    @GetMapping
    AssetPage list(
            @PathVariable UUID id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ApiParams.page(page, size, AssetService.MAX_PAGE_SIZE);
        String search = ApiParams.search(q);
        List<AssetJson> items =
                assets.page(id, search, page, size).stream().map(AssetApi::json).toList();
        return new AssetPage(items, assets.count(id, search), page, size);
    }

    @PostMapping
    ResponseEntity<AssetJson> upload(@PathVariable UUID id, @RequestParam String fileName, HttpServletRequest request)
            throws IOException {
        // The API's body limit for uploads answers 413 before this reads more than the largest asset.
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) assets.maxSize().toBytes() + 1);
        }
        AssetJson created = json(assets.upload(id, fileName, body));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/assets/" + created.id()))
                .body(created);
    }

    @GetMapping("/{assetId}")
    AssetJson get(@PathVariable UUID id, @PathVariable UUID assetId) {
        return json(assets.get(id, assetId));
    }

    @GetMapping("/{assetId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable UUID assetId) {
        return AssetResponses.inline(assets.open(id, assetId));
    }

    @PatchMapping("/{assetId}")
    AssetJson describe(@PathVariable UUID id, @PathVariable UUID assetId, @RequestBody Describe request) {
        return json(assets.describe(id, assetId, request.alt()));
    }

    @DeleteMapping("/{assetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID assetId) {
        assets.delete(id, assetId);
    }

    private static AssetJson json(AssetSummary asset) {
        return new AssetJson(
                asset.id(),
                asset.fileName(),
                asset.contentType(),
                asset.sizeBytes(),
                asset.width(),
                asset.height(),
                asset.alt(),
                asset.url(),
                "/api/v1/projects/" + asset.projectId() + "/assets/" + asset.id() + "/content",
                asset.createdAt());
    }
}
