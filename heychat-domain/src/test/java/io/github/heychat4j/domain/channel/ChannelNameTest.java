package io.github.heychat4j.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.Samples;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelNameTest {

    static IntStream allowedLengths() {
        return Samples.ints(1, ChannelName.MAX_LENGTH);
    }

    static IntStream tooLongLengths() {
        return Samples.ints(ChannelName.MAX_LENGTH + 1, 500);
    }

    @ParameterizedTest
    @MethodSource("allowedLengths")
    void namesUpToThirtyTwoCharactersAreAccepted(int length) {
        String name = "频".repeat(length);
        assertEquals(name, ChannelName.of(name).value());
        assertEquals(name, ChannelName.of(name).toString());
    }

    @ParameterizedTest
    @MethodSource("tooLongLengths")
    void longerNamesAreRefusedNamingTheFieldAndTheRule(int length) {
        assertEquals("channelName: at most 32 characters, got " + length,
                assertThrows(IllegalArgumentException.class, () -> ChannelName.of("频".repeat(length))).getMessage());
    }

    @Test
    void emojiCountAsOneCharacter() {
        assertEquals(32, ChannelName.of("😀".repeat(32)).value().codePointCount(0, 64));
        assertThrows(IllegalArgumentException.class, () -> ChannelName.of("😀".repeat(33)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "综合\u0000", "a\nb", "x\u007f"})
    void blankNamesAndControlCharactersAreRefused(String name) {
        String message = assertThrows(IllegalArgumentException.class, () -> ChannelName.of(name)).getMessage();
        assertEquals(true, message.equals("channelName: must not be blank")
                || message.equals("channelName: must not contain control characters"), message);
    }

    @Test
    void nullIsRefusedNamingTheField() {
        assertEquals("channelName: must not be null", assertThrows(IllegalArgumentException.class, () -> ChannelName.of(null)).getMessage());
    }

    @Test
    void newChannelsCarryTheName() {
        assertEquals(ChannelName.of("开黑"), NewChannel.voice("开黑").name());
        assertEquals(new NewChannel(ChannelName.of("综合"), ChannelType.TEXT, java.util.Optional.empty(), VoiceBackend.TRTC),
                NewChannel.text("综合"));
        assertEquals(ChannelType.CATEGORY, NewChannel.category("分组").type());
        assertEquals("name: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new NewChannel(null, ChannelType.TEXT, java.util.Optional.empty(), VoiceBackend.TRTC)).getMessage());
    }
}
