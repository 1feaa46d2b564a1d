package io.github.heychat4j.domain;

import java.util.Objects;

/**
 * Something the call names does not exist or is not visible to the bot: a room, channel, user,
 * role, message, meme or stream task, or the bot is not in the room. {@link #what()} says which, so a bot
 * never reads the text:
 *
 * {@snippet :
 * try {
 *     heychat.rooms().kick(room, user);
 * } catch (NotFoundException e) {
 *     if (e.what() == NotFoundException.What.USER) {
 *         // already gone
 *     }
 * }
 * }
 */
public final class NotFoundException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** What was not found. */
    public enum What {
        /** The room does not exist (房间不存在). */
        ROOM,
        /** The bot is not in the room, so the room is not visible to it (请加入房间后再操作). */
        BOT_NOT_IN_ROOM,
        /** The channel does not exist in the room (频道不存在). */
        CHANNEL,
        /** The user does not exist, or is not a member of the room (用户不存在). */
        USER,
        /** The role does not exist in the room (角色不存在). */
        ROLE,
        /** The message does not exist in the channel (消息不存在). */
        MESSAGE,
        /** The meme does not exist in the room (表情不存在). */
        MEME,
        /** The stream task does not exist (任务不存在). */
        TASK,
        /** Something else the platform could not find; read the message. */
        OTHER
    }

    private final What what;

    /**
     * @param what    what was not found
     * @param message what failed, for people
     */
    public NotFoundException(What what, String message) {
        super(message);
        this.what = Objects.requireNonNull(what, "what");
    }

    /**
     * @param what    what was not found
     * @param message what failed, for people
     * @param cause   the underlying failure
     */
    public NotFoundException(What what, String message, Throwable cause) {
        super(message, cause);
        this.what = Objects.requireNonNull(what, "what");
    }

    /** What was not found. */
    public What what() {
        return what;
    }
}
