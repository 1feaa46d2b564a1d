package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A channel password. It travels in plain text in the URL (a platform choice), so keep it short-lived;
 * its {@code toString} never shows it.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters without white space
 */
public record ChannelPassword(String value) {
    /** The longest password accepted (not documented by the platform). */
    public static final int MAX_LENGTH = 32;

    /** Validates the password. */
    public ChannelPassword {
        Checks.notBlank("password", value);
        Checks.maxCodePoints("password", value, MAX_LENGTH);
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("password: must not contain white space");
        }
    }

    /** Same as the constructor. */
    public static ChannelPassword of(String value) {
        return new ChannelPassword(value);
    }

    @Override
    public String toString() {
        return "ChannelPassword[****]";
    }
}
