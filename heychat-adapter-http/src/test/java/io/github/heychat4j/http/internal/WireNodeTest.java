package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.HeychatProtocolException;
import java.math.BigInteger;
import java.util.List;
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

    // --- ranges at their edges, and what a failure says -----------------------------------------------------------

    @Test
    void aLongIsReadUpToItsEdgesAndNotOneBeyond() {
        WireNode n = node("{\"max\":9223372036854775807,\"min\":-9223372036854775808,\"smax\":\"9223372036854775807\","
                + "\"over\":9223372036854775808,\"sover\":\"9223372036854775808\",\"under\":-9223372036854775809}");

        assertEquals(Long.MAX_VALUE, n.longValue("max"));
        assertEquals(Long.MIN_VALUE, n.longValue("min"));
        assertEquals(Long.MAX_VALUE, n.longValue("smax"));
        assertThrows(HeychatProtocolException.class, () -> n.longValue("over"));
        assertThrows(HeychatProtocolException.class, () -> n.longValue("sover"));
        assertThrows(HeychatProtocolException.class, () -> n.longValue("under"));
    }

    @Test
    void anArrayElementIsReadAsALongUpToItsEdgesToo() {
        List<WireNode> items = node("{\"a\":[9223372036854775807,\"-9223372036854775808\",9223372036854775808,"
                + "\"9223372036854775808\",\"12345678901234567890\",\"x\",true]}").array("a");

        assertEquals(Long.MAX_VALUE, items.get(0).asLong());
        assertEquals(Long.MIN_VALUE, items.get(1).asLong());
        for (int i = 2; i < items.size(); i++) {
            WireNode item = items.get(i);
            assertThrows(HeychatProtocolException.class, item::asLong, item.json()::toString);
        }
    }

    @Test
    void anIntIsReadUpToItsEdgesAndNotOneBeyond() {
        WireNode n = node("{\"max\":2147483647,\"min\":-2147483648,\"over\":2147483648,\"under\":-2147483649}");

        assertEquals(Integer.MAX_VALUE, n.intValue("max"));
        assertEquals(Integer.MIN_VALUE, n.intValue("min"));
        assertThrows(HeychatProtocolException.class, () -> n.intValue("over"));
        assertThrows(HeychatProtocolException.class, () -> n.intValue("under"));
        assertEquals(Optional.of(Integer.MAX_VALUE), n.optionalInt("max"));
        assertEquals(Optional.of(Integer.MIN_VALUE), n.optionalInt("min"));
        assertThrows(HeychatProtocolException.class, () -> n.optionalInt("over"));
        assertThrows(HeychatProtocolException.class, () -> n.optionalInt("under"));
        assertEquals(Optional.empty(), n.optionalInt("missing"));
    }

    @Test
    void anEmptyStringIsNoNumberAndADigitStringIsOne() {
        assertEquals(Optional.empty(), node("{\"n\":\"\"}").optionalLong("n"));
        assertEquals(Optional.of(5L), node("{\"n\":\"5\"}").optionalLong("n"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"n\":\" \"}").optionalLong("n"));
    }

    @Test
    void aMissingFlagIsTheDefaultAndAnEmptyStringIsFalse() {
        assertFalse(node("{}").flag("missing", false));
        assertFalse(node("{\"f\":\"\"}").flag("f", true));
        assertTrue(node("{\"f\":\"true\"}").flag("f", false));
        assertFalse(node("{\"f\":\"0\"}").flag("f", true));
    }

    @Test
    void anArrayMustBeThereAndBeAnArray() {
        assertThrows(HeychatProtocolException.class, () -> node("{}").array("a"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"a\":{}}").array("a"));
        assertThrows(HeychatProtocolException.class, () -> node("{\"a\":1}").optionalArray("a"));
        assertEquals(2, node("{\"a\":[1,2]}").array("a").size());
        assertTrue(node("{\"a\":[1,2]}").field("a").isArray());
        assertFalse(node("{\"a\":{}}").field("a").isArray());
    }

    @Test
    void anArrayElementIsAnIdOnlyWhenItIsANumberOrAString() {
        List<WireNode> items = node("{\"a\":[7,\"8\",true,{}]}").array("a");

        assertEquals("7", items.get(0).asId());
        assertEquals("8", items.get(1).asId());
        assertThrows(HeychatProtocolException.class, items.get(2)::asId);
        assertThrows(HeychatProtocolException.class, items.get(3)::asId);
    }

    @Test
    void aFailureSaysWhatItGotAndCutsLongValues() {
        String forty = "\"" + "a".repeat(38) + "\"";
        String fortyOne = "\"" + "a".repeat(39) + "\"";
        WireNode n = node("{\"nul\":null,\"yes\":true,\"forty\":" + forty + ",\"long\":" + fortyOne + "}");

        assertEquals("unreadable answer to GET /test: result.x expected a string, got nothing", message(() -> n.text("x")));
        assertEquals("unreadable answer to GET /test: result.nul expected a string, got null", message(() -> n.text("nul")));
        assertEquals("unreadable answer to GET /test: result.yes expected a string, got boolean true", message(() -> n.text("yes")));
        assertEquals("unreadable answer to GET /test: result.forty expected an integer, got string " + forty,
                message(() -> n.longValue("forty")));
        assertEquals("unreadable answer to GET /test: result.long expected an integer, got string " + fortyOne.substring(0, 40) + "...",
                message(() -> n.longValue("long")));
    }

    private static String message(org.junit.jupiter.api.function.Executable read) {
        return assertThrows(HeychatProtocolException.class, read).getMessage();
    }
}
