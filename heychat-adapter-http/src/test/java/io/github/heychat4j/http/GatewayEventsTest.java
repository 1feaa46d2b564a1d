package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.http.internal.GatewayClient;
import io.github.heychat4j.http.internal.GatewayScheduler;
import io.github.heychat4j.http.internal.GatewayTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What a bot sees of the gateway: {@link GatewayEvents} over a link whose frames the test lines up beforehand (they
 * are read as the client asks for them), timers that never fire, handlers run when the test says.
 */
class GatewayEventsTest {
    private static final UserId BOT = UserId.of(2398561);
    private static final String MESSAGE = "{\"sequence\": 1, \"type\": \"5\", \"timestamp\": 1732962002000, \"data\": {\"msg_id\": \"100\","
            + " \"msg\": \"hi\", \"msg_type\": 1, \"room_id\": \"3587810143523774464\", \"channel_id\": \"3377790315288076288\","
            + " \"channel_type\": 1, \"user_id\": 8828375, \"nickname\": \"someone\", \"send_time\": 1732962001990}}";

    private final Deque<String> frames = new ArrayDeque<>();
    private final Deque<Runnable> handlers = new ArrayDeque<>();
    private CompletableFuture<GatewayTransport.Socket> handshake;

    private final GatewayTransport transport = events -> {
        GatewayTransport.Socket socket = new GatewayTransport.Socket() {
            @Override
            public void sendText(String text) {
            }

            @Override
            public void request(long n) {
                String next = frames.poll();
                if (next != null) {
                    events.onText(next, true);
                }
            }

            @Override
            public void abort() {
            }
        };
        return handshake != null ? handshake : CompletableFuture.completedFuture(socket);
    };

    private final GatewayScheduler timers = new GatewayScheduler() {
        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            return () -> { };
        }

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public void shutdown() {
        }
    };

    private final GatewayEvents events = new GatewayEvents(new GatewayClient(transport, timers, GatewayPolicy.defaults(), BOT,
            handlers::add, () -> { }, new HeychatListener() { }, Clock.systemUTC(), () -> 0.5, GatewayClient.KeptFresh.NONE));

    @Test
    void startingConnectsAndTheBotHearsWhatTheLinkCarries() {
        List<MessagePosted> heard = new ArrayList<>();
        events.on(MessagePosted.class, heard::add);
        frames.addAll(List.of("PONG", MESSAGE, "{broken"));
        assertEquals(GatewayState.NOT_STARTED, events.state());
        assertEquals("GatewayEvents[not connected]", events.toString());

        events.start();

        assertTrue(events.isConnected());
        assertEquals(GatewayState.CONNECTED, events.state());
        assertEquals("GatewayEvents[connected]", events.toString());
        assertEquals(1, events.skippedFrames(), "the broken frame");
        assertEquals(1, events.queuedEvents(), "the message waits for its handler");
        handlers.poll().run();
        assertEquals(1, heard.size());
        assertEquals(0, events.queuedEvents());
    }

    @Test
    void aSubscriptionCanBeCancelledAndAHandlersFailureIsReported() {
        List<MessagePosted> heard = new ArrayList<>();
        List<HandlerFailure> failures = new ArrayList<>();
        Subscription subscription = events.on(MessagePosted.class, heard::add);
        events.on(MessagePosted.class, m -> {
            throw new IllegalStateException("handler bug");
        });
        assertTrue(events.onHandlerFailure(failures::add).isActive());
        subscription.cancel();
        frames.addAll(List.of("PONG", MESSAGE));

        events.start();
        handlers.poll().run();

        assertFalse(subscription.isActive());
        assertEquals(List.of(), heard);
        assertEquals(1, failures.size());
        assertEquals("handler bug", failures.get(0).error().getMessage());
    }

    @Test
    void stoppingStopsTheGateway() {
        frames.add("PONG");
        events.start();

        events.stop();

        assertEquals(GatewayState.STOPPED, events.state());
        assertFalse(events.isConnected());
        assertThrows(UnavailableException.class, events::start, "a stopped gateway stays stopped");
    }

    @Test
    void startWaitsOnlyAPositiveTime() {
        assertThrows(IllegalArgumentException.class, () -> events.start(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> events.start(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> events.start(null));
        assertEquals(GatewayState.NOT_STARTED, events.state(), "a refused timeout starts nothing");

        handshake = new CompletableFuture<>(); // the link never opens
        assertThrows(UnavailableException.class, () -> events.start(Duration.ofMillis(1)));
        assertEquals(GatewayState.STOPPED, events.state());
    }
}
