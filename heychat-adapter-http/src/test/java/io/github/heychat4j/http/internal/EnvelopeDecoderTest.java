package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeDecoderTest {
    private static final String WHERE = "GET /chatroom/v2/room/view";

    private static WireNode decode(int status, String body) {
        return EnvelopeDecoder.decode(WHERE, status, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Test
    void anOkEnvelopeGivesItsResult() {
        WireNode result = decode(200, "{\"status\":\"ok\",\"msg\":\"\",\"result\":{\"invite_code\":\"V8\"}}");

        assertEquals("V8", result.text("invite_code"));
        assertEquals("result", result.path());
    }

    @Test
    void anOkEnvelopeWithoutResultGivesAnEmptyResult() {
        assertTrue(decode(200, "{\"status\":\"ok\",\"msg\":\"\"}").json().isEmpty());
        assertTrue(decode(200, "{\"status\":\"ok\",\"result\":null}").json().isEmpty());
    }

    @Test
    void anEnvelopeWithCodeZeroAndNoStatusIsSuccessWithDataOrResult() {
        assertEquals("x", decode(200, "{\"code\":0,\"data\":{\"url\":\"x\"}}").text("url"));
        assertEquals("y", decode(200, "{\"code\":0,\"result\":{\"url\":\"y\"}}").text("url"));
    }

    @Test
    void anEnvelopeWithANonZeroCodeAndNoStatusIsAFailureWithItsMessage() {
        RejectedException e = assertThrows(RejectedException.class,
                () -> decode(200, "{\"code\":1,\"msg\":\"包含违禁词\",\"data\":{\"url\":\"x\"}}"));

        assertEquals(RejectedException.Reason.CONTENT_BLOCKED, e.reason());
    }

    @Test
    void aFailedEnvelopeGoesThroughTheErrorTable() {
        RejectedException e = assertThrows(RejectedException.class,
                () -> decode(200, "{\"status\":\"failed\",\"msg\":\"包含违禁词\",\"result\":{}}"));

        assertEquals(RejectedException.Reason.CONTENT_BLOCKED, e.reason());
    }

    @Test
    void aFailedEnvelopeWithoutMessageIsAnOtherRejection() {
        RejectedException e = assertThrows(RejectedException.class, () -> decode(200, "{\"status\":\"failed\"}"));

        assertEquals("", e.platformMessage());
    }

    @Test
    void anyOtherStatusValueIsAFailure() {
        assertThrows(RejectedException.class, () -> decode(200, "{\"status\":\"error\",\"msg\":\"x\"}"));
    }

    @Test
    void http401WithTokenMessageIsAnAuthenticationFailure() {
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> decode(401, "{\"status\":\"failed\",\"msg\":\"token无效\",\"result\":{}}"));

        assertTrue(e.getMessage().contains("token无效"), e.getMessage());
    }

    @Test
    void a5xxWithAnHtmlPageIsUnavailable() {
        assertThrows(UnavailableException.class, () -> decode(502, "<html>Bad Gateway</html>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"status\":\"ok\"", "{\"status\":\"ok\"} trailing", "[1,2]", "\"ok\"", "null",
            "{\"msg\":\"no status, no code\"}", "{\"status\":7}", "{\"code\":\"zero\"}"})
    void unreadableAnswersAreProtocolFailures(String body) {
        HeychatProtocolException e = assertThrows(HeychatProtocolException.class, () -> decode(200, body));

        assertTrue(e.getMessage().startsWith(WHERE) || e.getMessage().contains(WHERE), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamedWithItsPath() {
        WireNode result = decode(200, "{\"status\":\"ok\",\"result\":{\"room_info\":{}}}");

        HeychatProtocolException e = assertInstanceOf(HeychatProtocolException.class,
                assertThrows(HeychatProtocolException.class, () -> result.object("room_info").text("room_id")));
        assertEquals("unreadable answer to " + WHERE + ": result.room_info.room_id expected a string, got nothing", e.getMessage());
    }

    @Test
    void everyStatusFrom200To299CarriesAnEnvelopeAndNoOtherDoes() {
        String ok = "{\"status\":\"ok\",\"result\":{\"url\":\"x\"}}";

        assertEquals("x", decode(200, ok).text("url"));
        assertEquals("x", decode(299, ok).text("url"));
        assertThrows(HeychatProtocolException.class, () -> decode(199, ok));
        assertThrows(HeychatProtocolException.class, () -> decode(300, ok));
    }
}
