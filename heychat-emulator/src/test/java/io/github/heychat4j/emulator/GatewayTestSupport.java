package io.github.heychat4j.emulator;

import io.github.heychat4j.emulator.internal.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One emulator per test class over the test world; before each test a fresh world, no faults and no
 * connection; after each, the clients are closed and the gateway must have recorded no failure of its own.
 */
abstract class GatewayTestSupport {

    static HeychatEmulator emulator;
    private final List<GatewayClient> clients = new ArrayList<>();

    @BeforeAll
    static void startEmulator() {
        emulator = HeychatEmulator.builder().world(Ids.testWorld()).start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshGateway() {
        emulator.reset();
        emulator.gateway().clearFaults();
        emulator.gateway().messageForm(MessageForm.FLAT);
        emulator.clearRequests();
    }

    @AfterEach
    void noConnectionLeftAndNoFailure() {
        clients.forEach(GatewayClient::close);
        emulator.gateway().dropConnections();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed (the gateway included)");
    }

    /** A client of the test bot, closed after the test. */
    GatewayClient connect() {
        return connect(Ids.TOKEN);
    }

    GatewayClient connect(String token) {
        GatewayClient client = GatewayClient.connect(emulator, token);
        clients.add(client);
        return client;
    }

    /** The golden frame golden/events/{name}. */
    static JsonNode golden(String name) {
        String text = GoldenWireTest.read(GoldenWireTest.golden("events").resolve(name));
        return Json.parse(text).orElseThrow();
    }

    /** Fails with the differences when {@code actual} does not have the shape of {@code expected}. */
    static void assertShape(JsonNode expected, JsonNode actual) {
        List<String> differences = Shapes.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> differences + " in " + actual);
    }
}
