package io.github.heychat4j.fake;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.fake.internal.Inputs;

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
        Inputs.notNull("by", by);
        Inputs.notNull("file", file);
        Inputs.notNull("url", url);
    }
}
