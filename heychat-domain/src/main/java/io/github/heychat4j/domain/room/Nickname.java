package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A member's nickname inside one room (房间昵称).
 *
 * {@snippet :
 * heychat.rooms().setNickname(room, user, Nickname.of("测试昵称"));
 * }
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, counted as code points (an emoji counts as one)
 */
public record Nickname(String value) {
    /** The platform's limit: 20 characters. */
    public static final int MAX_LENGTH = 20;

    /** Validates the nickname. */
    public Nickname {
        Checks.notBlank("nickname", value);
        Checks.maxCodePoints("nickname", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static Nickname of(String value) {
        return new Nickname(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
