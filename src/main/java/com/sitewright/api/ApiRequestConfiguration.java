package com.sitewright.api;

import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** How requests to the API are bounded before a controller sees them, and what an unknown API address answers. */
@Configuration(proxyBeanMethods = false)
class ApiRequestConfiguration {

    /** Ahead of security: an oversized body is refused before credentials are checked or the body is read. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> apiBodyLimits(ApiSettings settings, List<BodyLimit> endpointLimits) {
        var filter = new RequestBodyLimitFilter(settings.maxBodySize().toBytes(), endpointLimits);
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
