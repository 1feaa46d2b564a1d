package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A channel (频道) id: text, voice, category and other channel kinds share one id space. The platform's unsigned 64-bit id as a decimal string.
 *
 * {@snippet :
 * var id = ChannelId.of("3377790315288076288");
 * }
 *
 * @param value the decimal digits
 */
public record ChannelId(String value) {
    /** Validates the id: decimal digits of an unsigned 64-bit number. */
    public ChannelId {
        Checks.unsigned64("channelId", value);
    }

    /** Same as the constructor. */
    public static ChannelId of(String value) {
        return new ChannelId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
