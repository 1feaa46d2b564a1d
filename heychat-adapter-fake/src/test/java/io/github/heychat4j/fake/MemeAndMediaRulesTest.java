package io.github.heychat4j.fake;

import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Permission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemeAndMediaRulesTest {
    private static final MediaUpload BANNER = new MediaUpload("banner.PNG", "image/png", "png".getBytes(StandardCharsets.UTF_8));
    private static final String RADIO = "https://example.com/radio.mp3";

    @Test
    void theBotListsTheRoomsMemes() {
        FakeWorld world = world();

        RoomMemes memes = world.heychatFor(BOT).memes().list(ROOM);

        assertEquals(world.memes(ROOM), memes);
        assertEquals(2, memes.all().size());
    }

    @Test
    void renamingAMemeNeedsManageEmojisAndStickers() {
        FakeWorld world = world();

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).memes().rename(ROOM, SMILE, "grin"), "MANAGE_EMOJIS_AND_STICKERS");
        assertEquals("smile", world.memes(ROOM).find(SMILE).orElseThrow().name());
    }

    @Test
    void aMemeIsRenamedAndDeleted() {
        FakeWorld world = world(Permission.MANAGE_EMOJIS_AND_STICKERS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.memes().rename(ROOM, SMILE, "grin");
        bot.memes().delete(ROOM, WAVE);

        assertEquals("grin", world.memes(ROOM).find(SMILE).orElseThrow().name());
        assertTrue(world.memes(ROOM).find(WAVE).isEmpty());
    }

    @Test
    void anUnknownMemeIsNotFound() {
        FakeWorld world = world(Permission.MANAGE_EMOJIS_AND_STICKERS);

        assertNotFound("表情不存在", () -> world.heychatFor(BOT).memes().delete(ROOM, MemePath.of("5")));
        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).memes().rename(ROOM, SMILE, ""));
    }

    @Test
    void anUploadGetsADeterministicCdnUrlAndIsRecorded() {
        FakeWorld world = world();

        UploadedMedia media = world.heychatFor(BOT).media().upload(BANNER);

        assertEquals(new UploadedMedia("https://chat.max-c.com/attachments/4000000000000000000.png"), media);
        assertEquals(List.of(new UploadedFile(BOT, BANNER, media.url())), world.uploads());
    }

    @Test
    void aStreamRunsUntilStopped() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        StreamRequest request = StreamRequest.of(LOBBY_REF, RADIO, ALICE).withVolume(60);

        StreamTaskId task = bot.media().startStream(request);

        assertEquals(List.of(new RunningStream(task, request, true)), world.streams());
        bot.media().stopStream(task);
        assertFalse(world.streams().get(0).running());
        bot.media().stopStream(task);
        assertFalse(world.streams().get(0).running());
    }

    @Test
    void stoppingAnUnknownTaskIsNotFound() {
        FakeWorld world = world();

        assertNotFound("任务不存在", () -> world.heychatFor(BOT).media().stopStream(StreamTaskId.of("nope")));
    }

    @Test
    void aStreamNeedsAVoiceChannelOfARoomTheBotIsIn() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        assertWrongTarget(() -> bot.media().startStream(StreamRequest.of(ChannelRef.voice(ROOM, GENERAL), RADIO, ALICE)));
        assertNotFound("请加入房间后再操作",
                () -> bot.media().startStream(StreamRequest.of(ChannelRef.voice(OTHER_ROOM, ELSEWHERE), RADIO, STRANGER)));
        assertEquals(List.of(), world.streams());
    }

    @Test
    void theStreamOperatorNeedNotBeAMemberOfTheRoom() {
        // Issue 16: no document says the operator must be in the room, so the fake (like the emulator) accepts it.
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        bot.media().startStream(StreamRequest.of(LOBBY_REF, RADIO, STRANGER));

        assertEquals(1, world.streams().size());
    }
}
