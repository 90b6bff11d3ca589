package com.sitewright.generation;

import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GenerationConfiguration {

    @Bean
    IntentParser intentParser() {
        return new IntentParser();
    }

    @Bean
    OfflineGenerator offlineGenerator() {
        return new OfflineGenerator();
    }
}
