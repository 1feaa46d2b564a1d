package io.github.heychat4j.spring.boot;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatHttp;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of the application's {@link Heychat}: for the HTTP adapter, DOWN while a circuit breaker is open
 * (calls fail fast without reaching the platform) or while the started gateway has no link (reconnecting, or stopped
 * because the platform refused the token); UP otherwise. A gateway that was never started (the bot hears no events)
 * does not count. Details: each circuit's state, the gateway's state, queued events and skipped frames; never the
 * token. Any other {@code Heychat} (the fake of a test) is UP.
 */
public final class HeychatHealthIndicator implements HealthIndicator {
    private final Heychat heychat;

    /**
     * @param heychat the application's Heychat
     * @throws IllegalArgumentException when it is null
     */
    public HeychatHealthIndicator(Heychat heychat) {
        if (heychat == null) {
            throw new IllegalArgumentException("heychat: must not be null");
        }
        this.heychat = heychat;
    }

    @Override
    public Health health() {
        if (!(heychat instanceof HeychatHttp http)) {
            return Health.up().withDetail("adapter", heychat.getClass().getSimpleName()).build();
        }
        Map<String, String> circuits = new LinkedHashMap<>();
        boolean open = false;
        for (Map.Entry<String, CircuitState> circuit : http.circuitStates().entrySet()) {
            circuits.put(circuit.getKey(), lower(circuit.getValue().name()));
            open |= circuit.getValue() == CircuitState.OPEN;
        }
        GatewayState gateway = http.events().state();
        boolean deaf = gateway == GatewayState.CONNECTING || gateway == GatewayState.STOPPED;
        Health.Builder health = open || deaf ? Health.down() : Health.up();
        return health.withDetail("circuits", circuits)
                .withDetail("gateway", lower(gateway.name()))
                .withDetail("queuedEvents", http.events().queuedEvents())
                .withDetail("skippedFrames", http.events().skippedFrames())
                .build();
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "HeychatHealthIndicator[" + heychat.getClass().getSimpleName() + "]";
    }
}
