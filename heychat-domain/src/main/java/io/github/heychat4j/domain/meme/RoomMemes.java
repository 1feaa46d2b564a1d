package io.github.heychat4j.domain.meme;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A room's own emoji and stickers.
 *
 * @param emoji    the emoji
 * @param stickers the stickers
 */
public record RoomMemes(List<Meme> emoji, List<Meme> stickers) {
    /** Copies the lists. */
    public RoomMemes {
        emoji = List.copyOf(emoji);
        stickers = List.copyOf(stickers);
    }

    /** All memes, emoji first. */
    public List<Meme> all() {
        return Stream.concat(emoji.stream(), stickers.stream()).toList();
    }

    /** The meme with this path. */
    public Optional<Meme> find(MemePath path) {
        return all().stream().filter(m -> m.path().equals(path)).findFirst();
    }
}
