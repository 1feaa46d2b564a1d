package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import java.time.Instant;

/**
 * A direct (private) message between two users, as the fake world holds it.
 *
 * {@snippet :
 * List<DirectMessage> dms = world.directMessages(BOT, ALICE);
 * }
 *
 * @param id      its id
 * @param from    the sender
 * @param to      the recipient
 * @param content what it says
 * @param ackId   the de-duplication id it was sent with
 * @param sentAt  when it was sent, on the world's clock
 */
public record DirectMessage(MessageId id, UserId from, UserId to, MessageContent content, AckId ackId, Instant sentAt) {
    /** Validates that nothing is null. */
    public DirectMessage {
        Checks.notNull("id", id);
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        Checks.notNull("content", content);
        Checks.notNull("ackId", ackId);
        Checks.notNull("sentAt", sentAt);
    }
}
