package io.github.heychat4j.domain;

/**
 * How safe an {@link Operation} is to repeat when its answer got lost: a fact of the operation, not of an
 * adapter. An adapter that retries (the HTTP adapter, whose {@code RetryPolicy} says how) decides from it what
 * it may send again; the fake and the emulator report it alike.
 */
public enum OperationClass {
    /** A pure read: it changes nothing, so it may always be asked again. */
    SAFE_READ,
    /** A write whose repetition leaves the same state (kick, set a nickname, delete): safe to send again. */
    IDEMPOTENT_WRITE,
    /**
     * A write the platform de-duplicates by a client id ({@code heychat_ack_id} for messages, {@code nonce} for
     * role creation): safe to send again with the same id inside the platform's 60 s window, and a "duplicate"
     * answer to a repeat means the first copy arrived.
     */
    DEDUPLICATED_WRITE,
    /**
     * A write that must not run twice (a toggle, starting a stream, creating a channel): sent again only when it
     * provably never left the bot; when its answer is lost the caller gets an {@link AmbiguousOutcomeException}.
     */
    NON_IDEMPOTENT_WRITE;

    /** Whether a request that reached the platform may be sent again after its answer got lost. */
    public boolean mayRepeatAfterUnknownOutcome() {
        return this != NON_IDEMPOTENT_WRITE;
    }
}
