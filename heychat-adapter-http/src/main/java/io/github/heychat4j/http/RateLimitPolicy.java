package io.github.heychat4j.http;

import java.time.Duration;

/**
 * The adapter's own request budget, so that the platform's limits are not hit in the first place. The
 * defaults are the community-reported platform figures: 300 requests per minute per bot, and 9 direct
 * messages per minute. A budget holds in every sliding minute, not per fixed cycle: an idle budget lets a
 * thirtieth of it (at least 1) go at once, then spreads the rest evenly (300 a minute: 10 at once, then one
 * every 207 ms, so a busy bot sends 290 a minute). A call that would have to wait longer than
 * {@code maxWait} for its turn fails at once with {@link io.github.heychat4j.domain.RateLimitedException}
 * instead of waiting.
 *
 * {@snippet :
 * RateLimitPolicy polite = RateLimitPolicy.defaults().withRequestsPerMinute(120).withMaxWait(Duration.ofSeconds(5));
 * }
 *
 * @param enabled                 whether the adapter limits itself at all
 * @param requestsPerMinute       all requests, 1 to 100000
 * @param directMessagesPerMinute direct messages (also counted in {@code requestsPerMinute}), 1 to 100000
 * @param maxWait                 the longest a call waits for its turn, 0 to 10 minutes
 */
public record RateLimitPolicy(boolean enabled, int requestsPerMinute, int directMessagesPerMinute, Duration maxWait) {
    private static final RateLimitPolicy DEFAULTS = new RateLimitPolicy(true, 300, 9, Duration.ofMinutes(1));

    /** Validates every field. */
    public RateLimitPolicy {
        PolicyChecks.between("requestsPerMinute", requestsPerMinute, 1, 100_000);
        PolicyChecks.between("directMessagesPerMinute", directMessagesPerMinute, 1, 100_000);
        PolicyChecks.between("maxWait", maxWait, Duration.ZERO, Duration.ofMinutes(10));
    }

    /** 300 requests and 9 direct messages per minute; a call waits up to one minute for its turn. */
    public static RateLimitPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * The turns an idle budget of {@code perMinute} lets go at once: a thirtieth, at least 1 (10 of 300). The
     * rest is spread evenly over the minute, so that any sliding minute holds at most {@code perMinute} turns.
     * Every budget, local or shared, follows this one rule.
     *
     * @param perMinute the budget, at least 1
     * @return the burst, between 1 and {@code perMinute}
     */
    public static int burstOf(int perMinute) {
        PolicyChecks.between("perMinute", perMinute, 1, Integer.MAX_VALUE);
        return Math.max(1, perMinute / 30);
    }

    /** No local limits (the platform's own still apply). */
    public static RateLimitPolicy disabled() {
        return new RateLimitPolicy(false, DEFAULTS.requestsPerMinute, DEFAULTS.directMessagesPerMinute, DEFAULTS.maxWait);
    }

    /** This policy with another overall budget. */
    public RateLimitPolicy withRequestsPerMinute(int requests) {
        return new RateLimitPolicy(enabled, requests, directMessagesPerMinute, maxWait);
    }

    /** This policy with another direct-message budget. */
    public RateLimitPolicy withDirectMessagesPerMinute(int messages) {
        return new RateLimitPolicy(enabled, requestsPerMinute, messages, maxWait);
    }

    /** This policy waiting at most {@code wait} for a turn. */
    public RateLimitPolicy withMaxWait(Duration wait) {
        return new RateLimitPolicy(enabled, requestsPerMinute, directMessagesPerMinute, wait);
    }
}
