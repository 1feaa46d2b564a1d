package io.github.heychat4j.http;

/**
 * How safe an operation is to repeat when its answer got lost; it decides what the adapter retries.
 * Every {@link Endpoint} has exactly one.
 */
public enum OperationClass {
    /**
     * A pure read. Retried on I/O errors, timeouts, HTTP 5xx and 429, with exponential backoff and
     * jitter, honouring {@code Retry-After}.
     */
    SAFE_READ,
    /**
     * A write whose repetition leaves the same state (kick, set a nickname, delete). Retried like a read.
     */
    IDEMPOTENT_WRITE,
    /**
     * A write the platform de-duplicates by a client id ({@code heychat_ack_id} for messages, {@code nonce}
     * for role creation). Retried with the same id inside the platform's 60 s window; a "duplicate" answer to
     * a retry means the first copy arrived and counts as success.
     */
    DEDUPLICATED_WRITE,
    /**
     * A write that must not run twice (a toggle, starting a stream, creating a channel). Retried only when
     * the request provably never left this process (the connection was refused, no bulkhead slot was free);
     * like every call it waits for its local rate-limit turn before it is sent. Any other failure after
     * sending ends in {@link io.github.heychat4j.domain.AmbiguousOutcomeException}, except a 429, which is a
     * refusal ({@link io.github.heychat4j.domain.RateLimitedException}).
     */
    NON_IDEMPOTENT_WRITE;

    /** Whether a request that reached the platform may be sent again after its answer got lost. */
    public boolean mayRepeatAfterUnknownOutcome() {
        return this != NON_IDEMPOTENT_WRITE;
    }
}
