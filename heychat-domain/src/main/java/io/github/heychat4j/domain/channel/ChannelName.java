package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A channel's name, as a bot gives it when it creates or renames a channel: not blank, free of control characters,
 * at most {@value #MAX_LENGTH} characters. A name read from the platform ({@link Channel#name()}) is kept as it came.
 *
 * {@snippet :
 * heychat.channels().rename(lobby, ChannelName.of("开黑大厅 2"));
 * }
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, counted as code points (an emoji counts as one)
 */
public record ChannelName(String value) {
    /** The longest channel name accepted (the platform's limit is not documented; community clients use 32). */
    public static final int MAX_LENGTH = 32;

    /** Validates the name. */
    public ChannelName {
        Checks.printable("channelName", value);
        Checks.maxCodePoints("channelName", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static ChannelName of(String value) {
        return new ChannelName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
