package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.OperationClass;
import io.github.heychat4j.http.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One logical call across its attempts, and the retry loop that drives them ({@link #run}): how many were
 * made, whether any may have been applied without a success coming back, whether another may be made and
 * after what wait. This is where the operation classes turn into retry decisions and into the exception the
 * caller finally sees. The loop is plain code: Resilience4j guards each attempt (breaker, bulkhead) through
 * its public API, and never decides about retries.
 *
 * <p>The rules, in the order the loop applies them after a failed attempt: no more tries than
 * {@link RetryPolicy#maxAttempts()}; none once the failure has opened the circuit breaker; none for a failure
 * whose kind forbids it for this operation class ({@link #retryWait}); none when the platform asks for a wait
 * longer than {@link RetryPolicy#maxRetryAfter()}; none of a de-duplicated write that would be sent after the
 * platform forgot its key; none once the thread is interrupted. Otherwise it waits (the platform's
 * {@code Retry-After}, or exponential backoff with jitter) through the client's sleeper and tries again.
 */
final class CallState {
    /** The platform forgets a {@code heychat_ack_id} after 60 s (spec §4.4). */
    static final Duration DEDUPLICATION_WINDOW = Duration.ofSeconds(60);
    /** Retries of de-duplicated writes stop this long before the window closes, for clock skew and transit. */
    static final Duration DEDUPLICATION_MARGIN = Duration.ofSeconds(10);

    /** What the loop needs of the pipeline around it. */
    interface Attempts {
        /**
         * Makes one try: through the breaker, the limits and the bulkhead, then one exchange.
         *
         * @throws AttemptFailure when it failed, however early
         */
        Reply attempt(CallState call);

        /** Whether the breaker guarding this call is open now (another try would only be refused). */
        boolean breakerOpen(CallState call);

        /** Tells the listener and waits before try {@code nextTry}. */
        void pause(CallState call, int nextTry, Duration wait, AttemptFailure after) throws InterruptedException;
    }

    private final Endpoint endpoint;
    private final long startNanos;
    private final Optional<DeduplicationKey> deduplication;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean outcomeUnknown;

    CallState(Endpoint endpoint, long startNanos, Optional<DeduplicationKey> deduplication) {
        this.endpoint = endpoint;
        this.startNanos = startNanos;
        this.deduplication = deduplication;
    }

    /**
     * The retry loop: tries until one succeeds or no other may be made (the rules are in the class comment).
     *
     * @param through  the pipeline's guarded attempt, breaker state and pause
     * @param policy   the client's retry policy
     * @param ticker   the client's nanosecond time source
     * @return the reply of the try that succeeded
     * @throws HeychatException what {@link #conclude} makes of the last failure
     */
    Reply run(Attempts through, RetryPolicy policy, LongSupplier ticker) {
        for (int tries = 1; ; tries++) {
            try {
                return through.attempt(this);
            } catch (AttemptFailure failure) {
                if (tries >= policy.maxAttempts() || through.breakerOpen(this)) {
                    throw conclude(failure);
                }
                Optional<Duration> wait = retryWait(failure, policy, ticker.getAsLong());
                if (wait.isEmpty()) {
                    throw conclude(failure);
                }
                try {
                    through.pause(this, tries + 1, wait.get(), failure);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw conclude(failure);
                }
            }
        }
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
        return new AttemptFailure(kind, error, retryAfter);
    }

    /**
     * The wait before trying the failed attempt again under {@code policy}; empty when it must not be tried again.
     */
    Optional<Duration> retryWait(AttemptFailure failure, RetryPolicy policy, long nowNanos) {
        if (Thread.currentThread().isInterrupted()) {
            return Optional.empty();
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
            return Optional.empty();
        }
        Optional<Duration> asked = failure.retryAfter();
        if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
            return Optional.empty();
        }
        Duration wait = asked.orElseGet(() -> backoff(policy, attempts.get()));
        if (endpoint.operation().operationClass() == OperationClass.DEDUPLICATED_WRITE) {
            Duration elapsed = Duration.ofNanos(nowNanos - startNanos);
            if (elapsed.plus(wait).compareTo(DEDUPLICATION_WINDOW.minus(DEDUPLICATION_MARGIN)) > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(wait);
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
            case DEDUPLICATED_WRITE -> what + deduplication.map(key -> "; sending it again with the same " + key.describe() + " within "
                    + DEDUPLICATION_WINDOW.toSeconds() + " s of the first attempt is safe").orElse("");
            default -> what + "; it sets a state, so repeating it is safe";
        }, error);
    }
}
