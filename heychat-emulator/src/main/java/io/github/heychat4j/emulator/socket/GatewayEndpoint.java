package io.github.heychat4j.emulator.socket;

import org.eclipse.jetty.websocket.api.Session;

import java.util.Objects;

/**
 * What Jetty sees of one bot's gateway connection: it hands every socket callback to the emulator's own connection.
 *
 * <p>Not for bots or tests to use. It exists because Jetty finds an endpoint's listener methods through
 * {@code MethodHandles.publicLookup()}, which on the module path reaches only public classes of packages exported to
 * everyone; the emulator's connection stays in its internal package (exported to no one) and is called from here as
 * plain Java. Without it, the gateway's upgrade fails with an {@code IllegalAccessException} on the module path.
 */
public final class GatewayEndpoint implements Session.Listener.AutoDemanding {
    private final Session.Listener.AutoDemanding connection;

    /**
     * The endpoint of {@code connection}.
     *
     * @param connection the emulator's connection, which handles every callback
     */
    public GatewayEndpoint(Session.Listener.AutoDemanding connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void onWebSocketOpen(Session session) {
        connection.onWebSocketOpen(session);
    }

    @Override
    public void onWebSocketText(String text) {
        connection.onWebSocketText(text);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        connection.onWebSocketClose(statusCode, reason);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        connection.onWebSocketError(cause);
    }

    @Override
    public String toString() {
        return connection.toString();
    }
}
