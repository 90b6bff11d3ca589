package com.sitewright.assets.web;

import com.sitewright.api.BodyLimit;
import com.sitewright.assets.AssetService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An uploaded image may be as large as the asset library allows, beyond the API's usual body. */
@Configuration(proxyBeanMethods = false)
class UploadBodyLimit {

    @Bean
    BodyLimit uploadLimit(AssetService assets) {
        long max = assets.maxSize().toBytes();
        return BodyLimit.of(
                "POST",
                "/api/v1/projects/{id}/assets",
                max,
                "The image is larger than " + BodyLimit.megabytes(max) + " MB, the most an asset may be.");
    }
}
