package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;

/**
 * How to send a message: as a reply, and with which de-duplication id.
 *
 * {@snippet :
 * heychat.messages().send(channel, MessageContent.text("收到"), SendOptions.replyingTo(question));
 * }
 *
 * @param replyTo the message this one replies to, if any
 * @param ackId   the de-duplication id; the adapter makes one when empty
 */
public record SendOptions(Optional<MessageId> replyTo, Optional<AckId> ackId) {
    private static final SendOptions DEFAULTS = new SendOptions(Optional.empty(), Optional.empty());

    /** Validates that nothing is null. */
    public SendOptions {
        Checks.notNull("replyTo", replyTo);
        Checks.notNull("ackId", ackId);
    }

    /** No reply, a fresh ack id. */
    public static SendOptions defaults() {
        return DEFAULTS;
    }

    /** A reply to {@code message}. */
    public static SendOptions replyingTo(MessageId message) {
        return new SendOptions(Optional.of(Checks.notNull("message", message)), Optional.empty());
    }

    /** These options with a given ack id. */
    public SendOptions withAckId(AckId id) {
        return new SendOptions(replyTo, Optional.of(Checks.notNull("ackId", id)));
    }
}
