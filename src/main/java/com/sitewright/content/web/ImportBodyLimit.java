package com.sitewright.content.web;

import com.sitewright.api.BodyLimit;
import com.sitewright.content.transfer.TransferService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An import file may be larger than the API's usual body. */
@Configuration(proxyBeanMethods = false)
class ImportBodyLimit {

    @Bean
    BodyLimit importLimit() {
        long max = TransferService.MAX_BYTES;
        return BodyLimit.of(
                "POST",
                "/api/v1/projects/{id}/items/import",
                max,
                "The file is over " + BodyLimit.megabytes(max) + " MB; an import is at most " + BodyLimit.megabytes(max)
                        + " MB. Split it into smaller files.");
    }
}
