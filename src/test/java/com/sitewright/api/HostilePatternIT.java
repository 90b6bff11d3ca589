package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.security.ApiTokenService;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field pattern written to backtrack catastrophically, {@code (.*a){20}}, matched against a 60-character value
 * through the API while the studio goes on answering other requests. With a backtracking engine each of these
 * requests would hold its thread for longer than anyone would wait.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePatternIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "(.*a){20}";
    private static final String LONG_VALUE = "a".repeat(59) + "b";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService apiTokens;

    ApiClient admin;
    ApiClient token;
    String base;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        base = "/api/v1/projects/"
                + Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        // A personal token: HTTP Basic spends a deliberate password hash on every request, which is not what is
        // measured.
        var principal = (StudioPrincipal) users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            token = ApiClient.bearer(port, apiTokens.create("pattern check").secret());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aHostilePatternAgainstALongValueNeitherStallsItsRequestNorTheStudio() throws Exception {
        var added = token.post(
                base + "/content-types/menuItem/fields",
                Map.of(
                        "key",
                        "batchCode",
                        "label",
                        "Batch code",
                        "type",
                        "text",
                        "validations",
                        Map.of("pattern", HOSTILE)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        List<JsonNode> items = new ArrayList<>();
        token.get(base + "/items?type=menuItem&size=4").json().path("items").forEach(items::add);
        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            quiet.add(timed(() -> token.get(base)));
        }

        ExecutorService attackers = Executors.newFixedThreadPool(items.size());
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<Void>> attacks = new ArrayList<>();
        List<Long> pings = new ArrayList<>();
        try {
            for (JsonNode item : items) {
                attacks.add(CompletableFuture.runAsync(
                        () -> {
                            Map<String, Object> data = dataOf(item);
                            data.put("batchCode", LONG_VALUE);
                            do {
                                var answer = token.put(
                                        base + "/items/" + item.path("id").asString(),
                                        Map.of(
                                                "data",
                                                data,
                                                "version",
                                                item.path("version").asLong()));
                                assertThat(answer.status()).as(answer.body()).isEqualTo(422);
                                assertThat(answer.body()).contains("must match the pattern");
                                refused.incrementAndGet();
                                pause(20);
                            } while (attacking.get());
                        },
                        attackers));
            }
            for (int i = 0; i < 40; i++) {
                pings.add(timed(() -> assertThat(token.get(base).status()).isEqualTo(200)));
                pause(25);
            }
        } finally {
            attacking.set(false);
            attackers.shutdown();
        }
        CompletableFuture.allOf(attacks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        System.out.printf(
                "Hostile pattern: %d refused requests; other requests before: %s; meanwhile: %s%n",
                refused.get(), figures(quiet), figures(pings));
        assertThat(refused.get())
                .as("every attacker was answered, and more than once")
                .isGreaterThan(items.size());
        // A stalled matcher holds its thread for seconds; a busy machine slows every request alike, so the bound
        // follows how fast the same request was before the attack.
        long bound = Math.max(250, 5 * percentile(quiet, 90));
        assertThat(percentile(pings, 90))
                .as("other requests keep being answered within %d ms", bound)
                .isLessThan(bound);

        var dryRun = token.patch(
                base + "/content-types/menuItem/fields/name?dryRun=true",
                "{\"validations\": {\"pattern\": \"(.*a){20}\"}}");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
    }

    @Test
    void patternsTheStudioCannotRunSafelyAreRefusedWithASentence() {
        assertRefused("(?=a)b", "look-arounds, back-references and possessive quantifiers are not supported");
        assertRefused("((((a{1000}){1000}){1000}){1000})", "repeats too much");
        assertRefused("[a-z]".repeat(101), "longer than 500 characters");
    }

    private void assertRefused(String pattern, String reason) {
        var answer = token.post(
                base + "/content-types/menuItem/fields",
                Map.of("key", "refusedCode", "type", "text", "validations", Map.of("pattern", pattern)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").toString()).contains(reason);
        assertThat(token.get(base + "/content-types").body()).doesNotContain("refusedCode");
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static long percentile(List<Long> millis, int percent) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static String figures(List<Long> millis) {
        return "median " + percentile(millis, 50) + " ms, p90 " + percentile(millis, 90) + " ms, max "
                + percentile(millis, 100) + " ms";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataOf(JsonNode item) {
        return new LinkedHashMap<>(JSON.treeToValue(item.path("data"), Map.class));
    }
}
