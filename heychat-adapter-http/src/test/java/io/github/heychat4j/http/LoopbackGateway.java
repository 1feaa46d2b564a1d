package io.github.heychat4j.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A minimal WebSocket gateway on loopback (an OS-chosen port) for the real-socket tests: it checks the token in
 * the query, answers {@code PING} with {@code PONG}, sends what the test tells it to, and can refuse handshakes
 * or drop links. Server-side failures are recorded and fail the test through {@link #failures}.
 */
public final class LoopbackGateway implements AutoCloseable {
    static final String PATH = "/chatroom/ws/connect";

    private final String token;
    private final Server server = new Server();
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final List<String> welcome = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile int refusalStatus;

    LoopbackGateway(String token) {
        this.token = token;
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping(PATH, (request, response, callback) -> {
            Map<String, String> query = parse(request.getHttpURI().getQuery());
            handshakes.add(query);
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || !token.equals(query.get("token"))) {
                Response.writeError(request, response, callback, refusalStatus == 0 ? 401 : refusalStatus);
                return null;
            }
            return new Link();
        })));
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the loopback gateway did not start", e);
        }
    }

    /** The gateway endpoint, e.g. {@code ws://127.0.0.1:41234/chatroom/ws/connect}. */
    URI uri() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("ws://127.0.0.1:" + port + PATH);
    }

    /** Refuses the next {@code times} handshakes with {@code status}. */
    void refuse(int times, int status) {
        refusalStatus = status;
        refusals.set(times);
    }

    /** Sends a frame to every open link. */
    void broadcast(String frame) {
        sessions.forEach(s -> s.sendText(frame, Callback.NOOP));
    }

    /** Closes every open link from the server's side. */
    void dropLinks() {
        sessions.forEach(s -> s.close(1001, "going away", Callback.NOOP));
    }

    private static Map<String, String> parse(String query) {
        return Stream.of(query == null ? new String[0] : query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> b));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            failures.add(e);
        }
    }

    /** One link, seen from the server (public: Jetty calls it through method handles). */
    public final class Link implements Session.Listener.AutoDemanding {
        private Session session;

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
            sessions.add(opened);
            welcome.forEach(frame -> opened.sendText(frame, Callback.NOOP));
        }

        @Override
        public void onWebSocketText(String text) {
            if (text.equalsIgnoreCase("PING")) {
                session.sendText("PONG", Callback.NOOP);
            } else {
                failures.add(new AssertionError("the client sent an unexpected frame: " + text));
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            sessions.remove(session);
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            sessions.remove(session);
        }
    }

}
