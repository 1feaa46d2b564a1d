package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.VoiceBackend;
import io.github.heychat4j.domain.meme.MemeName;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The names a bot gives (a channel's, a meme's): one rule each, not blank, no control characters, a maximum length. */
class NamesTest {

    /** A name type: its field in messages, its maximum, how it is made and read back. */
    record Kind(String field, int max, Function<String, Object> of) {
        @Override
        public String toString() {
            return field;
        }
    }

    static final Kind CHANNEL = new Kind("channelName", ChannelName.MAX_LENGTH, ChannelName::of);
    static final Kind MEME = new Kind("memeName", MemeName.MAX_LENGTH, MemeName::of);

    static Stream<Kind> kinds() {
        return Stream.of(CHANNEL, MEME);
    }

    static Stream<Arguments> allowedLengths() {
        return kinds().flatMap(kind -> Samples.ints(1, kind.max()).mapToObj(length -> Arguments.of(kind, length)));
    }

    static Stream<Arguments> tooLongLengths() {
        return kinds().flatMap(kind -> Samples.ints(kind.max() + 1, 500).mapToObj(length -> Arguments.of(kind, length)));
    }

    static Stream<Arguments> blankOrControl() {
        return kinds().flatMap(kind -> Stream.of(
                Arguments.of(kind, "", "must not be blank"),
                Arguments.of(kind, " \t ", "must not be blank"),
                Arguments.of(kind, "综合\u0000", "must not contain control characters"),
                Arguments.of(kind, "a\nb", "must not contain control characters"),
                Arguments.of(kind, "x\u007f", "must not contain control characters")));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @MethodSource("allowedLengths")
    void namesUpToTheMaximumAreAcceptedAndReadBackAsGiven(Kind kind, int length) {
        String name = "频".repeat(length);
        assertEquals(name, kind.of().apply(name).toString());
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @MethodSource("tooLongLengths")
    void longerNamesAreRefusedNamingTheFieldAndTheRule(Kind kind, int length) {
        assertEquals(kind.field() + ": at most " + kind.max() + " characters, got " + length,
                assertThrows(IllegalArgumentException.class, () -> kind.of().apply("频".repeat(length))).getMessage());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("blankOrControl")
    void blankNamesAndControlCharactersAreRefused(Kind kind, String name, String rule) {
        assertEquals(kind.field() + ": " + rule, assertThrows(IllegalArgumentException.class, () -> kind.of().apply(name)).getMessage());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void nullIsRefusedNamingTheField(Kind kind) {
        assertEquals(kind.field() + ": must not be null", assertThrows(IllegalArgumentException.class, () -> kind.of().apply(null)).getMessage());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void emojiCountAsOneCharacter(Kind kind) {
        assertEquals("😀".repeat(kind.max()), kind.of().apply("😀".repeat(kind.max())).toString());
        assertThrows(IllegalArgumentException.class, () -> kind.of().apply("😀".repeat(kind.max() + 1)));
    }

    @Test
    void theValuesAreTheGivenStrings() {
        assertEquals("开黑", ChannelName.of("开黑").value());
        assertEquals("doge笑", MemeName.of("doge笑").value());
    }

    @Test
    void newChannelsCarryACheckedName() {
        assertEquals(new NewChannel(ChannelName.of("综合"), ChannelType.TEXT, Optional.empty(), VoiceBackend.TRTC), NewChannel.text("综合"));
        assertEquals(ChannelName.of("开黑"), NewChannel.voice("开黑").name());
        assertEquals(ChannelType.CATEGORY, NewChannel.category("分组").type());
        assertEquals("name: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new NewChannel(null, ChannelType.TEXT, Optional.empty(), VoiceBackend.TRTC)).getMessage());
        assertEquals("channelName: must not be blank", assertThrows(IllegalArgumentException.class, () -> NewChannel.text(" ")).getMessage());
    }
}
