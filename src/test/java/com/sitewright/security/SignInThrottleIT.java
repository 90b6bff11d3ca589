package com.sitewright.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing passwords is slowed to a crawl on every door: the API's HTTP Basic and tokens, the login page and
 * the preview gateway's credentials. Each test calls from loopback addresses of its own, so the per-address
 * limit of one test does not reach another.
 */
@IntegrationTest
class SignInThrottleIT {

    private static final String PROJECTS = "/api/v1/projects";

    @LocalServerPort
    int port;

    @Autowired
    ApiCredentials gateway;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SignInSettings settings;

    @Test
    void fiveWrongBasicPasswordsPauseTheUserEvenForTheRightPassword() {
        String name = newUser("right-password");
        Visitor visitor = Visitor.fresh(port);
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.get(PROJECTS, Visitor.basic(name, "wrong-" + i)).status())
                    .isEqualTo(401);
        }
        var paused = visitor.get(PROJECTS, Visitor.basic(name, "right-password"));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(paused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(paused.json().path("status").asInt()).isEqualTo(429);
        assertThat(paused.json().path("detail").asString())
                .contains("too many failed attempts")
                .contains("Try again in 15 minutes");

        // The pause is the user's, wherever the next attempt comes from.
        assertThat(Visitor.fresh(port)
                        .get(PROJECTS, Visitor.basic(name, "right-password"))
                        .status())
                .isEqualTo(429);
        // Other users are not affected.
        String other = newUser("other-password");
        assertThat(visitor.get(PROJECTS, Visitor.basic(other, "other-password")).status())
                .isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInStartsTheUsersCountAfresh() {
        String name = newUser("right-password");
        Visitor visitor = Visitor.fresh(port);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(visitor.get(PROJECTS, Visitor.basic(name, "wrong-" + i))
                                .status())
                        .isEqualTo(401);
            }
            assertThat(visitor.get(PROJECTS, Visitor.basic(name, "right-password"))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void oneAddressIsPausedAcrossManyUserNames() {
        String name = newUser("right-password");
        Visitor visitor = Visitor.fresh(port);
        for (int i = 0; i < settings.failuresPerAddress(); i++) {
            var response = visitor.get(PROJECTS, Visitor.basic("nobody-" + UUID.randomUUID(), "guess-" + i));
            assertThat(response.status()).as("attempt %d", i + 1).isEqualTo(401);
        }
        var paused = visitor.get(PROJECTS, Visitor.basic(name, "right-password"));
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).isNotBlank();
        assertThat(visitor.get(PROJECTS, "Bearer " + newToken(name)).status()).isEqualTo(429);

        // The same user from another machine signs in.
        assertThat(Visitor.fresh(port)
                        .get(PROJECTS, Visitor.basic(name, "right-password"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void guessedTokensPauseTheAddress() {
        String name = newUser("right-password");
        String token = newToken(name);
        Visitor visitor = Visitor.fresh(port);
        for (int i = 0; i < settings.failuresPerAddress(); i++) {
            assertThat(visitor.get(PROJECTS, "Bearer swt_guess" + UUID.randomUUID())
                            .status())
                    .isEqualTo(401);
        }
        var paused = visitor.get(PROJECTS, "Bearer " + token);
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(paused.header("Retry-After"))).isPositive();
        assertThat(Visitor.fresh(port).get(PROJECTS, "Bearer " + token).status())
                .isEqualTo(200);
    }

    @Test
    void theLoginPageIsPausedWithAPageThatSaysHowLong() {
        String name = newUser("right-password");
        Visitor visitor = Visitor.fresh(port);
        for (int i = 0; i < 5; i++) {
            var wrong = visitor.signIn(name, "wrong-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.header("Location")).endsWith("/login?error");
        }
        var paused = visitor.signIn(name, "right-password");
        assertThat(paused.status()).isEqualTo(429);
        assertThat(Long.parseLong(paused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(paused.contentType()).startsWith("text/html");
        assertThat(paused.body())
                .contains("Too many sign-in attempts")
                .contains("Try again in")
                .doesNotContain("right-password");
        // Still not signed in.
        assertThat(visitor.page("/").status()).isEqualTo(302);

        // A fresh visitor with the right password is paused too, but another user signs in there.
        assertThat(Visitor.fresh(port).signIn(name, "right-password").status()).isEqualTo(429);
        String other = newUser("other-password");
        var signedIn = Visitor.fresh(port).signIn(other, "other-password");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("/login");
    }

    @Test
    void thePreviewGatewayCountsTheSameFailures() {
        String name = newUser("right-password");
        InetSocketAddress client = new InetSocketAddress(Visitor.fresh(port).address, 50_000);
        for (int i = 0; i < 5; i++) {
            assertThat(gateway.authenticate(Visitor.basic(name, "wrong-" + i), client))
                    .isEmpty();
        }
        assertThatThrownBy(() -> gateway.authenticate(Visitor.basic(name, "right-password"), client))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        paused -> assertThat(paused.retryAfterSeconds()).isBetween(1L, 15 * 60L));
        // Shared with the API: the same user is paused there too.
        assertThat(Visitor.fresh(port)
                        .get(PROJECTS, Visitor.basic(name, "right-password"))
                        .status())
                .isEqualTo(429);

        // Guessed tokens at the gateway count against the address.
        String tokenOwner = newUser("right-password");
        String token = newToken(tokenOwner);
        InetSocketAddress guesser = new InetSocketAddress(Visitor.fresh(port).address, 50_001);
        for (int i = 0; i < settings.failuresPerAddress(); i++) {
            assertThat(gateway.authenticate("Bearer swt_guess" + UUID.randomUUID(), guesser))
                    .isEmpty();
        }
        assertThatThrownBy(() -> gateway.authenticate("Bearer " + token, guesser))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(gateway.authenticate("Bearer " + token, new InetSocketAddress(Visitor.fresh(port).address, 50_002)))
                .get()
                .extracting(StudioPrincipal::username)
                .isEqualTo(tokenOwner);
    }

    /**
     * An unknown name costs a password hash comparison like a known one, so response times do not reveal which
     * user names exist. Each wrong attempt is followed by a right one, which clears the count before the limit.
     */
    @Test
    void anUnknownUserTakesAsLongAsAWrongPassword() {
        String name = newUser("right-password");
        List<Long> knownAtGateway = new ArrayList<>();
        List<Long> unknownAtGateway = new ArrayList<>();
        List<Long> knownAtApi = new ArrayList<>();
        List<Long> unknownAtApi = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            InetSocketAddress client = new InetSocketAddress(Visitor.fresh(port).address, 50_000);
            knownAtGateway.add(nanos(() -> gateway.authenticate(Visitor.basic(name, "wrong-password"), client)));
            unknownAtGateway.add(nanos(() ->
                    gateway.authenticate(Visitor.basic("nobody-" + UUID.randomUUID(), "wrong-password"), client)));
            assertThat(gateway.authenticate(Visitor.basic(name, "right-password"), client))
                    .isPresent();

            Visitor visitor = Visitor.fresh(port);
            knownAtApi.add(nanos(() -> visitor.get(PROJECTS, Visitor.basic(name, "wrong-password"))));
            unknownAtApi.add(nanos(
                    () -> visitor.get(PROJECTS, Visitor.basic("nobody-" + UUID.randomUUID(), "wrong-password"))));
            assertThat(visitor.get(PROJECTS, Visitor.basic(name, "right-password"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(fastest(unknownAtGateway))
                .as("gateway: unknown %s vs known %s ns", unknownAtGateway, knownAtGateway)
                .isGreaterThanOrEqualTo(fastest(knownAtGateway) / 2);
        assertThat(fastest(unknownAtApi))
                .as("API: unknown %s vs known %s ns", unknownAtApi, knownAtApi)
                .isGreaterThanOrEqualTo(fastest(knownAtApi) / 2);
    }

    private String newUser(String password) {
        String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        var created = ApiClient.basic(port, "admin", "admin-test-password")
                .post("/api/v1/users", Map.of("username", name, "password", password, "role", "EDITOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    private String newToken(String username) {
        return SignedIn.as(users, username, () -> tokens.create("throttle test").secret());
    }

    private static long nanos(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }

    /** The fastest try is the work itself: a busy machine only ever adds time, so a median compares noise. */
    private static long fastest(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }
}
