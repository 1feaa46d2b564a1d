package io.github.heychat4j.http;

import java.time.Duration;

/**
 * One of the platform's per-minute limits as the client spends it: each call takes a turn before it is sent.
 * The default ({@link RequestBudgets#local()}) keeps the count in this process; a shared implementation (the
 * {@code heychat-redis} module) lets several processes on one token draw from one budget. Implementations are
 * thread-safe and do not sleep themselves: the client waits the returned delay through its
 * {@link Sleeper}, so tests drive time.
 */
public interface RequestBudget {
    /**
     * Takes a turn if it comes within {@code maxWait}.
     *
     * @param maxWait the longest the caller will wait, zero or positive
     * @return granted with how long to wait before using the turn; or not granted (nothing taken) with how long
     *         until a turn would come, when that is longer than {@code maxWait}
     * @throws io.github.heychat4j.domain.UnavailableException when the budget cannot be consulted and its
     *         policy is to refuse rather than guess; the call is then not sent
     */
    Turn take(Duration maxWait);

    /**
     * The outcome of {@link #take}.
     *
     * @param granted whether a turn was taken
     * @param delay   when granted, how long to wait before using it (zero: now); otherwise how long until a
     *                turn would come
     */
    record Turn(boolean granted, Duration delay) {
        /** Checks the delay. */
        public Turn {
            PolicyChecks.notNull("delay", delay);
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay: must not be negative, got " + delay);
            }
        }
    }
}
