package io.github.heychat4j.domain;

/**
 * Something the call names does not exist or is not visible to the bot: a room, channel, user,
 * role, message or meme, or the bot is not in the room.
 */
public final class NotFoundException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public NotFoundException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
