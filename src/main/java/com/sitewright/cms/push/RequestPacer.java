package com.sitewright.cms.push;

import java.time.Duration;

/**
 * Spaces one push's requests evenly, across all its threads, a fifth below the configured rate, and holds them all
 * back while the vendor asked to wait (a 429). Evenly spaced rather than bursting, and each start at least one
 * interval after the one before, so a vendor counting any one second never sees more than the rate.
 */
final class RequestPacer {

    /**
     * Between leaving here and reaching the vendor, requests can bunch (a garbage-collection pause, a connection being
     * opened, the network); a fifth of slack keeps even a bunched second under the limit.
     */
    private static final double MARGIN = 1.2;

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
