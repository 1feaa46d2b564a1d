package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.HeychatProtocolException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireNodeTest {
    private static WireNode node(String json) {
        return WireNode.of(Json.parse(json, "test"), "GET /test", "result");
    }

    @Test
    void anIdAboveTwoToThe63SentAsANumberStaysExact() {
        assertEquals("18446744073709551615", node("{\"id\":18446744073709551615}").id("id"));
        assertEquals("9223372036854775808", node("{\"id\":9223372036854775808}").id("id"));
    }

    @Test
    void anIdAboveTwoToThe63SentAsAStringStaysExact() {
        assertEquals("18446744073709551615", node("{\"id\":\"18446744073709551615\"}").id("id"));
    }

    static Stream<BigInteger> unsigned64BitIds() {
        BigInteger max = new BigInteger("18446744073709551615");
        Random random = new Random(64);
        return Stream.concat(Stream.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO.pow(53), BigInteger.TWO.pow(53).add(BigInteger.ONE),
                        BigInteger.TWO.pow(63), max),
                Stream.generate(() -> new BigInteger(64, random)).limit(1000)).filter(id -> id.compareTo(max) <= 0);
    }

    @ParameterizedTest
    @MethodSource("unsigned64BitIds")
    void everyUnsigned64BitIdSurvivesAsNumberAndAsString(BigInteger id) {
        assertEquals(id.toString(), node("{\"id\":" + id + "}").id("id"));
        assertEquals(id.toString(), node("{\"id\":\"" + id + "\"}").id("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551616", "-1", "1.5", "3.5e18", "\"abc\"", "\"-5\"", "\"\"", "true", "{}", "[]",
            "\"184467440737095516160\""})
    void whatIsNoUnsigned64BitIdIsAProtocolFailure(String value) {
        assertThrows(HeychatProtocolException.class, () -> node("{\"id\":" + value + "}").id("id"));
    }

    @Test
    void optionalIdsTreatEmptyZeroAndNullAsNone() {
        assertEquals(Optional.empty(), node("{\"id\":\"\"}").optionalId("id"));
        assertEquals(Optional.empty(), node("{\"id\":0}").optionalId("id"));
        assertEquals(Optional.empty(), node("{\"id\":\"0\"}").optionalId("id"));
        assertEquals(Optional.empty(), node("{\"id\":null}").optionalId("id"));
        assertEquals(Optional.empty(), node("{}").optionalId("id"));
        assertEquals(Optional.of("42"), node("{\"id\":42}").optionalId("id"));
    }

    @Test
    void flagsAcceptBooleansNumbersAndTheirStrings() {
        WireNode n = node("{\"a\":true,\"b\":1,\"c\":\"1\",\"d\":false,\"e\":0,\"f\":\"false\"}");

        assertTrue(n.flag("a", false));
        assertTrue(n.flag("b", false));
        assertTrue(n.flag("c", false));
        assertFalse(n.flag("d", true));
        assertFalse(n.flag("e", true));
        assertFalse(n.flag("f", true));
        assertTrue(n.flag("missing", true));
        assertThrows(HeychatProtocolException.class, () -> node("{\"a\":\"maybe\"}").flag("a", false));
    }

    @Test
    void integersAreReadFromNumbersAndDigitStringsButNeverFromFractions() {
        assertEquals(8828375L, node("{\"u\":8828375}").longValue("u"));
        assertEquals(8828375L, node("{\"u\":\"8828375\"}").longValue("u"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"u\":88.5}").longValue("u"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"u\":9223372036854775808}").longValue("u"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"u\":2147483648}").intValue("u"));
    }

    @Test
    void stringsAcceptIntegralNumbersExactly() {
        assertEquals("1733388149210113", node("{\"s\":1733388149210113}").text("s"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"s\":true}").text("s"));
    }

    @Test
    void readingAFieldOfSomethingThatIsNoObjectIsAProtocolFailure() {
        HeychatProtocolException e = assertThrows(HeychatProtocolException.class, () -> node("[1]").text("x"));

        assertTrue(e.getMessage().contains("expected an object"), e.getMessage());
    }

    @Test
    void arraysAreNamedElementByElement() {
        HeychatProtocolException e = assertThrows(HeychatProtocolException.class,
                () -> node("{\"ids\":[1,\"x\"]}").array("ids").get(1).asId());

        assertTrue(e.getMessage().contains("result.ids[1]"), e.getMessage());
    }
}
