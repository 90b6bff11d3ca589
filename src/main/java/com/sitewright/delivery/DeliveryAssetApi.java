package com.sitewright.delivery;

import com.sitewright.api.RestApi;
import com.sitewright.assets.AssetBytes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Image bytes for generated sites. {@code files/<sha-256>.<ext>} is public and cached by anyone for a year: the
 * address names the bytes, so they never change under it. {@code assets/<id>} and its copies need the site's token
 * (a preview's shows drafts' images too) and are kept by the reader alone.
 */
@RestApi
@RestController
@RequestMapping("/delivery/v1/{projectId}")
class DeliveryAssetApi {

    private static final Duration YEAR = Duration.ofDays(365);

    private final DeliveryService delivery;

    DeliveryAssetApi(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @GetMapping("/files/{name}")
    ResponseEntity<InputStreamResource> file(
            @PathVariable UUID projectId, @PathVariable String name, HttpServletRequest request) {
        return bytes(
                delivery.publishedFile(projectId, name),
                CacheControl.maxAge(YEAR).cachePublic().immutable(),
                request);
    }

    @GetMapping("/assets/{assetId}")
    ResponseEntity<InputStreamResource> original(
            @PathVariable UUID projectId, @PathVariable UUID assetId, HttpServletRequest request) {
        return bytes(
                delivery.asset(projectId, assetId, null),
                CacheControl.maxAge(YEAR).cachePrivate().immutable(),
                request);
    }

    @GetMapping("/assets/{assetId}/variants/{width}")
    ResponseEntity<InputStreamResource> variant(
            @PathVariable UUID projectId,
            @PathVariable UUID assetId,
            @PathVariable int width,
            HttpServletRequest request) {
        return bytes(
                delivery.asset(projectId, assetId, width),
                CacheControl.maxAge(YEAR).cachePrivate().immutable(),
                request);
    }

    /**
     * Streams the bytes from storage with their own ETag (their sha-256), so the delivery API's buffering ETag
     * filter stays out of the way and a revalidation is a 304 without reading storage twice.
     */
    private static ResponseEntity<InputStreamResource> bytes(
            AssetBytes content, CacheControl cache, HttpServletRequest request) {
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String etag = content.sha256() == null ? null : "\"" + content.sha256() + "\"";
        if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        var answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.sizeBytes())
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff");
        if (etag != null) {
            answer.eTag(etag);
        }
        return answer.body(new InputStreamResource(content.open()));
    }
}
