package io.github.heychat4j.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import java.time.Duration;
import io.github.heychat4j.domain.Samples;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StreamRequestTest {
    private final ChannelRef voice = ChannelRef.voice(RoomId.of("1"), ChannelId.of("2"));
    private final StreamRequest base = StreamRequest.of(voice, "https://example.com/a.mp3", UserId.of(7));

    @Test
    void onlyVoiceChannelsCanStream() {
        assertThrows(IllegalArgumentException.class,
                () -> StreamRequest.of(ChannelRef.text(RoomId.of("1"), ChannelId.of("2")), "https://example.com/a.mp3", UserId.of(7)));
    }

    @Test
    void maxDurationOnlyWhenLoopingAndInWholeMinutesUpToAWeek() {
        assertEquals(-1, base.loopingFor(Duration.ofHours(2)).repeat());
        assertThrows(IllegalArgumentException.class, () -> base.loopingFor(Duration.ofMinutes(10_081)));
        assertThrows(IllegalArgumentException.class, () -> base.loopingFor(Duration.ofSeconds(90)));
        assertThrows(IllegalArgumentException.class, () -> new StreamRequest(voice, "https://example.com/a.mp3",
                UserId.of(7), 100, 3, java.util.Optional.of(Duration.ofMinutes(5)), Duration.ZERO, java.util.Optional.empty()));
    }

    static IntStream validVolumes() {
        return Samples.ints(0, 100);
    }

    static IntStream invalidVolumes() {
        return IntStream.concat(Samples.ints(101, 10_000), Samples.ints(-10_000, -1));
    }

    static IntStream repeats() {
        return Samples.ints(-5, 1005);
    }

    @ParameterizedTest
    @MethodSource("validVolumes")
    void volumeFrom0To100IsAccepted(int volume) {
        assertEquals(volume, base.withVolume(volume).volume());
    }

    @ParameterizedTest
    @MethodSource("invalidVolumes")
    void volumeOutsideIsRejected(int volume) {
        assertEquals("volume: must be between 0 and 100, got " + volume,
                assertThrows(IllegalArgumentException.class, () -> base.withVolume(volume)).getMessage());
    }

    @ParameterizedTest
    @MethodSource("repeats")
    void repeatIsMinusOneOrFrom1To1000(int repeat) {
        if (repeat == -1 || (repeat >= 1 && repeat <= 1000)) {
            assertEquals(repeat, base.repeated(repeat).repeat());
        } else {
            assertThrows(IllegalArgumentException.class, () -> base.repeated(repeat));
        }
    }

    @Test
    void uploadsAreCopiedAndBounded() {
        byte[] bytes = {1, 2, 3};
        MediaUpload upload = new MediaUpload("a.png", "image/png", bytes);
        bytes[0] = 9;
        assertEquals(1, upload.bytes()[0]);
        assertThrows(IllegalArgumentException.class, () -> new MediaUpload("a/b.png", "image/png", bytes));
        assertThrows(IllegalArgumentException.class, () -> new MediaUpload("a.png", "image/png", new byte[0]));
        assertEquals("MediaUpload[a.png, image/png, 3 bytes]", upload.toString());
    }
}
