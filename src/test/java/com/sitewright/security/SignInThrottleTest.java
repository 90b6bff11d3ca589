package com.sitewright.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final SignInThrottle throttle =
            new SignInThrottle(new SignInSettings(2, 3, Duration.ofMillis(300), 1000), clock);

    @Test
    void aPauseEndsWithItsWindowAndCountingStartsAgain() {
        throttle.failed("Alice", "10.0.0.1");
        assertThat(throttle.pausedFor("alice", "10.0.0.2")).isEmpty();
        throttle.failed("alice", "10.0.0.2");
        assertThat(throttle.pausedFor("ALICE ", "10.0.0.3"))
                .get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(300)));
        assertThatThrownBy(() -> throttle.check("alice", null)).isInstanceOf(SignInThrottledException.class);

        clock.advance(Duration.ofMillis(350));
        assertThat(throttle.pausedFor("alice", null)).isEmpty();
        throttle.failed("alice", null);
        assertThat(throttle.pausedFor("alice", null))
                .as("one failure in a new window")
                .isEmpty();
    }

    @Test
    void anAddressIsPausedAcrossNamesAndASuccessClearsOnlyTheName() {
        throttle.failed("a", "10.0.0.9");
        throttle.failed("b", "10.0.0.9");
        throttle.failed(null, "10.0.0.9");
        assertThat(throttle.pausedFor("c", "10.0.0.9")).isPresent();
        assertThat(throttle.pausedFor("c", "10.0.0.8")).isEmpty();

        throttle.failed("d", "10.0.0.7");
        throttle.failed("d", "10.0.0.6");
        assertThat(throttle.pausedFor("d", null)).isPresent();
        throttle.succeeded("D");
        assertThat(throttle.pausedFor("d", null)).isEmpty();
        assertThat(throttle.pausedFor(null, "10.0.0.9"))
                .as("the address keeps its count")
                .isPresent();
    }

    @Test
    void retryAfterIsInWholeSecondsAndTheMessageInMinutes() {
        var paused = new SignInThrottledException(Duration.ofMillis(899_200));
        assertThat(paused.retryAfterSeconds()).isEqualTo(900);
        assertThat(paused.getMessage()).endsWith("Try again in 15 minutes.");
        assertThat(new SignInThrottledException(Duration.ofMillis(10)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new SignInThrottledException(Duration.ofSeconds(30)).getMessage())
                .endsWith("Try again in a minute.");
    }
}
