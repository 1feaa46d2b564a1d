package io.github.heychat4j.domain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared checks hand back what they accept and name field and rule for what they refuse. */
class ChecksTest {
    @Test
    void acceptedValuesComeBackUnchanged() {
        assertEquals("18446744073709551615", Checks.unsigned64("id", "18446744073709551615"));
        assertEquals("名字", Checks.notBlank("name", "名字"));
        assertEquals("abc", Checks.maxCodePoints("name", "abc", 3));
        assertEquals("a b", Checks.printable("reason", "a b"));
        assertEquals("https://x.example/a.png", Checks.httpUrl("icon", "https://x.example/a.png"));
        assertEquals(List.of(1, 2), Checks.size("items", List.of(1, 2), 1, 2));
    }

    @Test
    void intRangesIncludeBothEnds() {
        assertEquals(0, Checks.between("position", 0, 0, 9));
        assertEquals(9, Checks.between("position", 9, 0, 9));
        assertEquals(5, Checks.between("position", 5, 0, 9));
        assertEquals("position: must be between 0 and 9, got -1",
                assertThrows(IllegalArgumentException.class, () -> Checks.between("position", -1, 0, 9)).getMessage());
        assertEquals("position: must be between 0 and 9, got 10",
                assertThrows(IllegalArgumentException.class, () -> Checks.between("position", 10, 0, 9)).getMessage());
    }

    @Test
    void longRangesIncludeBothEnds() {
        assertEquals(1L, Checks.between("limit", 1L, 1L, 100L));
        assertEquals(100L, Checks.between("limit", 100L, 1L, 100L));
        assertEquals(42L, Checks.between("limit", 42L, 1L, 100L));
        assertEquals("limit: must be between 1 and 100, got 0",
                assertThrows(IllegalArgumentException.class, () -> Checks.between("limit", 0L, 1L, 100L)).getMessage());
        assertEquals("limit: must be between 1 and 100, got 101",
                assertThrows(IllegalArgumentException.class, () -> Checks.between("limit", 101L, 1L, 100L)).getMessage());
    }

    @Test
    void notNegativeAcceptsZeroAndRefusesMinusOne() {
        assertEquals(0L, Checks.notNegative("offset", 0L));
        assertEquals(7L, Checks.notNegative("offset", 7L));
        assertEquals("offset: must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> Checks.notNegative("offset", -1L)).getMessage());
    }
}
