package io.github.heychat4j.http;

import java.time.Duration;

/**
 * How many requests one client has in flight at once. A call that finds no free slot within
 * {@code maxWait} fails with {@link io.github.heychat4j.domain.UnavailableException} without being sent.
 *
 * {@snippet :
 * BulkheadPolicy narrow = BulkheadPolicy.defaults().withMaxConcurrentCalls(8);
 * }
 *
 * @param enabled            whether the number of calls in flight is limited at all
 * @param maxConcurrentCalls requests in flight at once, 1 to 10000
 * @param maxWait            the longest a call waits for a free slot, 0 to 10 minutes
 */
public record BulkheadPolicy(boolean enabled, int maxConcurrentCalls, Duration maxWait) {
    private static final BulkheadPolicy DEFAULTS = new BulkheadPolicy(true, 32, Duration.ofSeconds(5));

    /** Validates every field. */
    public BulkheadPolicy {
        PolicyChecks.between("maxConcurrentCalls", maxConcurrentCalls, 1, 10_000);
        PolicyChecks.between("maxWait", maxWait, Duration.ZERO, Duration.ofMinutes(10));
    }

    /** 32 requests in flight; a call waits up to 5 s for a slot. */
    public static BulkheadPolicy defaults() {
        return DEFAULTS;
    }

    /** No limit on requests in flight. */
    public static BulkheadPolicy disabled() {
        return new BulkheadPolicy(false, DEFAULTS.maxConcurrentCalls, DEFAULTS.maxWait);
    }

    /** This policy with another number of slots. */
    public BulkheadPolicy withMaxConcurrentCalls(int calls) {
        return new BulkheadPolicy(enabled, calls, maxWait);
    }

    /** This policy waiting at most {@code wait} for a slot. */
    public BulkheadPolicy withMaxWait(Duration wait) {
        return new BulkheadPolicy(enabled, maxConcurrentCalls, wait);
    }
}
