package io.github.heychat4j.emulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the emulator checks before a request reaches the world, as the platform would. */
class RequestChecksTest extends EmulatorTestSupport {

    private static final String KICK = "/chatroom/v2/room/kick_out";
    private static final String KICK_EVE = "{\"room_id\":\"3587810143523774464\",\"to_user_id\":10000002}";

    private static HttpRequest kickWith(Wire client, String query, String contentType, String body) {
        HttpRequest.Builder request = client.request(KICK, query).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.build();
    }

    private static boolean eveIsStillThere() {
        return world().member(ROOM, EVE).isPresent();
    }

    @Test
    void aRequestWithoutATokenIsUnauthorized() {
        assertEquals("token无效", wire.withToken(null).post(KICK, KICK_EVE).failed(401));
        assertTrue(eveIsStillThere());
    }

    @Test
    void aRequestWithAnUnknownTokenIsUnauthorized() {
        assertEquals("token无效", wire.withToken("not-a-token").get("/chatroom/v2/room/joined", "").failed(401));
    }

    @Test
    void theTokenHeaderNameIsCaseInsensitive() {
        HttpRequest request = wire.withToken(null).request("/chatroom/v2/room/joined", Wire.COMMON).header("Token", Ids.TOKEN).GET().build();

        assertTrue(wire.send(request).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_type", "chat_os_type", "chat_version"})
    void aMissingParameterOfTheMinimalCommonSetIsRefusedNamingIt(String param) {
        String query = Wire.COMMON.replaceAll("(^|&)" + param + "=[^&]*", "");

        String msg = wire.send(kickWith(wire, query, "application/json", KICK_EVE)).failed(200);

        assertEquals("参数错误: " + param + " is required", msg);
        assertTrue(eveIsStillThere());
    }

    @Test
    void theClientTypeMustBeHeyboxChat() {
        String msg = wire.send(kickWith(wire, Wire.COMMON.replace("client_type=heybox_chat", "client_type=web"),
                "application/json", KICK_EVE)).failed(200);

        assertEquals("参数错误: client_type must be heybox_chat, got \"web\"", msg);
    }

    @Test
    void theChatOsTypeMustBeBot() {
        String msg = wire.send(kickWith(wire, Wire.COMMON.replace("chat_os_type=bot", "chat_os_type=web"),
                "application/json", KICK_EVE)).failed(200);

        assertEquals("参数错误: chat_os_type must be bot, got \"web\"", msg);
    }

    @Test
    void aPostWithoutAJsonContentTypeIsABadRequest() {
        String msg = wire.send(kickWith(wire, Wire.COMMON, "text/plain", KICK_EVE)).failed(200);

        assertEquals("参数错误: Content-Type must be application/json, got text/plain", msg);
        assertTrue(eveIsStillThere());
    }

    @Test
    void aJsonContentTypeWithACharsetIsFine() {
        assertTrue(wire.send(kickWith(wire, Wire.COMMON, "application/json;charset=UTF-8", KICK_EVE)).ok());
    }

    @Test
    void anUnparsableBodyIsABadRequest() {
        assertEquals("参数错误: body must be valid JSON",
                wire.send(kickWith(wire, Wire.COMMON, "application/json", "{\"room_id\":")).failed(200));
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        assertEquals("参数错误: body must be a JSON object",
                wire.send(kickWith(wire, Wire.COMMON, "application/json", "[1,2]")).failed(200));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertEquals("参数错误: body is required (a JSON object)",
                wire.send(kickWith(wire, Wire.COMMON, "application/json", "")).failed(200));
    }

    @Test
    void aMissingFieldIsABadRequestNamingIt() {
        assertEquals("参数错误: to_user_id is required", wire.post(KICK, "{\"room_id\":\"3587810143523774464\"}").failed(200));
    }

    @Test
    void anIdThatIsNotDigitsIsABadRequest() {
        assertEquals("参数错误: room_id must be a string of decimal digits, got \"abc\"",
                wire.post(KICK, "{\"room_id\":\"abc\",\"to_user_id\":10000002}").failed(200));
    }

    @Test
    void aFractionalUserIdIsABadRequest() {
        assertEquals("参数错误: to_user_id must be a JSON number",
                wire.post(KICK, "{\"room_id\":\"3587810143523774464\",\"to_user_id\":1.5}").failed(200));
    }

    @Test
    void anIdBeyondSixtyFourBitsIsABadRequest() {
        String msg = wire.post(KICK, "{\"room_id\":\"99999999999999999999\",\"to_user_id\":10000002}").failed(200);

        assertTrue(msg.startsWith("参数错误: roomId"), msg);
    }

    @Test
    void anUnknownPathIsRefusedInTheEnvelopeWithHttp200() {
        assertEquals("接口不存在", wire.get("/chatroom/v2/room/nope", "").failed(200));
    }

    @Test
    void anUnknownPathWithoutATokenIsStillNotFound() {
        assertEquals("接口不存在", wire.withToken(null).get("/chatroom/v9/anything", "").failed(200));
    }

    @Test
    void theWrongMethodIsRefused() {
        String msg = wire.get(KICK, "").failed(200);

        assertTrue(msg.startsWith("请求方法不支持"), msg);
    }

    @Test
    void aBadRequestNeverShowsAStackTrace() {
        String text = wire.send(kickWith(wire, Wire.COMMON, "application/json", "{\"room_id\":[{\"x\":")).text();

        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void aTokenOfABotTheServedWorldDoesNotHaveIsUnauthorized() {
        emulator.replaceWorld(io.github.heychat4j.fake.FakeWorld.builder().build());

        assertEquals("token无效", wire.get("/chatroom/v2/room/joined", "").failed(401));
    }
}
