package io.github.heychat4j.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo, end to end: emulator, HTTP adapter, example bots. */
class DemoTest {

    @Test
    void theScriptedScenarioPlaysThroughTheHttpAdapter() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Demo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).playOnEmulator();
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("heychat4j 演示房间"), out);
        assertTrue(out.contains("moved bob, carol") || out.contains("moved carol, bob"), out);
        assertTrue(out.contains("flood 1: SILENCED"), out);
        assertTrue(out.contains("flood 2: KICKED"), out);
        assertTrue(out.contains("eve is no longer in the room"), out);
        assertTrue(out.contains("POST /chatroom/v2/channel/move_member -> 200"), out);
        assertTrue(out.contains("POST /chatroom/v2/room/kick_out -> 200"), out);
        assertTrue(!out.contains(Demo.DEMO_TOKEN), "the token must never be printed");
    }
}
