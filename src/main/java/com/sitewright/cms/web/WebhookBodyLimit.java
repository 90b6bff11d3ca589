package com.sitewright.cms.web;

import com.sitewright.api.BodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vendors send a document's id and metadata, or at most one entry: far less than the API's usual body. */
@Configuration(proxyBeanMethods = false)
class WebhookBodyLimit {

    private static final long MAX = 1024 * 1024;

    @Bean
    BodyLimit webhookLimit() {
        return BodyLimit.of(
                "POST",
                "/api/v1/projects/{id}/cms-webhooks/{provider}",
                MAX,
                "A CMS webhook's body is at most " + BodyLimit.megabytes(MAX) + " MB.");
    }
}
