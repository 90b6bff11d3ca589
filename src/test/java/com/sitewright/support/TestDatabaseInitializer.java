package com.sitewright.support;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where a Docker engine exists, tests run against a PostgreSQL container; elsewhere the studio's
 * embedded PostgreSQL starts as it does by default. Set {@code -Dsitewright.test.database=embedded}
 * to keep the embedded server even with Docker.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);
    private static PostgreSQLContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if ("embedded".equals(System.getProperty("sitewright.test.database")) || !dockerAvailable()) {
            return;
        }
        synchronized (TestDatabaseInitializer.class) {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
                log.info("Tests use a PostgreSQL container at {}", container.getJdbcUrl());
            }
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testcontainers-postgres",
                        Map.of(
                                "spring.datasource.url", container.getJdbcUrl(),
                                "spring.datasource.username", container.getUsername(),
                                "spring.datasource.password", container.getPassword())));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
