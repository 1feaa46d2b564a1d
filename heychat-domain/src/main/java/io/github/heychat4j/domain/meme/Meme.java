package io.github.heychat4j.domain.meme;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A room's own emoji or sticker. Its emoji form, for reactions and inline use, is
 * {@code Emoji.ofRoom(room, meme.path(), meme.extension())}.
 *
 * @param path      its id
 * @param name      its name
 * @param extension its file extension, e.g. {@code png}
 * @param kind      emoji or sticker
 * @param createdAt when it was uploaded, if known
 * @param uploader  who uploaded it, if known
 */
public record Meme(MemePath path, String name, String extension, MemeKind kind, Optional<Instant> createdAt,
                   Optional<UserId> uploader) {
    /** Validates that nothing is null. */
    public Meme {
        Checks.notNull("path", path);
        Checks.notNull("name", name);
        Checks.notNull("extension", extension);
        Checks.notNull("kind", kind);
        Checks.notNull("createdAt", createdAt);
        Checks.notNull("uploader", uploader);
    }
}
