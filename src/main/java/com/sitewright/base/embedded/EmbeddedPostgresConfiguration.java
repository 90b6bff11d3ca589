package com.sitewright.base.embedded;

import com.sitewright.base.PrivateFiles;
import com.sitewright.base.StudioSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from the data directory when no external database is configured,
 * so a fresh machine runs the studio with the same SQL, JSONB and JobRunr tables as production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String DATABASE = "sitewright";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(StudioSettings settings) throws IOException {
        Path dataDir = settings.dataDir().toAbsolutePath().resolve("postgres");
        // PostgreSQL wants its data owner-only; creating it so leaves no moment in which it is not.
        PrivateFiles.createDirectories(dataDir);
        StalePostgresReaper.stopLeftover(dataDir);
        log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops it after everything that uses the database, not a JVM hook racing them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                // Grid queries differ mostly in their search text: plan each one for its own values.
                .setServerConfig("plan_cache_mode", "force_custom_plan")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE) + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("sitewright");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        }
    }
}
