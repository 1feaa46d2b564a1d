package io.github.heychat4j.domain.meme;

import io.github.heychat4j.domain.RoomId;

/**
 * A room's own emoji and stickers.
 *
 * {@snippet :
 * RoomMemes memes = heychat.memes().list(room);
 * memes.emoji().forEach(m -> heychat.memes().rename(room, m.path(), MemeName.of(m.name() + "_old")));
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface MemeGateway {

    /** The room's emoji and stickers. Wire: {@code GET /chatroom/v3/msg/meme/room/list}. */
    RoomMemes list(RoomId room);

    /**
     * Renames a meme. Needs 管理表情包 ({@code MANAGE_EMOJIS_AND_STICKERS}). Wire: {@code POST /chatroom/v2/msg/meme/room/edit}.
     *
     * @param newName the new name
     */
    void rename(RoomId room, MemePath meme, MemeName newName);

    /**
     * Renames a meme. See {@link #rename(RoomId, MemePath, MemeName)}.
     *
     * @param newName 1 to {@value MemeName#MAX_LENGTH} characters, checked by {@link MemeName#of(String)}
     */
    default void rename(RoomId room, MemePath meme, String newName) {
        rename(room, meme, MemeName.of(newName));
    }

    /** Deletes a meme. Needs 管理表情包. Wire: {@code POST /chatroom/v2/msg/meme/room/del}. */
    void delete(RoomId room, MemePath meme);
}
