package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.meme.MemePath;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.LongStream;

class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "18446744073709551616", " 1", "1 ", "+5", "0123", "1.5", "99999999999999999999999"})
    void roomIdRejectsAnythingButAnUnsigned64BitDecimal(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoomId.of(bad));
        assertTrue(e.getMessage().startsWith("roomId: "), e.getMessage());
    }

    @Test
    void roomIdRejectsNullNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoomId.of(null));
        assertEquals("roomId: must not be null", e.getMessage());
    }

    @Test
    void idsAboveTwoToThe53AreKeptExactly() {
        assertEquals("3587810143523774464", RoomId.of("3587810143523774464").value());
        assertEquals("18446744073709551615", ChannelId.of("18446744073709551615").value());
    }

    @Test
    void eachIdTypeNamesItsOwnField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelId.of("x")).getMessage().startsWith("channelId: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MessageId.of("x")).getMessage().startsWith("messageId: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoleId.of("x")).getMessage().startsWith("roleId: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemePath.of("x")).getMessage().startsWith("memePath: "));
    }

    @Test
    void idsOfDifferentConceptsAreNeverEqual() {
        assertNotEquals((Object) RoomId.of("1"), ChannelId.of("1"));
    }

    @Test
    void userIdMustBePositive() {
        assertEquals("userId: must be positive, got 0", assertThrows(IllegalArgumentException.class, () -> UserId.of(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> UserId.of(-5));
        assertEquals(8828375L, UserId.parse("8828375").value());
        assertThrows(IllegalArgumentException.class, () -> UserId.parse("88x"));
        assertThrows(IllegalArgumentException.class, () -> UserId.parse("99999999999999999999"));
    }

    static LongStream longs() {
        return Samples.longs();
    }

    @ParameterizedTest
    @MethodSource("longs")
    void everyUnsigned64BitNumberIsAValidIdAndRoundTrips(long bits) {
        String decimal = Long.toUnsignedString(bits);
        assertEquals(decimal, RoomId.of(decimal).value());
        assertEquals(new BigInteger(decimal), new BigInteger(MessageId.of(decimal).toString()));
    }

    @ParameterizedTest
    @MethodSource("longs")
    void numbersAbove2To64MinusOneAreRejected(long extra) {
        String tooBig = BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(extra).abs()).toString();
        assertThrows(IllegalArgumentException.class, () -> RoleId.of(tooBig));
    }

    @ParameterizedTest
    @MethodSource("longs")
    void userIdsRoundTripThroughTheirDecimalForm(long raw) {
        long positive = raw == Long.MIN_VALUE ? 1 : Math.max(1, Math.abs(raw));
        assertEquals(UserId.of(positive), UserId.parse(UserId.of(positive).toString()));
    }
}
