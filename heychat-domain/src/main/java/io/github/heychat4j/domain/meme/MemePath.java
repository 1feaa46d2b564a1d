package io.github.heychat4j.domain.meme;

import io.github.heychat4j.domain.internal.Checks;

/**
 * The id of a room meme (emoji or sticker), which the platform calls its {@code path}: an unsigned
 * 64-bit number as a decimal string.
 *
 * @param value the decimal digits
 */
public record MemePath(String value) {
    /** Validates the id. */
    public MemePath {
        Checks.unsigned64("memePath", value);
    }

    /** Same as the constructor. */
    public static MemePath of(String value) {
        return new MemePath(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
