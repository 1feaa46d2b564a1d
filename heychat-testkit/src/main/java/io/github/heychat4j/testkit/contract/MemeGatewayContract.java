package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link MemeGateway}: every adapter passes it. Extend it and say how to connect
 * (see {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class MemeGatewayContract extends GatewayContract {

    /** For subclasses. */
    protected MemeGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.emoji("狗头").emoji("点赞").sticker("早安"));
    }

    private static TestWorld.Builder lackingManageMemes() {
        return botLacking(Permission.MANAGE_EMOJIS_AND_STICKERS, r -> r.emoji("狗头"));
    }

    private MemeGateway memes(TestWorld.Builder world) {
        return given(world).memes();
    }

    private Optional<Meme> inWorld(MemePath path) {
        return fake().memes(room()).find(path);
    }

    private MemePath meme(String name) {
        return world().meme(ROOM, name);
    }

    // list ----------------------------------------------------------------------------------------

    @Test
    void listingShowsEmojiAndStickers() {
        MemeGateway memes = memes(aRoom());

        RoomMemes listed = memes.list(room());

        assertEquals(Set.of(meme("狗头"), meme("点赞")), listed.emoji().stream().map(Meme::path).collect(Collectors.toSet()));
        assertEquals(2, listed.emoji().size());
        assertEquals(List.of(meme("早安")), listed.stickers().stream().map(Meme::path).toList());
        Meme doge = listed.find(meme("狗头")).orElseThrow();
        assertEquals("狗头", doge.name());
        assertEquals("png", doge.extension());
        assertEquals(MemeKind.EMOJI, doge.kind());
        assertEquals(MemeKind.STICKER, listed.find(meme("早安")).orElseThrow().kind());
    }

    @Test
    void listingMemesOfARoomTheBotIsNotInIsNotFound() {
        MemeGateway memes = memes(aRoom());

        assertThrows(NotFoundException.class, () -> memes.list(world().room(FOREIGN_ROOM)));
        assertThrows(NotFoundException.class, () -> memes.list(UNKNOWN_ROOM));
    }

    @Test
    void listRejectsNull() {
        MemeGateway memes = memes(aRoom());

        assertInvalid(() -> memes.list(null));
    }

    // rename --------------------------------------------------------------------------------------

    @Test
    void renamingChangesTheName() {
        MemeGateway memes = memes(aRoom());

        memes.rename(room(), meme("狗头"), "滑稽");

        assertEquals("滑稽", inWorld(meme("狗头")).orElseThrow().name());
    }

    @Test
    void renamingNeedsManageEmojisAndStickers() {
        MemeGateway memes = memes(lackingManageMemes());

        assertThrows(PermissionDeniedException.class, () -> memes.rename(room(), meme("狗头"), "滑稽"));
        assertEquals("狗头", inWorld(meme("狗头")).orElseThrow().name());
    }

    @Test
    void renamingAnUnknownMemeIsNotFound() {
        MemeGateway memes = memes(aRoom());

        assertThrows(NotFoundException.class, () -> memes.rename(room(), UNKNOWN_MEME, "滑稽"));
        assertThrows(NotFoundException.class, () -> memes.rename(world().room(FOREIGN_ROOM), world().meme("外面表情"), "滑稽"));
    }

    @Test
    void renameRejectsBlankAndOverlongNamesAndNullNamingTheField() {
        MemeGateway memes = memes(aRoom());

        assertInvalid("memeName",
                () -> memes.rename(room(), meme("狗头"), " "),
                () -> memes.rename(room(), meme("狗头"), "名".repeat(MemeName.MAX_LENGTH + 1)),
                () -> memes.rename(room(), meme("狗头"), "狗\t头"),
                () -> memes.rename(room(), meme("狗头"), (String) null));
        assertInvalid("newName", () -> memes.rename(room(), meme("狗头"), (MemeName) null));
        assertInvalid("meme", () -> memes.rename(room(), null, MemeName.of("滑稽")));
        assertInvalid("room", () -> memes.rename(null, meme("狗头"), MemeName.of("滑稽")));
        assertEquals("狗头", inWorld(meme("狗头")).orElseThrow().name());
    }

    // delete --------------------------------------------------------------------------------------

    @Test
    void deletingRemovesTheMeme() {
        MemeGateway memes = memes(aRoom());

        memes.delete(room(), meme("狗头"));

        assertEquals(Optional.empty(), inWorld(meme("狗头")));
        assertTrue(inWorld(meme("点赞")).isPresent());
    }

    @Test
    void deletingNeedsManageEmojisAndStickers() {
        MemeGateway memes = memes(lackingManageMemes());

        assertThrows(PermissionDeniedException.class, () -> memes.delete(room(), meme("狗头")));
        assertTrue(inWorld(meme("狗头")).isPresent());
    }

    @Test
    void deletingAnUnknownMemeIsNotFound() {
        MemeGateway memes = memes(aRoom());

        assertThrows(NotFoundException.class, () -> memes.delete(room(), UNKNOWN_MEME));
        assertThrows(NotFoundException.class, () -> memes.delete(world().room(FOREIGN_ROOM), world().meme("外面表情")));
    }

    @Test
    void deleteRejectsNull() {
        MemeGateway memes = memes(aRoom());

        assertInvalid(() -> memes.delete(room(), null), () -> memes.delete(null, meme("狗头")));
        assertTrue(inWorld(meme("狗头")).isPresent());
    }
}
