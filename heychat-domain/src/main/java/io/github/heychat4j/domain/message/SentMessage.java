package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;

/**
 * What the platform said about a message it accepted.
 *
 * <p>{@link #id()} is empty in one case only: the adapter resent a message after a lost answer and
 * the platform said the first copy had arrived ("duplicate"). The message was posted, but its id is
 * unknown.
 *
 * @param id    the message id, to edit, delete, reply to or react to it
 * @param ackId the de-duplication id it was sent with
 */
public record SentMessage(Optional<MessageId> id, AckId ackId) {
    /** Validates that nothing is null. */
    public SentMessage {
        Checks.notNull("id", id);
        Checks.notNull("ackId", ackId);
    }

    /** A message whose id is known. */
    public static SentMessage of(MessageId id, AckId ackId) {
        return new SentMessage(Optional.of(id), ackId);
    }
}
