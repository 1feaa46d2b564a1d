package io.github.heychat4j.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.HeychatHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's demo, end to end: emulator, HTTP adapter and its WebSocket gateway, example bots. */
class DemoTest {

    @Test
    void theScriptedScenarioPlaysThroughTheHttpAdapterAndTheGateway() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Demo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).playOnEmulator();
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("heychat4j 演示房间"), out);
        assertTrue(out.contains("moved bob, carol") || out.contains("moved carol, bob"), out);
        assertTrue(out.contains("1 bot on the WebSocket gateway"), out);
        assertTrue(out.contains("heard: MemberJoined carol"), out);
        assertTrue(out.contains("Greeter said in #综合: 欢迎 @carol 加入！"), out);
        assertTrue(out.contains("heard: 6 × MessagePosted from eve"), out);
        assertTrue(out.contains("flood 1: SILENCED"), out);
        assertTrue(out.contains("flood 2: KICKED"), out);
        assertTrue(out.contains("heard: MemberLeft eve"), out);
        assertTrue(out.contains("eve is no longer in the room"), out);
        assertTrue(out.contains("POST /chatroom/v2/channel/move_member -> 200"), out);
        assertTrue(out.contains("GET /chatroom/ws/connect -> 101"), out);
        assertTrue(out.contains("POST /chatroom/v2/room/ban -> 200"), out);
        assertTrue(out.contains("POST /chatroom/v2/room/kick_out -> 200"), out);
        assertTrue(out.contains("heard: CommandInvoked /nick (from the menu); bob's room nickname is now 🎮 bob"), out);
        assertTrue(out.contains("(typed by hand); bob is silenced for 10 minutes"), out);
        assertTrue(out.contains("17 events heard over its WebSocket gateway"), out);
        assertFalse(out.contains("a handler failed"), out);
        assertFalse(out.contains(Demo.DEMO_TOKEN), "the token must never be printed");
    }

    @Test
    void onTheRealPlatformItListensOnlyWhenToldHowLong() {
        assertEquals(Duration.ZERO, Demo.listeningTime(null));
        assertEquals(Duration.ZERO, Demo.listeningTime(" "));
        assertEquals(Duration.ofSeconds(30), Demo.listeningTime("30"));
        assertThrows(IllegalStateException.class, () -> Demo.listeningTime("-1"));
        assertThrows(IllegalStateException.class, () -> Demo.listeningTime("half a minute"));
    }

    @Test
    void itCallsOnlyThePlatformsOwnHostTheRealHeychat() {
        UserId bot = UserId.of(2398561);

        assertEquals(HeychatHttp.DEFAULT_BASE_URI, Demo.baseUri(Map.of()));
        assertEquals(HeychatHttp.DEFAULT_BASE_URI, Demo.baseUri(Map.of("HEYCHAT_BASE_URI", " ")));
        assertEquals("heychat4j demo, on the real Heychat as bot 2398561 (read-only)",
                Demo.heading(Demo.baseUri(Map.of()), bot));

        URI emulator = Demo.baseUri(Map.of("HEYCHAT_BASE_URI", " http://127.0.0.1:8080 "));
        assertEquals(URI.create("http://127.0.0.1:8080"), emulator);
        assertEquals("heychat4j demo, on the Heychat at http://127.0.0.1:8080 as bot 2398561 (read-only)",
                Demo.heading(emulator, bot));
        assertEquals("the Heychat at https://heychat.example.org", Demo.where(URI.create("https://heychat.example.org")));
    }
}
