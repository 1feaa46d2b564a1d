package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A channel message id ({@code msg_id}), used to edit, delete, reply to and react to a message. The platform's unsigned 64-bit id as a decimal string.
 *
 * {@snippet :
 * var id = MessageId.of("2026607597894049792");
 * }
 *
 * @param value the decimal digits
 */
public record MessageId(String value) {
    /** Validates the id: decimal digits of an unsigned 64-bit number. */
    public MessageId {
        Checks.unsigned64("messageId", value);
    }

    /** Same as the constructor. */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
