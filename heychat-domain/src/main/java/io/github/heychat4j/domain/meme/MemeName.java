package io.github.heychat4j.domain.meme;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A meme's new name, as a bot gives it when it renames a room's emoji or sticker: not blank, free of control
 * characters, at most {@value #MAX_LENGTH} characters. A name read from the platform ({@link Meme#name()}) is kept
 * as it came.
 *
 * {@snippet :
 * heychat.memes().rename(room, doge.path(), MemeName.of("doge笑"));
 * }
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, counted as code points (an emoji counts as one)
 */
public record MemeName(String value) {
    /** The longest meme name accepted (not documented by the platform). */
    public static final int MAX_LENGTH = 20;

    /** Validates the name. */
    public MemeName {
        Checks.printable("memeName", value);
        Checks.maxCodePoints("memeName", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static MemeName of(String value) {
        return new MemeName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
