package io.github.heychat4j.domain.meme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Samples;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemeNameTest {

    static IntStream allowedLengths() {
        return Samples.ints(1, MemeName.MAX_LENGTH);
    }

    static IntStream tooLongLengths() {
        return Samples.ints(MemeName.MAX_LENGTH + 1, 500);
    }

    @ParameterizedTest
    @MethodSource("allowedLengths")
    void namesUpToTwentyCharactersAreAccepted(int length) {
        String name = "笑".repeat(length);
        assertEquals(name, MemeName.of(name).value());
        assertEquals(name, MemeName.of(name).toString());
    }

    @ParameterizedTest
    @MethodSource("tooLongLengths")
    void longerNamesAreRefusedNamingTheFieldAndTheRule(int length) {
        assertEquals("memeName: at most 20 characters, got " + length,
                assertThrows(IllegalArgumentException.class, () -> MemeName.of("笑".repeat(length))).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a\tb", "doge\u0000"})
    void blankNamesAndControlCharactersAreRefused(String name) {
        String message = assertThrows(IllegalArgumentException.class, () -> MemeName.of(name)).getMessage();
        assertTrue(message.startsWith("memeName: must not "), message);
    }

    @Test
    void nullIsRefusedNamingTheField() {
        assertEquals("memeName: must not be null", assertThrows(IllegalArgumentException.class, () -> MemeName.of(null)).getMessage());
    }
}
