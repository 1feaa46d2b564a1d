package io.github.heychat4j.domain.role;

import java.util.Arrays;

/** The kind of a role, as the platform's {@code type} code. Bots create only {@link #CUSTOM} roles. */
public enum RoleType {
    /** A role made by people or bots (0); the only kind that can be created. */
    CUSTOM(0),
    /** A game role (1). */
    GAME(1),
    /** A bot's own role (2). */
    BOT(2),
    /** Member administrator (3). */
    MEMBER_ADMIN(3),
    /** Text-channel administrator (4). */
    TEXT_CHANNEL_ADMIN(4),
    /** Voice-channel administrator (5). */
    VOICE_CHANNEL_ADMIN(5),
    /** Community builder (6). */
    COMMUNITY_BUILDER(6),
    /** Senior administrator (7). */
    SENIOR_ADMIN(7),
    /** Guest (254). */
    GUEST(254),
    /** The role every member has, {@code @everyone} (255). */
    EVERYONE(255),
    /** A code this library does not know yet. */
    UNKNOWN(-1);

    private final int code;

    RoleType(int code) {
        this.code = code;
    }

    /** The platform's code. */
    public int code() {
        return code;
    }

    /** The type for a platform code; {@link #UNKNOWN} for codes not listed here. */
    public static RoleType fromCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code && t != UNKNOWN).findFirst().orElse(UNKNOWN);
    }
}
