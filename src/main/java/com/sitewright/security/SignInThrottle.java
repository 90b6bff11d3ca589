package com.sitewright.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address, so that passwords and tokens cannot be
 * guessed at speed. Past the limit every attempt for that name or from that address is refused, a right
 * password included, until the window that began with the first failure has passed; a successful
 * sign-in clears its name's count. Memory stays bounded: the counters expire and the oldest are evicted.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(Instant since, int count) {}

    private final SignInSettings settings;
    private final Clock clock;
    private final Cache<String, Failures> byUser;
    private final Cache<String, Failures> byAddress;

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byUser = counters(settings, clock);
        this.byAddress = counters(settings, clock);
    }

    /** How long until an attempt for this name from this address may be checked; empty when it may be now. */
    public Optional<Duration> pausedFor(@Nullable String username, @Nullable String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures user = username == null ? null : byUser.getIfPresent(userKey(username));
        if (user != null && user.count() >= settings.failuresPerUser()) {
            wait = max(wait, remaining(user, now));
        }
        Failures client = address == null ? null : byAddress.getIfPresent(address);
        if (client != null && client.count() >= settings.failuresPerAddress()) {
            wait = max(wait, remaining(client, now));
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Refuses the attempt when its name or address is paused. */
    void check(@Nullable String username, @Nullable String address) {
        Optional<Duration> paused = pausedFor(username, address);
        if (paused.isPresent()) {
            log.debug("Refused a sign-in for '{}' from {} while paused", printable(username), address);
            throw new SignInThrottledException(paused.get());
        }
    }

    /** Counts a wrong password, unknown name or rejected token; either key may be null. */
    void failed(@Nullable String username, @Nullable String address) {
        if (username != null && count(byUser, userKey(username)) == settings.failuresPerUser()) {
            log.warn(
                    "Signing in as '{}' is paused for {} min after {} failed attempts (the last from {})",
                    printable(username),
                    settings.window().toMinutes(),
                    settings.failuresPerUser(),
                    address);
        }
        if (address != null && count(byAddress, address) == settings.failuresPerAddress()) {
            log.warn(
                    "Sign-ins from {} are paused for {} min after {} failed attempts",
                    address,
                    settings.window().toMinutes(),
                    settings.failuresPerAddress());
        }
    }

    /** A right password: the name starts afresh (its address keeps its count, so one good account cannot reset it). */
    void succeeded(String username) {
        if (username != null) {
            byUser.invalidate(userKey(username));
        }
    }

    private int count(Cache<String, Failures> counters, String key) {
        Instant now = clock.instant();
        return counters.asMap()
                .compute(
                        key,
                        (k, old) -> old == null || !remaining(old, now).isPositive()
                                ? new Failures(now, 1)
                                : new Failures(old.since(), old.count() + 1))
                .count();
    }

    private Duration remaining(Failures failures, Instant now) {
        return Duration.between(now, failures.since().plus(settings.window()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 128 ? key.substring(0, 128) : key;
    }

    /** A user name as typed, safe to write into a log line. */
    private static String printable(@Nullable String username) {
        if (username == null) {
            return "";
        }
        String shown = username.length() > 64 ? username.substring(0, 64) + "…" : username;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Each counter lives for one window from its first failure; updates do not extend it. */
    private static Cache<String, Failures> counters(SignInSettings settings, Clock clock) {
        long window = settings.window().toNanos();
        return Caffeine.newBuilder()
                .maximumSize(settings.trackedKeys())
                // Counters expire on the throttle's own clock, the one its windows are measured with.
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .expireAfter(new Expiry<String, Failures>() {
                    @Override
                    public long expireAfterCreate(String key, Failures value, long currentTime) {
                        return window;
                    }

                    @Override
                    public long expireAfterUpdate(String key, Failures value, long currentTime, long currentDuration) {
                        return value.count() == 1 ? window : currentDuration;
                    }

                    @Override
                    public long expireAfterRead(String key, Failures value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }
}
