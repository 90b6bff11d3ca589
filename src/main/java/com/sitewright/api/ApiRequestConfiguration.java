package com.sitewright.api;

import com.sitewright.assets.AssetService;
import com.sitewright.content.transfer.TransferService;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** How requests to the API are bounded before a controller sees them, and what an unknown API address answers. */
@Configuration(proxyBeanMethods = false)
class ApiRequestConfiguration {

    /** Vendors send a document's id and metadata, or at most one entry: far less than this. */
    private static final long WEBHOOK_MAX = 1024 * 1024;

    /** Ahead of security: an oversized body is refused before credentials are checked or the body is read. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> apiBodyLimits(ApiSettings settings, AssetService assets) {
        long importMax = TransferService.MAX_BYTES;
        long assetMax = assets.maxSize().toBytes();
        var filter = new RequestBodyLimitFilter(
                settings.maxBodySize().toBytes(),
                List.of(
                        RequestBodyLimitFilter.Limit.of(
                                "POST",
                                "/api/v1/projects/{id}/items/import",
                                importMax,
                                "The file is over " + RequestBodyLimitFilter.megabytes(importMax)
                                        + " MB; an import is at most " + RequestBodyLimitFilter.megabytes(importMax)
                                        + " MB. Split it into smaller files."),
                        RequestBodyLimitFilter.Limit.of(
                                "POST",
                                "/api/v1/projects/{id}/assets",
                                assetMax,
                                "The image is larger than " + RequestBodyLimitFilter.megabytes(assetMax)
                                        + " MB, the most an asset may be."),
                        RequestBodyLimitFilter.Limit.of(
                                "POST",
                                "/api/v1/projects/{id}/cms-webhooks/{provider}",
                                WEBHOOK_MAX,
                                "A CMS webhook's body is at most " + RequestBodyLimitFilter.megabytes(WEBHOOK_MAX)
                                        + " MB.")));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setUrlPatterns(List.of("/api/*"));
        registration.setName("apiBodyLimits");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** After the controllers' mapping, before static resources and the studio's pages. */
    @Bean
    UnknownApiAddresses unknownApiAddresses() {
        var mapping = new UnknownApiAddresses();
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
