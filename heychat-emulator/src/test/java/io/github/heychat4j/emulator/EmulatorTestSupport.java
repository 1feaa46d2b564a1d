package io.github.heychat4j.emulator;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import io.github.heychat4j.fake.FakeWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One emulator per test class over the test world, reset before every test: a fresh world, no faults,
 * an empty journal.
 */
abstract class EmulatorTestSupport {

    static HeychatEmulator emulator;
    static Wire wire;

    @BeforeAll
    static void startEmulator() {
        emulator = HeychatEmulator.builder().world(Ids.testWorld()).start();
        wire = new Wire(emulator.baseUri(), Ids.TOKEN);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    @BeforeEach
    void freshWorld() {
        // Seeding, not resetting: a test that seeds another world makes that the world a reset returns to.
        emulator.seed(Ids.testWorld());
        emulator.faults().clear();
        emulator.clearRequests();
    }

    static FakeWorld world() {
        return emulator.world();
    }

    static String json(String text) {
        // Tests write JSON with single quotes for readability.
        return text.replace('\'', '"');
    }
}
