package com.sitewright.cms.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pushes talk to a CMS. The rate itself is the connection's {@code requestsPerSecond}; these bound the rest.
 *
 * @param concurrency   at most this many requests of one push in flight at once
 * @param connectTimeout how long to wait for the vendor to accept a connection
 * @param answerTimeout how long one request may take before it counts as a timeout
 * @param attempts      how often a request that timed out or met a 5xx is tried in all
 * @param backoff       the wait before the second attempt (doubling after that)
 * @param maxWait       the longest wait a 429's Retry-After is honoured for; longer waits fail the request
 */
@ConfigurationProperties("sitewright.cms.push")
record PushSettings(
        @DefaultValue("4") int concurrency,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration answerTimeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("1s") Duration backoff,
        @DefaultValue("60s") Duration maxWait) {}
