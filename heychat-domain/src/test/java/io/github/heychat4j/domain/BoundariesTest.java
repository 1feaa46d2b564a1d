package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.room.Silence;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact edges of the values' ranges: the last value accepted and the first refused. */
class BoundariesTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef VOICE = ChannelRef.voice(ROOM, ChannelId.of("3377790315296464896"));
    private static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));

    @Test
    void userIdsParseUpToNineteenDigitsAndCompareByValue() {
        assertEquals(UserId.of(1), UserId.parse("1"));
        assertEquals(UserId.of(Long.MAX_VALUE), UserId.parse("9223372036854775807"));
        assertThrows(IllegalArgumentException.class, () -> UserId.parse(""));
        assertThrows(IllegalArgumentException.class, () -> UserId.parse("12345678901234567890"));
        assertThrows(IllegalArgumentException.class, () -> UserId.parse("9223372036854775808"));
        assertThrows(IllegalArgumentException.class, () -> UserId.parse("-1"));
        assertTrue(UserId.of(1).compareTo(UserId.of(2)) < 0);
        assertTrue(UserId.of(2).compareTo(UserId.of(1)) > 0);
        assertEquals(0, UserId.of(2).compareTo(UserId.of(2)));
    }

    @Test
    void ackIdsArePrintableAsciiUpTo64Characters() {
        assertEquals(64, AckId.of("a".repeat(64)).value().length());
        assertEquals("!~", AckId.of("!~").value());
        assertThrows(IllegalArgumentException.class, () -> AckId.of("a".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> AckId.of("a b"));
        assertThrows(IllegalArgumentException.class, () -> AckId.of("a\u007f"));
        assertThrows(IllegalArgumentException.class, () -> AckId.of("中"));
    }

    @Test
    void pagesAndPageRequestsStartAtZeroWithAtLeastOneItem() {
        Listing<String> listing = new Listing<>("things", 10);
        assertEquals(0, new Page<>(List.of(), listing.first(1), 0).offset());
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), listing.first(1), -1));
        assertEquals(new PageRequest<>(listing, 0, 1), listing.first(1));
        assertThrows(IllegalArgumentException.class, () -> listing.page(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> listing.first(0));
        assertThrows(IllegalArgumentException.class, () -> listing.first(11));
        assertEquals(listing.page(Integer.MAX_VALUE, 10), listing.page(Integer.MAX_VALUE - 10, 10).next());
        assertThrows(IllegalArgumentException.class, () -> listing.page(Integer.MAX_VALUE - 9, 10).next());
    }

    @Test
    void aBanLastsWholeSecondsAndZeroLiftsIt() {
        assertTrue(Silence.lift().isLift());
        assertFalse(Silence.of(Duration.ofSeconds(1), "").isLift());
        assertEquals(Duration.ofSeconds(Integer.MAX_VALUE), Silence.of(Duration.ofSeconds(Integer.MAX_VALUE), "").duration());
        assertThrows(IllegalArgumentException.class, () -> Silence.of(Duration.ofSeconds(Integer.MAX_VALUE + 1L), ""));
        assertThrows(IllegalArgumentException.class, () -> Silence.of(Duration.ofSeconds(-1), ""));
    }

    @Test
    void emojiCodesAreAtMost128Characters() {
        String longest = "[" + "a".repeat(63) + "_" + "b".repeat(62) + "]";
        assertEquals(128, Emoji.parse(longest).code().length());
        assertThrows(IllegalArgumentException.class, () -> Emoji.parse("[" + "a".repeat(64) + "_" + "b".repeat(63) + "]"));
    }

    @Test
    void channelTargetsComeBackWhenTheKindFits() {
        assertEquals(VOICE, ChannelRef.voiceTarget("channel", VOICE));
        assertEquals(TEXT, ChannelRef.messageTarget("channel", TEXT));
        assertEquals("text channel 3377790315288076288 in room 3587810143523774464", TEXT.toString());
    }

    @Test
    void aStreamLoopsOneMinuteToAWeekAndStartsAtWholeSeconds() {
        StreamRequest once = StreamRequest.of(VOICE, "https://x.example/a.mp3", UserId.of(7));

        assertEquals(Optional.of(Duration.ofMinutes(1)), once.loopingFor(Duration.ofMinutes(1)).maxDuration());
        assertEquals(Optional.of(StreamRequest.MAX_DURATION), once.loopingFor(StreamRequest.MAX_DURATION).maxDuration());
        assertThrows(IllegalArgumentException.class, () -> once.loopingFor(StreamRequest.MAX_DURATION.plusMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> once.loopingFor(Duration.ofSeconds(90)));
        assertThrows(IllegalArgumentException.class, () -> once.loopingFor(Duration.ZERO));
        assertEquals(Duration.ofSeconds(30), once.startingAt(Duration.ofSeconds(30)).seek());
        assertEquals(Duration.ofSeconds(Integer.MAX_VALUE), once.startingAt(Duration.ofSeconds(Integer.MAX_VALUE)).seek());
        assertThrows(IllegalArgumentException.class, () -> once.startingAt(Duration.ofSeconds(Integer.MAX_VALUE + 1L)));
        assertThrows(IllegalArgumentException.class, () -> once.startingAt(Duration.ofSeconds(-1)));
        assertEquals(Optional.of("https://x.example/cb"), once.reportingTo("https://x.example/cb").callbackUrl());
        assertThrows(IllegalArgumentException.class, () -> once.reportingTo("ftp://x.example/cb"));
    }
}
