package io.github.heychat4j.domain;

/**
 * A write that is not safe to repeat (a toggle, a stream start, a message after its
 * de-duplication window) may or may not have been applied: the request left, but no answer came back.
 * The adapter does not retry it; the bot decides, e.g. by reading the state back.
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
