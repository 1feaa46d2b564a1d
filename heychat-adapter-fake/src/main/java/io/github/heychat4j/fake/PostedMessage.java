package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import java.time.Instant;
import java.util.Optional;

/**
 * A channel message as the fake world holds it, whoever posted it.
 *
 * {@snippet :
 * PostedMessage last = world.messages(general).get(world.messages(general).size() - 1);
 * assertEquals(MessageContent.text("hi"), last.content());
 * }
 *
 * @param id      its id
 * @param room    the room
 * @param channel the channel
 * @param author  who posted it
 * @param content what it says (the latest edit)
 * @param replyTo the message it replies to, if any
 * @param ackId   the de-duplication id it was sent with
 * @param sentAt  when it was sent, on the world's clock
 * @param edited  whether it was edited since
 */
public record PostedMessage(MessageId id, RoomId room, ChannelId channel, UserId author, MessageContent content,
                            Optional<MessageId> replyTo, AckId ackId, Instant sentAt, boolean edited) {
    /** Validates that nothing is null. */
    public PostedMessage {
        Checks.notNull("id", id);
        Checks.notNull("room", room);
        Checks.notNull("channel", channel);
        Checks.notNull("author", author);
        Checks.notNull("content", content);
        Checks.notNull("replyTo", replyTo);
        Checks.notNull("ackId", ackId);
        Checks.notNull("sentAt", sentAt);
    }

    /** This message with new content, marked edited. */
    public PostedMessage editedTo(MessageContent newContent) {
        return new PostedMessage(id, room, channel, author, newContent, replyTo, ackId, sentAt, true);
    }
}
