package io.github.heychat4j.http;

import java.time.Duration;

/**
 * How often and how patiently the adapter retries; which calls it retries is decided by their
 * {@link io.github.heychat4j.domain.OperationClass} (a fact of each {@link io.github.heychat4j.domain.Operation}):
 * <ul>
 *   <li>a {@code SAFE_READ} or an {@code IDEMPOTENT_WRITE} is retried on I/O errors, timeouts, HTTP 5xx and 429;</li>
 *   <li>a {@code DEDUPLICATED_WRITE} likewise, with the same de-duplication id, inside the platform's 60 s window;
 *       a "duplicate" answer to a retry means the first copy arrived and counts as success;</li>
 *   <li>a {@code NON_IDEMPOTENT_WRITE} only when the request provably never left this process (the connection was
 *       refused, no bulkhead slot was free); like every call it waits for its local rate-limit turn before it is
 *       sent. Any other failure after sending ends in {@link io.github.heychat4j.domain.AmbiguousOutcomeException},
 *       except a 429, which is a refusal ({@link io.github.heychat4j.domain.RateLimitedException});</li>
 *   <li>a removal ({@link io.github.heychat4j.domain.Operation#absentMeansDone()}) answered "not found" on a retry
 *       after an attempt whose answer got lost succeeds: the earlier attempt did the work.</li>
 * </ul>
 * The wait before attempt {@code n + 1} is {@code initialBackoff * multiplier^(n-1)},
 * capped at {@code maxBackoff}, randomised by {@code ±jitter}; a {@code Retry-After} from the platform
 * replaces it. A platform {@code Retry-After} longer than {@code maxRetryAfter} is not waited for: the call
 * fails with {@link io.github.heychat4j.domain.RateLimitedException} at once.
 *
 * {@snippet :
 * RetryPolicy patient = RetryPolicy.defaults().withMaxAttempts(5).withMaxBackoff(Duration.ofSeconds(20));
 * }
 *
 * @param maxAttempts    attempts per call including the first, 1 to 10 (1 = never retry)
 * @param initialBackoff the wait before the second attempt, 0 to 1 minute
 * @param multiplier     growth per attempt, 1.0 to 10.0
 * @param maxBackoff     the longest backoff, at least {@code initialBackoff}, at most 5 minutes
 * @param jitter         randomisation factor 0.0 to 1.0 (0.5 = between half and one and a half times)
 * @param maxRetryAfter  the longest platform {@code Retry-After} that is waited for (the local limiter waits up to {@link RateLimitPolicy#maxWait()}), 0 to 10 minutes
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          double jitter, Duration maxRetryAfter) {
    private static final RetryPolicy DEFAULTS = new RetryPolicy(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10),
            0.5, Duration.ofSeconds(30));

    /** Validates every field. */
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts: must be between 1 and 10, got " + maxAttempts);
        }
        PolicyChecks.between("initialBackoff", initialBackoff, Duration.ZERO, Duration.ofMinutes(1));
        if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
            throw new IllegalArgumentException("multiplier: must be between 1.0 and 10.0, got " + multiplier);
        }
        PolicyChecks.between("maxBackoff", maxBackoff, initialBackoff, Duration.ofMinutes(5));
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter: must be between 0.0 and 1.0, got " + jitter);
        }
        PolicyChecks.between("maxRetryAfter", maxRetryAfter, Duration.ZERO, Duration.ofMinutes(10));
    }

    /** 3 attempts, 500 ms doubling up to 10 s, ±50 % jitter, platform waits of up to 30 s honoured. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** Never retry: one attempt per call. */
    public static RetryPolicy none() {
        return DEFAULTS.withMaxAttempts(1);
    }

    /** This policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter);
    }

    /** This policy with another first wait; {@code maxBackoff} grows to it if smaller. */
    public RetryPolicy withInitialBackoff(Duration backoff) {
        Duration max = backoff != null && backoff.compareTo(maxBackoff) > 0 ? backoff : maxBackoff;
        return new RetryPolicy(maxAttempts, backoff, multiplier, max, jitter, maxRetryAfter);
    }

    /** This policy with another growth factor. */
    public RetryPolicy withMultiplier(double factor) {
        return new RetryPolicy(maxAttempts, initialBackoff, factor, maxBackoff, jitter, maxRetryAfter);
    }

    /** This policy with another cap on the backoff. */
    public RetryPolicy withMaxBackoff(Duration backoff) {
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, backoff, jitter, maxRetryAfter);
    }

    /** This policy with another randomisation factor. */
    public RetryPolicy withJitter(double factor) {
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, factor, maxRetryAfter);
    }

    /** This policy honouring platform waits up to {@code limit}. */
    public RetryPolicy withMaxRetryAfter(Duration limit) {
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, jitter, limit);
    }
}
