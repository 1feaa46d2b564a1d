package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.MessageForm;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.SkipReason;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway client against the emulator's gateway faults, over a real socket: what the scripted-socket
 * tests show rule by rule, shown here end to end with the emulator's own frames.
 */
class GatewayFaultsOverEmulatorTest {
    private static final String TOKEN = "gateway-faults-token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestWorld world = TestWorld.create().room("房间", r -> r.textChannel("综合").member("alice")).build();
    private final HeychatEmulator emulator = HeychatEmulator.builder().world(world.fake()).token(TOKEN, world.botId()).start();
    private final BlockingQueue<HeychatEvent> heard = new LinkedBlockingQueue<>();
    private final List<SkipReason> skipped = new CopyOnWriteArrayList<>();
    private final BlockingQueue<GatewayDisconnect> disconnects = new LinkedBlockingQueue<>();
    private HeychatHttp http;

    private HeychatHttp connect(GatewayPolicy policy) {
        http = HeychatHttp.builder().token(TOKEN).bot(world.botId()).baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri())
                .gateway(policy)
                .listener(new HeychatListener() {
                    @Override
                    public void frameSkipped(SkipReason reason, String detail) {
                        skipped.add(reason);
                    }

                    @Override
                    public void gatewayDisconnected(GatewayDisconnect why) {
                        disconnects.add(why);
                    }
                })
                .build();
        http.events().onEvery(heard::add);
        return http;
    }

    private HeychatHttp started() {
        connect(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)));
        http.events().start(WAIT);
        return http;
    }

    @AfterEach
    void close() {
        if (http != null) {
            http.close();
        }
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed (the gateway included)");
    }

    private MessagePosted says(String text) {
        world.person("alice").says(world.channel("综合"), text);
        return next(MessagePosted.class);
    }

    private <E extends HeychatEvent> E next(Class<E> type) {
        return assertInstanceOf(type, poll(heard));
    }

    private static <T> T poll(BlockingQueue<T> queue) {
        try {
            T next = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(next, "nothing arrived within " + WAIT);
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aFrameSentTwiceIsHeardOnce() {
        started();
        emulator.gateway().duplicateFrames(1);

        assertEquals("once", says("once").text());
        assertEquals("marker", says("marker").text());
        assertTrue(skipped.contains(SkipReason.DUPLICATE_FRAME), skipped.toString());
    }

    @Test
    void aMalformedFrameIsSkippedAndCountedAndTheNextEventStillArrives() {
        started();
        emulator.gateway().sendMalformedFrame();

        assertEquals("after", says("after").text());
        assertEquals(1, http.events().skippedFrames());
        assertTrue(skipped.stream().anyMatch(SkipReason::isMalformed), skipped.toString());
    }

    @Test
    void aDroppedSocketComesBackAndTheBotIsToldItMayHaveMissedEvents() {
        // a short heartbeat: on a loaded machine the JDK client may not notice the dropped socket at once; then the
        // missing PONG finds it within the wait (the default heartbeat would need longer than the wait)
        connect(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .withHeartbeatInterval(Duration.ofSeconds(3)).withPongTimeout(Duration.ofSeconds(2)));
        http.events().start(WAIT);
        emulator.gateway().dropConnections();

        GatewayReconnected back = next(GatewayReconnected.class);
        assertTrue(!back.time().isBefore(back.disconnectedAt()));
        assertEquals("still hearing", says("still hearing").text());
    }

    @Test
    void aSilentLinkIsDeclaredDeadAndMadeAgain() {
        connect(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .withHeartbeatInterval(Duration.ofSeconds(1)).withPongTimeout(Duration.ofSeconds(1)));
        http.events().start(WAIT);
        emulator.gateway().silencePings();

        GatewayDisconnect why = poll(disconnects);
        assertEquals(GatewayDisconnect.Kind.HEARTBEAT_TIMEOUT, why.kind());
        // a new link counts as up once a frame arrives on it: its first PONG, so the emulator must answer again
        emulator.gateway().clearFaults();
        next(GatewayReconnected.class);
        assertEquals("alive", says("alive").text());
    }

    @Test
    void aRefusedTokenStopsStartWithAnAuthenticationFailureInsteadOfRetrying() {
        connect(GatewayPolicy.defaults());
        emulator.gateway().refuseHandshakes(401, 1);

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> http.events().start(WAIT));
        assertTrue(!e.getMessage().contains(TOKEN), e.getMessage());
        assertTrue(!http.events().isConnected());
    }

    @Test
    void nestedMessagesAreHeardLikeFlatOnes() {
        started();
        MessagePosted flat = says("flat");
        emulator.gateway().messageForm(MessageForm.NESTED);
        MessagePosted nested = says("nested");

        assertEquals(flat.author(), nested.author());
        assertEquals(flat.channel(), nested.channel());
        assertEquals("nested", nested.text());
    }

    @Test
    void anEventTypeHeychat4jDoesNotKnowIsHeardWithItsRawFrame() {
        started();
        emulator.gateway().push("{\"sequence\":1,\"type\":\"5002\",\"timestamp\":1732962010000,\"data\":{\"msg_id\":\"1\"}}");

        UnknownEvent unknown = next(UnknownEvent.class);
        assertEquals("5002", unknown.type());
        assertTrue(unknown.rawJson().contains("\"msg_id\""), unknown.rawJson());
        assertNull(heard.poll());
    }
}
