package com.sitewright.cms.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/** The push's HTTP layer against a plain HTTP server: places in flight, token calls inside headers, 429s and 5xx. */
class VendorHttpTest {

    // Answers are given long enough that a busy machine never turns one into a timeout and a second request.
    private static final PushSettings SETTINGS = new PushSettings(
            2, Duration.ofSeconds(20), Duration.ofSeconds(20), 3, Duration.ofMillis(10), Duration.ofSeconds(5));

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final AtomicInteger requests = new AtomicInteger();
    private VendorHttp http;

    @BeforeEach
    void start() {
        server.start();
        http = new VendorHttp(WebClient.create(), 1_000, SETTINGS, requests);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void headersThatCallTheCmsThemselvesDoNotWaitForThePlacesTheirCallersHold() throws Exception {
        server.stubFor(post("/token")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"fresh\"}")
                        .withFixedDelay(100)));
        server.stubFor(get("/item")
                .withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(aResponse().withStatus(200)));
        // Every place in flight is taken by a caller whose headers need a token first, as when a token runs out
        // mid-push.
        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<VendorHttp.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < SETTINGS.concurrency() * 2; i++) {
            answers.add(callers.submit(() -> http.get(
                    url("/item"),
                    headers -> headers.setBearerAuth(
                            http.send(HttpMethod.POST, url("/token"), none -> {}, VendorHttp.JSON_TYPE, new byte[0])
                                    .json()
                                    .path("access_token")
                                    .asString()))));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Future<VendorHttp.Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        });
        callers.shutdown();
        assertThat(requests).hasValue(SETTINGS.concurrency() * 4);
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAsTheVendorAsksAndTriedAgain() {
        server.stubFor(get("/item")
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0.3"))
                .willSetStateTo("waited"));
        server.stubFor(get("/item")
                .inScenario("limit")
                .whenScenarioStateIs("waited")
                .willReturn(aResponse().withStatus(200)));
        long started = System.nanoTime();
        VendorHttp.Answer answer = http.get(url("/item"), headers -> {});
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(requests).hasValue(2);
    }

    @Test
    void aFailingCmsIsTriedTheConfiguredNumberOfTimesAndThenReported() {
        server.stubFor(get("/item")
                .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Down for maintenance\"}")));
        assertThatThrownBy(() -> http.get(url("/item"), headers -> {}))
                .isInstanceOf(VendorCallException.class)
                .hasMessageContaining("503")
                .hasMessageContaining("Down for maintenance")
                .hasMessageContaining("3 times");
        assertThat(requests).hasValue(SETTINGS.attempts());
    }

    private String url(String path) {
        return server.baseUrl() + path;
    }
}
