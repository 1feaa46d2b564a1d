package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;
import io.github.heychat4j.fake.RunningStream;
import io.github.heychat4j.fake.UploadedFile;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link MediaGateway}: every adapter passes it. Extend it and say how to connect
 * (see {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class MediaGatewayContract extends GatewayContract {
    private static final String RADIO = "https://example.com/radio.mp3";
    private static final MediaUpload PICTURE =
            new MediaUpload("banner.png", "image/png", "not really a png".getBytes(StandardCharsets.UTF_8));

    /** For subclasses. */
    protected MediaGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").voiceChannel("电台"));
    }

    private MediaGateway media(TestWorld.Builder world) {
        return given(world).media();
    }

    private List<RunningStream> running() {
        return fake().streams().stream().filter(RunningStream::running).toList();
    }

    // upload --------------------------------------------------------------------------------------

    @Test
    void uploadingStoresTheFileAndGivesItsUrl() {
        MediaGateway media = media(aRoom());

        UploadedMedia uploaded = media.upload(PICTURE);

        assertTrue(uploaded.url().startsWith("http"));
        assertEquals(List.of(new UploadedFile(bot(), PICTURE, uploaded.url())), fake().uploads());
    }

    @Test
    void uploadRejectsNull() {
        MediaGateway media = media(aRoom());

        assertInvalid(() -> media.upload(null));
        assertEquals(List.of(), fake().uploads());
    }

    // startStream ---------------------------------------------------------------------------------

    @Test
    void startingAStreamPlaysIntoTheVoiceChannel() {
        MediaGateway media = media(aRoom());
        StreamRequest request = StreamRequest.of(channel("电台"), RADIO, bot()).withVolume(60);

        StreamTaskId task = media.startStream(request);

        assertEquals(List.of(new RunningStream(task, request, true)), fake().streams());
    }

    @Test
    void streamingIntoAnUnknownChannelOrARoomTheBotIsNotInIsNotFound() {
        MediaGateway media = media(aRoom());

        assertThrows(NotFoundException.class,
                () -> media.startStream(StreamRequest.of(ChannelRef.voice(room(), UNKNOWN_CHANNEL), RADIO, bot())));
        assertThrows(NotFoundException.class,
                () -> media.startStream(StreamRequest.of(world().channel("外面语音"), RADIO, bot())));
        assertEquals(List.of(), running());
    }

    @Test
    void startStreamRejectsNull() {
        MediaGateway media = media(aRoom());

        assertInvalid(() -> media.startStream(null));
        assertEquals(List.of(), running());
    }

    // stopStream ----------------------------------------------------------------------------------

    @Test
    void stoppingAStreamStopsIt() {
        MediaGateway media = media(aRoom());
        StreamTaskId task = media.startStream(StreamRequest.of(channel("电台"), RADIO, bot()));
        assertEquals(List.of(task), running().stream().map(RunningStream::id).toList());

        media.stopStream(task);

        assertEquals(List.of(), running());
    }

    @Test
    void stoppingAStoppedStreamIsHarmless() {
        MediaGateway media = media(aRoom());
        StreamTaskId task = media.startStream(StreamRequest.of(channel("电台"), RADIO, bot()));
        assertEquals(List.of(task), running().stream().map(RunningStream::id).toList());
        media.stopStream(task);

        media.stopStream(task);

        assertEquals(List.of(), running());
    }

    @Test
    void stoppingAnUnknownStreamIsNotFound() {
        MediaGateway media = media(aRoom());

        assertThrows(NotFoundException.class, () -> media.stopStream(StreamTaskId.of("no-such-task")));
    }

    @Test
    void stopStreamRejectsNull() {
        MediaGateway media = media(aRoom());
        StreamTaskId task = media.startStream(StreamRequest.of(channel("电台"), RADIO, bot()));

        assertInvalid(() -> media.stopStream(null));
        assertEquals(List.of(task), running().stream().map(RunningStream::id).toList());
    }
}
