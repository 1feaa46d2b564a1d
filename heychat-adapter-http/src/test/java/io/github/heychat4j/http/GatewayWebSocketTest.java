package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway over a real WebSocket on loopback: the handshake's address, PING/PONG, a frame reaching a handler,
 * a refused token, a dropped link made again, the token never printed, and no thread left after close.
 */
class GatewayWebSocketTest {
    // '+', '/' and '=' must survive the query
    private static final String TOKEN = "c2VjcmV0+Ym90/dG9rZW4tMjM5ODU2MQ==";
    private static final UserId BOT = UserId.of(2398561);
    private static final List<String> OUR_THREADS = List.of("heychat4j-gateway-", "heychat4j-events-", "heychat4j-http-");

    private final LogCapture log = new LogCapture("io.github.heychat4j");
    private final List<String> logged = log.lines();
    private LoopbackGateway gateway;

    @BeforeEach
    void start() {
        log.start();
        gateway = new LoopbackGateway(TOKEN);
    }

    @AfterEach
    void stop() {
        log.stop();
        gateway.close();
        assertEquals(List.of(), gateway.failures, "the loopback gateway saw no error of its own");
    }

    private HeychatHttp.Builder bot(HeychatListener listener) {
        return HeychatHttp.builder().token(TOKEN).bot(BOT).baseUri("http://127.0.0.1:1").gatewayUri(gateway.uri())
                .listener(listener).gateway(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20)));
    }

    @Test
    void aBotHearsAMessageOverARealWebSocketAndLeavesNoThreadBehind() throws Exception {
        gateway.welcome.add(new String(Golden.bytes("events/5-message.flat.json"), StandardCharsets.UTF_8));
        BlockingQueue<HeychatEvent> heard = new LinkedBlockingQueue<>();
        RecordingGatewayListener listener = new RecordingGatewayListener();

        try (HeychatHttp http = bot(listener).build()) {
            http.events().on(MessagePosted.class, heard::add);
            http.events().start(Duration.ofSeconds(10));

            MessagePosted message = (MessagePosted) heard.poll(10, TimeUnit.SECONDS);
            assertEquals("hi @{id:2398561}, see #{id:3377790315296464896}", message.text());
            assertTrue(http.events().isConnected());
        }

        Map<String, String> handshake = gateway.handshakes.get(0);
        assertEquals(Map.of("chat_os_type", "bot", "client_type", "heybox_chat", "chat_version", "999.0.0", "token", TOKEN),
                handshake);
        assertEquals(List.of("connected first", "received 5", "disconnected STOPPED: stopped"), listener.lines);
        assertNoThreadLeft();
    }

    @Test
    void aRefusedTokenAtTheHandshakeIsAnAuthenticationFailure() {
        gateway.refuse(1, 401);

        try (HeychatHttp http = bot(HeychatListener.NONE).build()) {
            assertThrows(AuthenticationException.class, () -> http.events().start(Duration.ofSeconds(10)));
            assertFalse(http.events().isConnected());
        }
        assertEquals(1, gateway.handshakes.size(), "not retried");
        assertNoThreadLeft();
    }

    @Test
    void aDroppedLinkIsMadeAgainAndTheTokenIsPrintedNowhere() throws Exception {
        gateway.refuse(1, 503);
        BlockingQueue<HeychatEvent> heard = new LinkedBlockingQueue<>();
        RecordingGatewayListener listener = new RecordingGatewayListener();
        List<String> seen = new ArrayList<>();

        try (HeychatHttp http = bot(listener).build()) {
            http.events().on(GatewayReconnected.class, heard::add);
            http.events().start(Duration.ofSeconds(10));
            gateway.dropLinks();
            assertTrue(heard.poll(10, TimeUnit.SECONDS) instanceof GatewayReconnected);
            seen.add(http.toString());
            seen.add(http.events().toString());
        }
        gateway.refuse(1, 403);
        try (HeychatHttp http = bot(listener).build()) {
            seen.add(describe(assertThrows(AuthenticationException.class, () -> http.events().start(Duration.ofSeconds(10)))));
        }
        gateway.refuse(100, 500);
        try (HeychatHttp http = bot(listener).build()) {
            seen.add(describe(assertThrows(RuntimeException.class, () -> http.events().start(Duration.ofMillis(200)))));
        }
        seen.addAll(logged);
        seen.addAll(listener.lines);

        assertTrue(listener.lines.contains("connected again"), listener.lines::toString);
        assertTrue(listener.lines.stream().anyMatch(l -> l.startsWith("disconnected HANDSHAKE_FAILED 503")), listener.lines::toString);
        assertTrue(logged.size() > 0, "logging was captured");
        for (String text : seen) {
            assertFalse(text.contains(TOKEN), () -> "the token leaked into: " + text);
            assertFalse(text.contains(TOKEN.substring(0, 12)), () -> "part of the token leaked into: " + text);
            assertFalse(text.contains("Ym90"), () -> "part of the token leaked into: " + text);
        }
        assertNoThreadLeft();
    }

    private static void assertNoThreadLeft() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (OUR_THREADS.stream().anyMatch(t.getName()::startsWith)) {
                try {
                    t.join(TimeUnit.SECONDS.toMillis(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
                assertFalse(t.isAlive(), () -> "still running after close: " + t.getName());
            }
        }
    }

    private static String describe(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return e + "\n" + out;
    }
}
