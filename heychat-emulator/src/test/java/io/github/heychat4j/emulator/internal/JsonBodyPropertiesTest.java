package io.github.heychat4j.emulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body rules hold for every value, not just the ones the examples use: each rule is checked on its
 * edge cases plus 200 values from a fixed-seed generator, so runs are reproducible.
 */
class JsonBodyPropertiesTest {
    private static final int TRIES = 200;

    private static JsonBody body(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomChars(Random random, String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    static Stream<String> digitStrings() {
        Random random = new Random(1);
        return Stream.concat(Stream.of("0", "1", "9007199254740993", "18446744073709551615", "99999999999999999999"),
                Stream.generate(() -> randomChars(random, "0123456789", 1, 20)).limit(TRIES));
    }

    static Stream<Arguments> digitsWithLetters() {
        Random random = new Random(2);
        return Stream.generate(() -> Arguments.of(randomChars(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 5),
                randomChars(random, "0123456789", 0, 5))).limit(TRIES);
    }

    static LongStream positiveLongs() {
        return LongStream.concat(LongStream.of(1, Integer.MAX_VALUE, 1L << 53, (1L << 53) + 1, Long.MAX_VALUE),
                new Random(3).longs(TRIES, 1, Long.MAX_VALUE));
    }

    static Stream<Arguments> pairsOfPositiveLongs() {
        Random random = new Random(4);
        return Stream.generate(() -> Arguments.of(random.nextLong(1, Long.MAX_VALUE), random.nextLong(1, Long.MAX_VALUE)))
                .limit(TRIES);
    }

    static IntStream ints() {
        return IntStream.concat(IntStream.of(-1, 0, 1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE), new Random(5).ints(TRIES));
    }

    @ParameterizedTest
    @MethodSource("digitStrings")
    void anyStringOfDigitsIsAnId(String digits) {
        assertEquals(digits, body("{\"room_id\":\"" + digits + "\"}").id("room_id"));
    }

    @ParameterizedTest
    @MethodSource("digitsWithLetters")
    void anIdWithALetterIsRefusedNamingTheField(String letters, String digits) {
        BadRequest e = assertThrows(BadRequest.class, () -> body("{\"room_id\":\"" + digits + letters + "\"}").id("room_id"));

        assertTrue(e.getMessage().startsWith("room_id must be a string of decimal digits"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("positiveLongs")
    void anyPositiveJsonNumberIsAUserId(long id) {
        assertEquals(UserId.of(id), body("{\"to_user_id\":" + id + "}").userId("to_user_id"));
    }

    @ParameterizedTest
    @MethodSource("positiveLongs")
    void aUserIdSentAsAStringIsRefused(long id) {
        BadRequest e = assertThrows(BadRequest.class, () -> body("{\"to_user_id\":\"" + id + "\"}").userId("to_user_id"));

        assertEquals("to_user_id must be a JSON number", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("pairsOfPositiveLongs")
    void userIdListsTakeNumbersAndDigitStringsAlike(long a, long b) {
        assertEquals(java.util.List.of(UserId.of(a), UserId.of(b)),
                body("{\"to_user_ids\":[" + a + ",\"" + b + "\"]}").userIds("to_user_ids"));
    }

    @ParameterizedTest
    @MethodSource("ints")
    void isAddIsOnlyOneOrZero(int value) {
        JsonBody b = body("{\"is_add\":" + value + "}");
        if (value == 0 || value == 1) {
            assertEquals(value == 1, b.oneOrZero("is_add"));
        } else {
            assertThrows(BadRequest.class, () -> b.oneOrZero("is_add"));
        }
    }
}
