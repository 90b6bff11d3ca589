package com.sitewright.site;

import com.sitewright.base.StudioSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Node.js toolchain for the studio, so every build shares one npm install. */
@Configuration
class NodeConfiguration {

    @Bean
    NodeToolchain nodeToolchain(
            StudioSettings settings,
            @Value("${sitewright.node-cache-dir:}") String cacheDir,
            @Value("${sitewright.build-timeout:15m}") Duration buildTimeout) {
        Path cache = cacheDir.isBlank() ? settings.dataDir().resolve("node-cache") : Path.of(cacheDir);
        return new NodeToolchain(cache.toAbsolutePath().normalize(), "node", "npm", buildTimeout);
    }
}
