package io.github.heychat4j.domain.channel;

import java.util.Arrays;

/** The kind of a channel, as the platform's {@code channel_type} code. */
public enum ChannelType {
    /** A voice channel (0). */
    VOICE(0),
    /** A text channel (1). */
    TEXT(1),
    /** An announcement channel (2). */
    ANNOUNCEMENT(2),
    /** A category that groups channels (3). */
    CATEGORY(3),
    /** A temporary voice channel (4). */
    TEMPORARY_VOICE(4),
    /** The channel that creates temporary voice channels (5). */
    TEMPORARY_GENERATOR(5),
    /** A code this library does not know yet. */
    UNKNOWN(-1);

    private final int code;

    ChannelType(int code) {
        this.code = code;
    }

    /** The platform's code. */
    public int code() {
        return code;
    }

    /** Whether people talk in it: voice and temporary voice channels. */
    public boolean isVoice() {
        return this == VOICE || this == TEMPORARY_VOICE;
    }

    /** Whether channel messages can be sent to it: text and announcement channels. */
    public boolean acceptsMessages() {
        return this == TEXT || this == ANNOUNCEMENT;
    }

    /** The type for a platform code; {@link #UNKNOWN} for codes not listed here. */
    public static ChannelType fromCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code && t != UNKNOWN).findFirst().orElse(UNKNOWN);
    }
}
