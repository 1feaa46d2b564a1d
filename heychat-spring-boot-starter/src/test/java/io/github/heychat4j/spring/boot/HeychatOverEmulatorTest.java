package io.github.heychat4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.micrometer.HeychatMetrics;
import io.github.heychat4j.testkit.TestWorld;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configured HTTP client against the in-process emulator: the gateway starts with the context when a
 * handler listens and stops with it, health goes down with an open circuit, and metrics reach the registry.
 */
class HeychatOverEmulatorTest {
    static final String TOKEN = "starter-emulator-token-91b2";

    final TestWorld world = TestWorld.create().room("测试房间", r -> r.textChannel("大厅").member("alice")).build();
    HeychatEmulator emulator;
    ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        emulator = HeychatEmulator.builder().world(world.fake()).token(TOKEN, world.botId()).start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeychatMetricsAutoConfiguration.class, HeychatAutoConfiguration.class,
                        HeychatHealthAutoConfiguration.class))
                .withPropertyValues("heychat.token=" + TOKEN, "heychat.bot-id=" + world.botId().value(),
                        "heychat.base-uri=" + emulator.baseUri(), "heychat.retry.max-attempts=1",
                        "heychat.circuit-breaker.window-size=5", "heychat.circuit-breaker.minimum-calls=5");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theGatewayConnectsWhenAHandlerListensAndStopsWithTheContext() {
        HeychatHttp[] kept = new HeychatHttp[1];
        runner.withUserConfiguration(HeychatHandlersTest.Handlers.class).run(context -> {
            assertNull(context.getStartupFailure());
            HeychatHttp http = context.getBean(HeychatHttp.class);
            assertEquals(GatewayState.CONNECTED, http.events().state());
            assertEquals(Status.UP, context.getBean(HealthIndicator.class).health().getStatus());
            kept[0] = http;
        });
        assertEquals(GatewayState.STOPPED, kept[0].events().state());
    }

    @Test
    void withoutHandlersTheGatewayIsNotStartedAndDoesNotCountForHealth() {
        runner.run(context -> {
            HeychatHttp http = context.getBean(HeychatHttp.class);
            assertEquals(GatewayState.NOT_STARTED, http.events().state());
            Health health = context.getBean(HealthIndicator.class).health();
            assertEquals(Status.UP, health.getStatus());
            assertEquals("not_started", health.getDetails().get("gateway"));
            assertEquals(Map.of("rest", "closed", "upload", "closed"), health.getDetails().get("circuits"));
        });
    }

    @Test
    void healthIsDownWhileTheCircuitIsOpen() {
        runner.run(context -> {
            HeychatHttp http = context.getBean(HeychatHttp.class);
            emulator.faults().inject(Operation.ROOMS_JOINED, WireFault.status(500), 5);
            for (int i = 0; i < 5; i++) {
                assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(10)));
            }

            Health health = context.getBean(HealthIndicator.class).health();

            assertEquals(Status.DOWN, health.getStatus());
            assertEquals("open", ((Map<?, ?>) health.getDetails().get("circuits")).get("rest"));
            assertFalse(health.toString().contains(TOKEN));
        });
    }

    @Test
    void healthCanBeTurnedOffAndNeedsSpringBootsHealthSupport() {
        runner.withPropertyValues("management.health.heychat.enabled=false")
                .run(context -> assertEquals(0, context.getBeanNamesForType(HeychatHealthIndicator.class).length));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertEquals(0, context.getBeanNamesForType(HeychatHealthIndicator.class).length));
    }

    @Test
    void withAMeterRegistryTheClientsCallsAndGaugesAreMeasured() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            HeychatHttp http = context.getBean(HeychatHttp.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            http.rooms().allJoinedRooms();

            assertEquals(1, registry.get(HeychatMetrics.CALLS).tag("operation", "rooms_joined").tag("outcome", "success")
                    .timer().count());
            assertEquals(1.0, registry.get(HeychatMetrics.CIRCUIT_STATE).tag("circuit", "rest").tag("state", "closed")
                    .gauge().value());
        });
    }

    @Test
    void noMetricsWithoutARegistryOrWithoutMicrometer() {
        runner.run(context -> assertEquals(0, context.getBeanNamesForType(HeychatMetrics.class).length));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(HeychatMetrics.class))
                .run(context -> assertEquals(0, context.getBeanNamesForType(HeychatMetrics.class).length));
    }
}
