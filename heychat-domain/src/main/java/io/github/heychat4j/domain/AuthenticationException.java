package io.github.heychat4j.domain;

/**
 * The platform did not accept the bot token (missing, wrong, expired or revoked). Retrying
 * does not help; the message never contains the token.
 */
public final class AuthenticationException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public AuthenticationException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
