package io.github.heychat4j.http.internal;

import java.time.Duration;

/**
 * A local request budget that holds in every sliding window of its period, not only per fixed cycle: a
 * token bucket with gradual refill, written as the generic cell rate algorithm (one "theoretical arrival
 * time" instead of a token count). It allows a small burst of {@code burst} turns at once and then one turn
 * every {@code interval}, with {@code burst + period / interval = limit}; so any window of one period, both
 * ends included, holds at most {@code limit} turns, and a busy caller is spread over the period instead of
 * spending the whole budget at a cycle's start. The long-run rate is {@code limit - burst} per period.
 *
 * <p>Time comes from the client's ticker, so tests drive it. Thread-safe.
 */
final class SlidingBudget {
    private final long intervalNanos;
    private final long toleranceNanos;
    private long theoreticalArrival;
    private boolean used;

    /** The outcome of asking for a turn. */
    record Turn(boolean granted, Duration delay) {
    }

    /**
     * @param limit  turns per period, at least 1
     * @param period the sliding window the limit holds in
     */
    SlidingBudget(int limit, Duration period) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, got " + limit);
        }
        int burst = burstFor(limit);
        long periodNanos = period.toNanos();
        // with one turn a period there is no room for a burst: the next turn comes strictly after the period
        this.intervalNanos = limit == burst ? periodNanos + 1 : ceilDiv(periodNanos, limit - burst);
        this.toleranceNanos = (burst - 1) * intervalNanos;
    }

    /** The turns that may go at once from an idle budget: a thirtieth of the limit, at least 1 (10 of 300). */
    static int burstFor(int limit) {
        return io.github.heychat4j.http.RateLimitPolicy.burstOf(limit);
    }

    /**
     * Takes a turn at {@code nowNanos} if it comes within {@code maxWait}.
     *
     * @return granted with how long to wait before using the turn; or not granted (nothing taken) with how long
     *         until a turn would come, when that is longer than {@code maxWait}
     */
    synchronized Turn take(long nowNanos, Duration maxWait) {
        long base = used && theoreticalArrival - nowNanos > 0 ? theoreticalArrival : nowNanos;
        long wait = Math.max(0, base - toleranceNanos - nowNanos);
        if (wait > maxWait.toNanos()) {
            return new Turn(false, Duration.ofNanos(wait));
        }
        theoreticalArrival = base + intervalNanos;
        used = true;
        return new Turn(true, Duration.ofNanos(wait));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
