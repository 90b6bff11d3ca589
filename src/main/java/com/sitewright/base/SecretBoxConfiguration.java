package com.sitewright.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The studio's one secret box: the key from {@code sitewright.secrets.key}, or one kept under the data directory. */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    @Bean
    SecretBox secretBox(@Value("${sitewright.secrets.key:}") String key, StudioSettings settings) {
        return SecretBox.configured(key, settings.dataDir().toAbsolutePath().resolve("keys/secrets.key"));
    }
}
