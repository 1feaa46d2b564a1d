package io.github.heychat4j.redis.internal;

import io.github.heychat4j.http.RequestBudget;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A replica's local share of a limit while Redis is away: at most {@code share} turns in any sliding period,
 * both ends included, kept as the log of the turns' times (at most {@code share} live entries, so small). Turns
 * may be taken ahead: a granted turn is logged at the time it will be used. Thread-safe.
 */
final class ShareLog {
    private final int share;
    private final long periodNanos;
    private final ArrayDeque<Long> turns = new ArrayDeque<>();

    ShareLog(int share, Duration period) {
        if (share < 1) {
            throw new IllegalArgumentException("share: must be at least 1, got " + share);
        }
        this.share = share;
        this.periodNanos = period.toNanos();
    }

    /** Marks the share as spent at {@code nowNanos}: the next turn comes just after one period. */
    synchronized void spendAll(long nowNanos) {
        turns.clear();
        for (int i = 0; i < share; i++) {
            turns.addLast(nowNanos);
        }
    }

    /** How long from {@code nowNanos} until a turn would come, taking nothing. */
    synchronized long nanosUntilTurn(long nowNanos) {
        return nextTurn(nowNanos) - nowNanos;
    }

    /** Takes the next turn if it comes within {@code maxWait}. */
    synchronized RequestBudget.Turn take(long nowNanos, Duration maxWait) {
        long at = nextTurn(nowNanos);
        Duration wait = Duration.ofNanos(at - nowNanos);
        if (wait.compareTo(maxWait) > 0) {
            return new RequestBudget.Turn(false, wait);
        }
        turns.addLast(at);
        return new RequestBudget.Turn(true, wait);
    }

    /** Logs a turn granted elsewhere (the shared budget) at {@code atNanos}, no earlier than the last logged one. */
    synchronized void record(long atNanos) {
        Long last = turns.peekLast();
        turns.addLast(last == null ? atNanos : Math.max(last, atNanos));
    }

    private long nextTurn(long nowNanos) {
        // entries older than a period before now can no longer share a window with a turn at now or later
        // (the log is in time order: take and record never log before the last entry)
        while (!turns.isEmpty() && turns.peekFirst() < nowNanos - periodNanos) {
            turns.removeFirst();
        }
        while (turns.size() > share) {
            turns.removeFirst(); // only the newest `share` entries decide the next turn
        }
        long at = nowNanos;
        if (turns.size() == share) {
            // the oldest of the last `share` turns must be strictly more than a period before the new one
            at = Math.max(at, turns.peekFirst() + periodNanos + 1);
        }
        Long last = turns.peekLast();
        return last == null ? at : Math.max(at, last);
    }
}
