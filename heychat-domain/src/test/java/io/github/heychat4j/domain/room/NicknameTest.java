package io.github.heychat4j.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import io.github.heychat4j.domain.Samples;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NicknameTest {

    @Test
    void twentyEmojiAreAllowedBecauseCodePointsAreCounted() {
        String twenty = "😀".repeat(20);
        assertEquals(40, twenty.length());
        assertEquals(twenty, Nickname.of(twenty).value());
    }

    @Test
    void twentyOneEmojiAreNot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nickname.of("😀".repeat(21)));
        assertEquals("nickname: at most 20 characters, got 21", e.getMessage());
    }

    @Test
    void blankNicknamesAreRejected() {
        assertEquals("nickname: must not be blank", assertThrows(IllegalArgumentException.class, () -> Nickname.of("  ")).getMessage());
    }

    static IntStream allowedLengths() {
        return Samples.ints(1, 20);
    }

    static IntStream tooLongLengths() {
        return Samples.ints(21, 200);
    }

    @ParameterizedTest
    @MethodSource("allowedLengths")
    void chineseNicknamesUpToTwentyCharactersAreAccepted(int length) {
        assertEquals(length, Nickname.of("测".repeat(length)).value().length());
    }

    @ParameterizedTest
    @MethodSource("tooLongLengths")
    void longerNicknamesAreRejected(int length) {
        assertThrows(IllegalArgumentException.class, () -> Nickname.of("a".repeat(length)));
    }

    @Test
    void banDurationMustBeWholeNonNegativeSeconds() {
        assertEquals("duration: must not be negative, got PT-1S",
                assertThrows(IllegalArgumentException.class, () -> Silence.of(Duration.ofSeconds(-1), "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Silence.of(Duration.ofMillis(1500), ""));
        assertThrows(IllegalArgumentException.class, () -> Silence.of(Duration.ofSeconds(Integer.MAX_VALUE + 1L), ""));
        assertEquals(true, Silence.lift().isLift());
        assertEquals(Duration.ofMinutes(10), Silence.of(Duration.ofMinutes(10), "刷屏").duration());
    }
}
