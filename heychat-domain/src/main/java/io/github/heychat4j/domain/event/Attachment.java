package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.internal.Checks;
import java.util.OptionalInt;

/**
 * An image or file that a member attached to a command option.
 *
 * @param name     the file name
 * @param url      where to download it
 * @param size     its size in bytes (0 when the platform does not say)
 * @param mimeType its type, as the platform says it (may be empty)
 * @param width    an image's width in pixels, when known
 * @param height   an image's height in pixels, when known
 */
public record Attachment(String name, String url, long size, String mimeType, OptionalInt width, OptionalInt height) {
    /** Validates the URL and that nothing is null or negative. */
    public Attachment {
        Checks.notNull("name", name);
        Checks.httpUrl("url", url);
        Checks.notNegative("size", size);
        Checks.notNull("mimeType", mimeType);
        Checks.notNull("width", width);
        Checks.notNull("height", height);
    }

    /** A file with just a name and a URL. */
    public static Attachment of(String name, String url) {
        return new Attachment(name, url, 0, "", OptionalInt.empty(), OptionalInt.empty());
    }
}
