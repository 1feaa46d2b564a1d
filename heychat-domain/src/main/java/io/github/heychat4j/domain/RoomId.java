package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A room (房间, a "server") id: the platform's unsigned 64-bit id as a decimal string. Ids exceed
 * 2^53, so they never pass through a {@code double}.
 *
 * {@snippet :
 * RoomId room = RoomId.of("3587810143523774464");
 * }
 *
 * @param value the decimal digits
 */
public record RoomId(String value) {
    /** Validates the id: decimal digits of an unsigned 64-bit number. */
    public RoomId {
        Checks.unsigned64("roomId", value);
    }

    /** Same as the constructor. */
    public static RoomId of(String value) {
        return new RoomId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
