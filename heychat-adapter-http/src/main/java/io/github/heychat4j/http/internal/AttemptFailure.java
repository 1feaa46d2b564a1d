package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatException;
import java.time.Duration;
import java.util.Optional;

/**
 * Why one attempt of a call failed, carried through Resilience4j's circuit breaker and the retry loop
 * ({@link CallState#run}) so that they can decide by {@link Kind} instead of by exception type. It never
 * reaches the caller: when the retries are over, {@link CallState#conclude} turns it into the domain exception.
 */
final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is known about the failed attempt. */
    enum Kind {
        /** The connection was never made: nothing was sent. Counts against the breaker. */
        NOT_SENT,
        /** The local rate limiter refused: nothing was sent. */
        LOCAL_RATE_LIMIT,
        /** The rate limit's budget could not be consulted (e.g. a shared store is down): nothing was sent. */
        BUDGET_UNAVAILABLE,
        /** No free bulkhead slot: nothing was sent. */
        BULKHEAD_FULL,
        /** The circuit breaker is open: nothing was sent, and retrying now is pointless. */
        CIRCUIT_OPEN,
        /** The thread was interrupted before anything was sent. */
        INTERRUPTED,
        /** The request may have arrived but no answer came (I/O error, dropped connection). */
        LOST,
        /** The request may have arrived but the answer took too long. */
        TIMED_OUT,
        /** HTTP 5xx: the platform failed; whether it applied the request is unknown. */
        SERVER_ERROR,
        /** HTTP 429: the platform refused for rate; nothing was applied. */
        PLATFORM_RATE_LIMIT,
        /** The platform answered with a refusal (failed envelope, 4xx). */
        REFUSED,
        /** The answer could not be read: whether the platform applied the request is unknown. */
        UNREADABLE;

        /** Whether the circuit breaker counts it as a failure: only 5xx, timeouts and I/O errors. */
        boolean countsAgainstBreaker() {
            return this == NOT_SENT || this == LOST || this == TIMED_OUT || this == SERVER_ERROR;
        }

        /** Whether the breaker should neither count it as failure nor as success: it never reached the network. */
        boolean isLocal() {
            return this == LOCAL_RATE_LIMIT || this == BUDGET_UNAVAILABLE || this == BULKHEAD_FULL || this == CIRCUIT_OPEN || this == INTERRUPTED;
        }

        /** Whether the request may have been applied although no success came back. */
        boolean outcomeUnknown() {
            return this == LOST || this == TIMED_OUT || this == SERVER_ERROR || this == UNREADABLE;
        }
    }

    private final Kind kind;
    private final HeychatException error;
    private final transient Duration retryAfter;

    AttemptFailure(Kind kind, HeychatException error, Optional<Duration> retryAfter) {
        super(error.getMessage(), error, false, false);
        this.kind = kind;
        this.error = error;
        this.retryAfter = retryAfter.orElse(null);
    }

    Kind kind() {
        return kind;
    }

    HeychatException error() {
        return error;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
