package io.github.heychat4j.spring.boot.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The emulator variant: the starter's real HTTP client talks to an in-process emulator serving the world; the echo
 * travels over the emulator's WebSocket and back over REST.
 */
@HeychatBootTest(classes = EchoApplication.class, adapter = HeychatBootTest.Adapter.EMULATOR)
class EmulatorSliceTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("房间", r -> r.textChannel("大厅").member("alice"));
    }

    @Autowired
    TestWorld world;

    @Autowired
    Heychat heychat;

    @Autowired
    HeychatEmulator emulator;

    @Test
    void theRealClientIsConnectedToTheEmulatorAndEchoesOverTheWire() throws Exception {
        HeychatHttp http = (HeychatHttp) heychat;
        assertEquals(GatewayState.CONNECTED, http.events().state());
        FakeWorld served = emulator.world();
        CountDownLatch echoed = new CountDownLatch(1);
        served.observe(world.botId(), event -> {
            if (event instanceof io.github.heychat4j.domain.event.MessagePosted m && m.text().equals("echo: over the wire")) {
                echoed.countDown();
            }
        });

        world.person("alice").says(world.channel("大厅"), "over the wire");

        assertTrue(echoed.await(10, TimeUnit.SECONDS), "the echo came back through the emulator");
    }
}
