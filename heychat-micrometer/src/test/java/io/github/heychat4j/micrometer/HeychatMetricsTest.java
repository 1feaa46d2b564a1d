package io.github.heychat4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.http.CallCompleted;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.SkipReason;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each signal becomes its meter with its tags; common tags go on every meter. */
class HeychatMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HeychatMetrics metrics = new HeychatMetrics(registry, Tags.of("bot", "moderator"));

    @Test
    void aCompletedCallIsTimedWithItsOutcomeAndPercentiles() {
        metrics.callCompleted(new CallCompleted(Operation.ROOMS_KICK, Optional.empty(), 1, Duration.ofMillis(40)));
        metrics.callCompleted(new CallCompleted(Operation.ROOMS_KICK,
                Optional.of(new RateLimitedException("slow down", Duration.ofSeconds(1))), 0, Duration.ofMillis(2)));

        Timer ok = registry.get(HeychatMetrics.CALLS).tags("bot", "moderator", "operation", "rooms_kick", "outcome", "success",
                "exception", "none").timer();
        assertEquals(1, ok.count());
        assertEquals(40.0, ok.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(HeychatMetrics.PERCENTILES.length, ok.takeSnapshot().percentileValues().length);
        assertEquals(1, registry.get(HeychatMetrics.CALLS).tags("outcome", "error", "exception", "RateLimitedException")
                .timer().count());
    }

    @Test
    void circuitTransitionsBulkheadAndLocalWaitsAreCounted() {
        metrics.circuitStateChanged("rest", CircuitState.CLOSED, CircuitState.OPEN);
        metrics.bulkheadFull(Operation.MESSAGES_SEND);
        metrics.rateLimited(Operation.MESSAGES_SEND_DIRECT, Duration.ofSeconds(3), true);

        assertEquals(1.0, registry.get(HeychatMetrics.CIRCUIT_TRANSITIONS).tags("circuit", "rest", "from", "closed", "to", "open")
                .counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.BULKHEAD_REJECTED).tags("operation", "messages_send").counter().count());
        assertEquals(3.0, registry.get(HeychatMetrics.RATE_LIMITED).tags("operation", "messages_send_direct", "limiter", "local")
                .timer().totalTime(TimeUnit.SECONDS));
    }

    @Test
    void gatewaySignalsAreCountedByKindReasonAndType() {
        metrics.gatewayConnected(false);
        metrics.gatewayDisconnected(new GatewayDisconnect(GatewayDisconnect.Kind.HEARTBEAT_TIMEOUT, OptionalInt.empty(), ""));
        metrics.reconnectScheduled(1, Duration.ofSeconds(1));
        metrics.gatewayConnected(true);
        metrics.frameSkipped(SkipReason.NOT_JSON, "{broken");
        metrics.eventDecoded(UnknownEvent.class);

        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_CONNECTIONS).tags("kind", "reconnect").counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_DISCONNECTS).tags("kind", "heartbeat_timeout").counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_RECONNECTS).counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_FRAMES_SKIPPED).tags("reason", "not_json").counter().count());
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_EVENTS).tags("type", "UnknownEvent").counter().count());
        assertTrue(registry.getMeters().stream().allMatch(m -> "moderator".equals(m.getId().getTag("bot"))));
    }

    @Test
    void nullsAreRefusedNamingTheArgument() {
        IllegalArgumentException registryMissing = assertThrows(IllegalArgumentException.class, () -> new HeychatMetrics(null));
        assertEquals("registry: must not be null", registryMissing.getMessage());
        IllegalArgumentException heychatMissing = assertThrows(IllegalArgumentException.class, () -> metrics.monitor(null));
        assertEquals("heychat: must not be null", heychatMissing.getMessage());
    }
}
