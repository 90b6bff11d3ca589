package com.sitewright.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole studio on a random port against a real PostgreSQL: the embedded server by default, or a
 * Testcontainers one where a Docker engine exists and {@code -Dsitewright.test.database=testcontainers}.
 * All integration and browser tests share this one configuration, so Spring starts the studio once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
