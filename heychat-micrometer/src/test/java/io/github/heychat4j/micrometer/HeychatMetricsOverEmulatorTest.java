package io.github.heychat4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.testkit.TestWorld;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted run of the HTTP adapter against the in-process emulator, faults included: the registry holds what
 * happened, counted per operation and outcome, with bounded tags only. Waits advance a ticker instead of sleeping.
 */
class HeychatMetricsOverEmulatorTest {
    static final String TOKEN = "metrics-token-for-the-emulator";
    static final Set<String> TAG_KEYS = Set.of("operation", "outcome", "exception", "attempt", "limiter", "circuit", "state",
            "from", "to", "cache", "result", "kind", "type", "reason", "phi");

    private final TestWorld world = TestWorld.create()
            .room("测试房间", r -> r.textChannel("大厅").member("alice"))
            .build();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong ticker = new AtomicLong();
    private HeychatEmulator emulator;
    private HeychatHttp http;

    @BeforeEach
    void start() {
        emulator = HeychatEmulator.builder().world(world.fake()).token(TOKEN, world.botId()).start();
        HeychatMetrics metrics = new HeychatMetrics(registry);
        http = HeychatHttp.builder().token(TOKEN).bot(world.botId()).baseUri(emulator.baseUri())
                .retry(RetryPolicy.defaults().withJitter(0))
                .ticker(ticker::get).sleeper(d -> ticker.addAndGet(d.toNanos()))
                .addListener(metrics)
                .build();
        metrics.monitor(http);
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        emulator.close();
    }

    @Test
    void aScriptedRunWithFaultsIsCountedByOperationAndOutcome() throws Exception {
        http.rooms().allJoinedRooms();
        http.rooms().allJoinedRooms();
        emulator.faults().inject(Operation.MESSAGES_SEND, WireFault.status(503), 1);
        http.messages().send(world.channel("大厅"), MessageContent.text("hi"));
        emulator.faults().inject(Operation.ROOMS_DETAILS, WireFault.tooManyRequests(Duration.ofSeconds(2)), 1);
        http.uncached().rooms().details(world.room("测试房间"));
        HeychatException refused = assertThrows(HeychatException.class,
                () -> http.rooms().kick(world.room("测试房间"), UserId.of(4242)));

        assertEquals(1, timerCount("rooms_joined", "success", "none"), "two reads, one reached the pipeline");
        assertEquals(1.0, counter(HeychatMetrics.CACHE_GETS, "cache", "joinedRooms", "result", "miss"));
        assertEquals(1.0, counter(HeychatMetrics.CACHE_GETS, "cache", "joinedRooms", "result", "hit"));
        assertEquals(1, timerCount("messages_send", "success", "none"));
        assertEquals(1.0, counter(HeychatMetrics.REQUESTS, "operation", "messages_send", "attempt", "first"));
        assertEquals(1.0, counter(HeychatMetrics.REQUESTS, "operation", "messages_send", "attempt", "retry"));
        assertEquals(1.0, counter(HeychatMetrics.RETRIES, "operation", "messages_send", "exception", "UnavailableException"));
        assertEquals(1, registry.get(HeychatMetrics.RATE_LIMITED).tag("operation", "rooms_details").tag("limiter", "platform")
                .timer().count());
        assertEquals(2.0, registry.get(HeychatMetrics.RATE_LIMITED).tag("limiter", "platform").timer().totalTime(TimeUnit.SECONDS));
        assertEquals(1, timerCount("rooms_details", "success", "none"));
        assertEquals(1, timerCount("rooms_kick", "error", refused.getClass().getSimpleName()));
        assertEquals(1.0, registry.get(HeychatMetrics.CIRCUIT_STATE).tag("circuit", "rest").tag("state", "closed").gauge().value());
        assertEquals(0.0, registry.get(HeychatMetrics.CIRCUIT_STATE).tag("circuit", "rest").tag("state", "open").gauge().value());
        assertEquals(0.0, registry.get(HeychatMetrics.GATEWAY_CONNECTED).gauge().value(), "the gateway was never started");
        assertBounded();
    }

    @Test
    void gatewayEventsAndHandlerFailuresAreCountedByEventType() throws Exception {
        CountDownLatch afterTheFailure = new CountDownLatch(1);
        http.events().on(MessagePosted.class, m -> {
            throw new IllegalStateException("handler bug");
        });
        http.events().on(MessagePosted.class, m -> afterTheFailure.countDown());
        http.events().start(Duration.ofSeconds(10));
        assertEquals(1.0, registry.get(HeychatMetrics.GATEWAY_CONNECTED).gauge().value());

        world.person("alice").says(world.channel("大厅"), "hello");

        assertTrue(afterTheFailure.await(10, TimeUnit.SECONDS), "the second handler heard the message");
        assertEquals(1.0, counter(HeychatMetrics.GATEWAY_CONNECTIONS, "kind", "first"));
        assertEquals(1.0, counter(HeychatMetrics.GATEWAY_EVENTS, "type", "MessagePosted"));
        assertEquals(1.0, counter(HeychatMetrics.GATEWAY_HANDLER_FAILURES, "type", "MessagePosted",
                "exception", "IllegalStateException"));
        http.events().stop();
        assertEquals(1.0, counter(HeychatMetrics.GATEWAY_DISCONNECTS, "kind", "stopped"));
        assertEquals(0.0, registry.get(HeychatMetrics.GATEWAY_CONNECTED).gauge().value());
        assertBounded();
    }

    private long timerCount(String operation, String outcome, String exception) {
        return registry.get(HeychatMetrics.CALLS).tag("operation", operation).tag("outcome", outcome)
                .tag("exception", exception).timer().count();
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    /** Every tag is one of the known keys, and no value is an id of the world. */
    private void assertBounded() {
        Set<String> ids = new HashSet<>();
        ids.add(world.room("测试房间").value());
        ids.add(world.channel("大厅").channel().value());
        ids.add(Long.toString(world.user("alice").value()));
        ids.add(Long.toString(world.botId().value()));
        ids.add("4242");
        List<Meter> meters = registry.getMeters();
        assertTrue(meters.size() > 10, meters.toString());
        for (Meter meter : meters) {
            assertTrue(meter.getId().getName().startsWith("heychat."), meter.getId().toString());
            for (Tag tag : meter.getId().getTags()) {
                assertTrue(TAG_KEYS.contains(tag.getKey()), "unexpected tag " + tag + " on " + meter.getId());
                for (String id : ids) {
                    assertTrue(!tag.getValue().contains(id), "an id in " + tag + " on " + meter.getId());
                }
            }
        }
    }
}
