package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.heychat4j.http.BotToken;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where the gateway is for a REST host, and the token kept out of everything printed, raw or URL-encoded. */
class GatewayAddressTest {
    private static final String SECRET = "a+b/c=d";
    private final GatewayAddress address = new GatewayAddress(URI.create("wss://chat.xiaoheihe.cn/chatroom/ws/connect"),
            BotToken.of(SECRET));

    @Test
    void theGatewayOfAnHttpsHostIsWssAndOfAnHttpHostWs() {
        assertEquals(URI.create("wss://chat.xiaoheihe.cn/chatroom/ws/connect"),
                GatewayAddress.endpointFor(URI.create("https://chat.xiaoheihe.cn")));
        assertEquals(URI.create("ws://127.0.0.1:8080/chatroom/ws/connect"),
                GatewayAddress.endpointFor(URI.create("http://127.0.0.1:8080")));
        assertEquals(URI.create("ws://localhost:9/chatroom/ws/connect"), GatewayAddress.endpointFor(URI.create("HTTP://localhost:9")));
    }

    @Test
    void trailingSlashesOfTheHostAreDropped() {
        assertEquals(URI.create("wss://chat.xiaoheihe.cn/chatroom/ws/connect"),
                GatewayAddress.endpointFor(URI.create("https://chat.xiaoheihe.cn///")));
        assertEquals(URI.create("wss://host/prefix/chatroom/ws/connect"), GatewayAddress.endpointFor(URI.create("https://host/prefix/")));
    }

    @Test
    void theAddressCarriesTheTokenUrlEncodedAfterTheBotParameters() {
        assertEquals("wss://chat.xiaoheihe.cn/chatroom/ws/connect?chat_os_type=bot&client_type=heybox_chat&chat_version=999.0.0"
                + "&token=a%2Bb%2Fc%3Dd", address.withToken().toString());
    }

    @Test
    void theTokenIsRedactedRawAndEncodedAndNeverPrinted() {
        assertEquals("closed: **** / ****", address.redact("closed: " + SECRET + " / a%2Bb%2Fc%3Dd"));
        assertEquals("", address.redact(null));
        assertEquals("wss://chat.xiaoheihe.cn/chatroom/ws/connect?token=****", address.toString());
        assertFalse(address.toString().contains(SECRET));
    }
}
