package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.meme.MemePath;
import java.util.regex.Pattern;

/**
 * An emoji in the platform's bracket form: built-in ones as {@code [group_name]} (e.g.
 * {@code [cube_doge]}), room emoji as {@code [custom<room>_<path>.<ext>]}.
 *
 * {@snippet :
 * heychat.messages().addReaction(channel, message, Emoji.builtin("cube", "doge"));
 * heychat.messages().addReaction(channel, message, Emoji.ofRoom(room, meme.path(), meme.extension()));
 * }
 *
 * @param code the bracket form
 */
public record Emoji(String code) {
    private static final Pattern FORM = Pattern.compile("\\[[^\\[\\]\\s]+_[^\\[\\]\\s]+\\]");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");

    /** Validates the bracket form. */
    public Emoji {
        Checks.notNull("emoji", code);
        if (!FORM.matcher(code).matches() || code.length() > 128) {
            throw new IllegalArgumentException("emoji: must look like [group_name] or [custom<room>_<path>.<ext>], got \"" + code + "\"");
        }
    }

    /** Parses the bracket form. */
    public static Emoji parse(String code) {
        return new Emoji(code);
    }

    /** A built-in emoji: {@code [group_name]}. */
    public static Emoji builtin(String group, String name) {
        Checks.notBlank("group", group);
        Checks.notBlank("name", name);
        return new Emoji("[" + group + "_" + name + "]");
    }

    /** A room's own emoji: {@code [custom<room>_<path>.<ext>]}. */
    public static Emoji ofRoom(RoomId room, MemePath path, String extension) {
        Checks.notNull("room", room);
        Checks.notNull("path", path);
        Checks.notNull("extension", extension);
        if (!EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("extension: 1 to 8 letters or digits, got \"" + extension + "\"");
        }
        return new Emoji("[custom" + room.value() + "_" + path.value() + "." + extension + "]");
    }

    @Override
    public String toString() {
        return code;
    }
}
