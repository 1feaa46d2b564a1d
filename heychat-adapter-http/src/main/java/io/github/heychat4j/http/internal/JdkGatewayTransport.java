package io.github.heychat4j.http.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The gateway's link over the JDK's {@link WebSocket}, on the adapter's one {@link HttpClient}. The address
 * carries the token in its query (spec §1.3), so this class never lets it out: failures become
 * {@link GatewayTransport.HandshakeRefused} (status only) or {@link GatewayLinkFailure} (the exception's class
 * and its message with the address and token removed). The JDK delivers partial text frames as they come;
 * {@link GatewayClient} assembles them up to the policy's limit.
 */
public final class JdkGatewayTransport implements GatewayTransport {
    private final HttpClient client;
    private final GatewayAddress address;
    private final Duration connectTimeout;

    /**
     * @param client         the adapter's HTTP client
     * @param address        where to connect, with the token
     * @param connectTimeout how long the handshake may take
     */
    public JdkGatewayTransport(HttpClient client, GatewayAddress address, Duration connectTimeout) {
        this.client = client;
        this.address = address;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public CompletableFuture<Socket> open(Events events) {
        URI uri = address.withToken();
        CompletableFuture<Socket> opened = new CompletableFuture<>();
        try {
            client.newWebSocketBuilder()
                    .connectTimeout(connectTimeout)
                    .buildAsync(uri, new Relay(events))
                    .whenComplete((ws, failure) -> {
                        if (failure == null) {
                            opened.complete(new JdkSocket(ws));
                        } else {
                            opened.completeExceptionally(sanitized(failure));
                        }
                    });
        } catch (RuntimeException e) {
            opened.completeExceptionally(sanitized(e));
        }
        return opened;
    }

    private Throwable sanitized(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WebSocketHandshakeException handshake) {
                return new HandshakeRefused(handshake.getResponse().statusCode());
            }
        }
        return new GatewayLinkFailure(address.redact(t.getClass().getSimpleName() + ": " + t.getMessage()));
    }

    private final class Relay implements WebSocket.Listener {
        private final Events events;

        Relay(Events events) {
            this.events = events;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            // no request(1) here: the client asks for frames when it is ready for them
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            events.onText(data, last);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            events.onBinary(data.remaining(), last);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            events.onClosed(statusCode, address.redact(reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            events.onError(sanitized(error));
        }
    }

    private final class JdkSocket implements Socket {
        private final WebSocket ws;

        JdkSocket(WebSocket ws) {
            this.ws = ws;
        }

        @Override
        public void sendText(String text) {
            try {
                ws.sendText(text, true);
            } catch (IllegalStateException busyOrClosed) {
                // a PING while the previous one is still being written, or after close: the heartbeat copes
            }
        }

        @Override
        public void request(long n) {
            ws.request(n);
        }

        @Override
        public void abort() {
            ws.abort();
        }

        @Override
        public String toString() {
            return "gateway socket to " + address;
        }
    }

    /** A link failure, described without the gateway address. */
    public static final class GatewayLinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param description what failed, already redacted */
        public GatewayLinkFailure(String description) {
            super(description, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "JdkGatewayTransport[" + address + "]";
    }
}
