package io.github.heychat4j.domain;

/**
 * A write may or may not have been applied: a request left, and no answer that settles it came back (the
 * connection dropped, the answer was late, unreadable or a 5xx, or a retry was refused in a way that does not
 * prove what the earlier attempt did). Said for every class of write whenever it is possible; a write that
 * fails with any other exception was not applied. The cause is the last attempt's failure.
 *
 * <p>What to do depends on the write: one that sets a state (kick, rename, move, ...) is safe to repeat; a
 * message can be sent again with the same {@code AckId} inside the de-duplication window; a toggle or a
 * stream start is not safe to repeat, so read the state back first.
 */
public final class AmbiguousOutcomeException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public AmbiguousOutcomeException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public AmbiguousOutcomeException(String message, Throwable cause) {
        super(message, cause);
    }
}
