package io.github.heychat4j.emulator;

import io.github.heychat4j.emulator.internal.Json;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The tests' own gateway client over the JDK's {@code java.net.http.WebSocket} (deliberately not the
 * HTTP adapter): connects with the spec's query parameters, queues every text frame it receives, and
 * waits for them with timeouts, never with sleeps.
 */
final class GatewayClient implements AutoCloseable {

    /** The query parameters of the official demo's gateway URL (spec §5.1), before the token. */
    static final String QUERY = "chat_os_type=bot&client_type=heybox_chat&chat_version=999.0.0";
    static final Duration WAIT = Duration.ofSeconds(5);
    /** How long a test waits to be sure that nothing comes. */
    static final Duration QUIET = Duration.ofMillis(300);

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final WebSocket socket;
    private final Listener listener;

    private GatewayClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.listener = listener;
    }

    /** The gateway URI with the query and this token (null: no token parameter). */
    static URI uri(HeychatEmulator emulator, String token) {
        String query = QUERY + (token == null ? "" : "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return URI.create(emulator.gatewayUri() + "?" + query);
    }

    /** Connects, failing the test when the handshake is refused. */
    static GatewayClient connect(HeychatEmulator emulator, String token) {
        Listener listener = new Listener();
        try {
            WebSocket socket = CLIENT.newWebSocketBuilder().connectTimeout(WAIT)
                    .buildAsync(uri(emulator, token), listener).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new GatewayClient(socket, listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the handshake failed: " + e, e);
        }
    }

    /** The HTTP status of a handshake the gateway refuses; fails the test when it is accepted. */
    static int refusedStatus(HeychatEmulator emulator, String token) {
        try {
            WebSocket accepted = CLIENT.newWebSocketBuilder().connectTimeout(WAIT)
                    .buildAsync(uri(emulator, token), new Listener()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            accepted.abort();
            return fail("the handshake was accepted");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("the handshake got no answer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new AssertionError("the handshake failed without an HTTP answer: " + e.getCause(), e);
        }
    }

    /** Sends a text frame. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next text frame; fails the test when none comes in time. */
    String nextText() {
        try {
            String text = listener.texts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null) {
                return fail("no frame within " + WAIT);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame, parsed; fails the test when it is not JSON. */
    JsonNode nextFrame() {
        String text = nextText();
        return Json.parse(text).orElseThrow(() -> new AssertionError("not JSON: " + text));
    }

    /** Fails the test when a frame comes within {@link #QUIET}. */
    void assertNothingMore() {
        try {
            assertNull(listener.texts.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS), "no frame expected");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the client saw (1006 when the socket closed without a close frame); fails when it stays open. */
    int awaitClosed() {
        try {
            return listener.closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the socket did not close: " + e, e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | CompletionException e) {
                // The server may have dropped the socket already: nothing to close politely.
            }
        }
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            // The JDK client reports a socket closed without a close frame as an error.
            closed.complete(1006);
        }
    }
}
