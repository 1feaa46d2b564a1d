package io.github.heychat4j.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

    @Property
    void chineseNicknamesUpToTwentyCharactersAreAccepted(@ForAll @IntRange(min = 1, max = 20) int length) {
        assertEquals(length, Nickname.of("测".repeat(length)).value().length());
    }

    @Property
    void longerNicknamesAreRejected(@ForAll @IntRange(min = 21, max = 200) int length) {
        assertThrows(IllegalArgumentException.class, () -> Nickname.of("a".repeat(length)));
    }

    @Test
    void banDurationMustBeWholeNonNegativeSeconds() {
        assertEquals("duration: must not be negative, got PT-1S",
                assertThrows(IllegalArgumentException.class, () -> Ban.of(Duration.ofSeconds(-1), "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ban.of(Duration.ofMillis(1500), ""));
        assertThrows(IllegalArgumentException.class, () -> Ban.of(Duration.ofSeconds(Integer.MAX_VALUE + 1L), ""));
        assertEquals(true, Ban.lift().isLift());
        assertEquals(Duration.ofMinutes(10), Ban.of(Duration.ofMinutes(10), "刷屏").duration());
    }
}
