package com.sitewright.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Studio-wide settings.
 *
 * @param dataDir          where embedded services keep their data (database files, later object storage)
 * @param adminPassword    password of the {@code admin} user created on first start; random when empty
 * @param generationBatchSize items written per transaction by the generation job
 */
@ConfigurationProperties("sitewright")
public record StudioSettings(
        @DefaultValue("./data") Path dataDir,
        String adminPassword,
        @DefaultValue("500") int generationBatchSize) {}
