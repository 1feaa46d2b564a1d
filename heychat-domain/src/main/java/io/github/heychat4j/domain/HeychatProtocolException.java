package io.github.heychat4j.domain;

/**
 * The platform answered something heychat4j cannot read: malformed JSON, a missing field, a
 * wrong type or an unknown envelope. Usually a platform change; report it with the message.
 */
public final class HeychatProtocolException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public HeychatProtocolException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public HeychatProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
