package com.sitewright.cms.push;

import java.time.Duration;

/**
 * Spaces one push's requests evenly, across all its threads, a little below the configured rate, and holds them all
 * back while the vendor asked to wait (a 429). Evenly spaced rather than bursting, and each start at least one
 * interval after the one before, so a vendor counting any one second never sees more than the rate.
 */
final class RequestPacer {

    /** Network and scheduling jitter can bunch two requests a little; 5% of slack keeps them under the limit. */
    private static final double MARGIN = 1.05;

    private final long intervalNanos;
    private long nextStart = System.nanoTime();

    RequestPacer(double requestsPerSecond) {
        this.intervalNanos = (long) (MARGIN * 1_000_000_000L / requestsPerSecond);
    }

    /** Blocks until this caller may start; callers queue on the lock, so starts never bunch. */
    synchronized void acquire() throws InterruptedException {
        long wait;
        while ((wait = nextStart - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        nextStart = System.nanoTime() + intervalNanos;
    }

    /** No request starts before {@code delay} has passed. */
    void pause(Duration delay) {
        synchronized (this) {
            nextStart = Math.max(nextStart, System.nanoTime() + delay.toNanos());
        }
    }
}
