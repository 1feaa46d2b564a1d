package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.OperationClass;
import io.github.heychat4j.http.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The memory of one logical call across its attempts: how many were made, whether any may have been
 * applied without a success coming back, and the wait planned before the next one. This is where the
 * operation classes turn into retry decisions and into the exception the caller finally sees.
 */
final class CallState {
    /** The platform forgets a {@code heychat_ack_id} after 60 s (spec §4.4). */
    static final Duration DEDUPLICATION_WINDOW = Duration.ofSeconds(60);
    /** Retries of de-duplicated writes stop this long before the window closes, for clock skew and transit. */
    static final Duration DEDUPLICATION_MARGIN = Duration.ofSeconds(10);

    private final Endpoint endpoint;
    private final long startNanos;
    private final Optional<String> deduplicationId;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean outcomeUnknown;
    private volatile Duration plannedWait = Duration.ZERO;

    CallState(Endpoint endpoint, long startNanos, Optional<String> deduplicationId) {
        this.endpoint = endpoint;
        this.startNanos = startNanos;
        this.deduplicationId = deduplicationId;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** When the call began, on the client's ticker. */
    long startNanos() {
        return startNanos;
    }

    /** Counts an attempt that is about to be sent and returns its number, 1 for the first. */
    int beginAttempt() {
        return attempts.incrementAndGet();
    }

    int attempts() {
        return attempts.get();
    }

    /** Whether an earlier attempt may have been applied although no success came back. */
    boolean anyOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** Records a failed attempt. */
    AttemptFailure failure(AttemptFailure.Kind kind, HeychatException error, Optional<Duration> retryAfter) {
        if (kind.outcomeUnknown()) {
            outcomeUnknown = true;
        }
        return new AttemptFailure(this, kind, error, retryAfter);
    }

    Duration plannedWait() {
        return plannedWait;
    }

    /**
     * Whether the failed attempt may be tried again under {@code policy}; when it may, the wait before the
     * next attempt is planned too.
     */
    boolean shouldRetry(AttemptFailure failure, RetryPolicy policy, long nowNanos) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        boolean repeatable = switch (failure.kind()) {
            // nothing left: safe to send again whatever the operation class
            case NOT_SENT, BULKHEAD_FULL -> true;
            case LOST, TIMED_OUT, SERVER_ERROR, PLATFORM_RATE_LIMIT -> endpoint.operation().operationClass().mayRepeatAfterUnknownOutcome();
            // the local limiter already held every class back for as long as RateLimitPolicy.maxWait allows;
            // retrying would wait past that limit, so its refusal ends the call
            case LOCAL_RATE_LIMIT, BUDGET_UNAVAILABLE, CIRCUIT_OPEN, INTERRUPTED, REFUSED, UNREADABLE -> false;
        };
        if (!repeatable) {
            return false;
        }
        Optional<Duration> asked = failure.retryAfter();
        if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
            return false;
        }
        Duration wait = asked.orElseGet(() -> backoff(policy, attempts.get()));
        if (endpoint.operation().operationClass() == OperationClass.DEDUPLICATED_WRITE) {
            Duration elapsed = Duration.ofNanos(nowNanos - startNanos);
            if (elapsed.plus(wait).compareTo(DEDUPLICATION_WINDOW.minus(DEDUPLICATION_MARGIN)) > 0) {
                return false;
            }
        }
        plannedWait = wait;
        return true;
    }

    /** Exponential backoff after {@code attemptsMade} attempts, capped, with jitter. */
    static Duration backoff(RetryPolicy policy, int attemptsMade) {
        double base = policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), Math.max(0, attemptsMade - 1));
        double capped = Math.min(base, policy.maxBackoff().toNanos());
        double factor = 1.0 + policy.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofNanos((long) Math.min(capped * factor, policy.maxBackoff().toNanos()));
    }

    /**
     * The exception the caller sees when the last attempt failed and no more will be made. The rule for every
     * class of write: when any attempt's outcome is unknown (lost, timed out, 5xx, an unreadable answer) and the
     * call did not end in a confirmed success, the caller is told that the write may have been applied
     * ({@link AmbiguousOutcomeException}, the last attempt's error as its cause), whatever the last attempt said;
     * a refusal of a retry is only a refusal of that retry. Reads get the last error as it is.
     */
    HeychatException conclude(AttemptFailure last) {
        HeychatException error = last.error();
        if (endpoint.operation().operationClass() == OperationClass.SAFE_READ || !outcomeUnknown) {
            return error;
        }
        String what = endpoint.describe() + " may or may not have been applied after " + attempts.get() + " attempt(s) ("
                + error.getMessage() + ")";
        return new AmbiguousOutcomeException(switch (endpoint.operation().operationClass()) {
            case NON_IDEMPOTENT_WRITE -> what + "; it is not safe to repeat, read the state back before trying again";
            case DEDUPLICATED_WRITE -> what + deduplicationId.map(id -> "; sending it again with the same " + id + " within "
                    + DEDUPLICATION_WINDOW.toSeconds() + " s of the first attempt is safe").orElse("");
            default -> what + "; it sets a state, so repeating it is safe";
        }, error);
    }
}
