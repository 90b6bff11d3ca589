package com.sitewright.cms.push;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a vendor fake does wrong when a test asks it to: answers late, fails chosen requests, refuses requests past a
 * rate. Calls are matched as {@code "METHOD /path"} against regular expressions.
 */
final class InjectedFaults {

    final AtomicInteger tooMany = new AtomicInteger();
    private final Deque<Long> recent = new ArrayDeque<>();
    private final Map<String, AtomicInteger> slowdowns = new ConcurrentHashMap<>();
    private final Map<String, Integer> slowMillis = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private volatile int limitPerSecond;
    private volatile int delayMillis;

    /** More requests than this in any second are refused (429); 0 for no limit. */
    void limit(int perSecond) {
        limitPerSecond = perSecond;
    }

    int limit() {
        return limitPerSecond;
    }

    /** Every request is answered this much later. */
    void delay(int millis) {
        delayMillis = millis;
    }

    /** The next {@code times} requests matching {@code pattern} are answered {@code millis} later. */
    void slow(String pattern, int millis, int times) {
        slowdowns.put(pattern, new AtomicInteger(times));
        slowMillis.put(pattern, millis);
    }

    /** The next {@code times} requests matching {@code pattern} get {@code status}. */
    void fail(String pattern, int status, int times) {
        failures.put(pattern, new AtomicInteger(times));
        failureStatus.put(pattern, status);
    }

    /** Waits as {@link #delay} and {@link #slow} asked for this call. */
    void holdUp(String call) {
        int millis = delayMillis;
        for (Map.Entry<String, AtomicInteger> slowdown : slowdowns.entrySet()) {
            if (call.matches(slowdown.getKey()) && slowdown.getValue().getAndDecrement() > 0) {
                millis += slowMillis.get(slowdown.getKey());
            }
        }
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Counts a request against the limit: how many were taken in the last second with this one, or -1 when this one is
     * too many (it is then refused, counted in {@link #tooMany}, and not taken).
     */
    synchronized int admit() {
        long now = System.currentTimeMillis();
        while (!recent.isEmpty() && recent.peekFirst() <= now - 1000) {
            recent.pollFirst();
        }
        if (limitPerSecond > 0 && recent.size() >= limitPerSecond) {
            tooMany.incrementAndGet();
            return -1;
        }
        recent.addLast(now);
        return recent.size();
    }

    /** The status an injected failure answers this call with, or 0 for none. */
    int failure(String call) {
        for (Map.Entry<String, AtomicInteger> failure : failures.entrySet()) {
            if (call.matches(failure.getKey()) && failure.getValue().getAndDecrement() > 0) {
                return failureStatus.get(failure.getKey());
            }
        }
        return 0;
    }
}
