package io.github.heychat4j.examples.spring.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.micrometer.HeychatMetrics;
import io.github.heychat4j.spring.boot.test.HeychatBootTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** The same bot on the real HTTP adapter against an in-process emulator: the command over the wire, metrics, health. */
@HeychatBootTest(adapter = HeychatBootTest.Adapter.EMULATOR)
class PingBotOverEmulatorTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("房间", r -> r.textChannel("大厅").member("alice"));
    }

    @Autowired
    TestWorld world;

    @Autowired
    HeychatEmulator emulator;

    @Autowired
    MeterRegistry registry;

    @Autowired
    HealthIndicator heychatHealthIndicator;

    @Test
    void answersPingOverTheWireAndTheMetricsSayWhatHappened() throws Exception {
        CountDownLatch pong = new CountDownLatch(1);
        emulator.world().observe(world.botId(), event -> {
            if (event instanceof MessagePosted m && m.text().equals("pong")) {
                pong.countDown();
            }
        });

        world.person("alice").runs(world.channel("大厅"), "/ping", Map.of());

        assertTrue(pong.await(10, TimeUnit.SECONDS), "the bot answered through the emulator");
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_EVENTS).tag("type", "CommandInvoked").counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_CONNECTED).gauge().value());
        assertEquals(Status.UP, heychatHealthIndicator.health().getStatus());
    }
}
