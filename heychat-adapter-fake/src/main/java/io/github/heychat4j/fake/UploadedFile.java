package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.media.MediaUpload;

/**
 * A file a bot uploaded, with the URL the fake gave it.
 *
 * {@snippet :
 * UploadedFile first = world.uploads().get(0);
 * assertEquals("banner.png", first.file().fileName());
 * }
 *
 * @param by   the bot that uploaded it
 * @param file the file
 * @param url  the URL it got
 */
public record UploadedFile(UserId by, MediaUpload file, String url) {
    /** Validates that nothing is null. */
    public UploadedFile {
        Checks.notNull("by", by);
        Checks.notNull("file", file);
        Checks.notNull("url", url);
    }
}
