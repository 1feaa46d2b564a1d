package io.github.heychat4j.http;

import io.github.heychat4j.domain.internal.Checks;
import java.util.OptionalInt;

/**
 * Why the link to the platform's gateway went down, as {@link HeychatListener#gatewayDisconnected} reports it.
 * Never contains the bot token: the detail is the adapter's own words, a close reason from the platform, or an
 * exception's class and message with the gateway address removed.
 *
 * @param kind      what happened
 * @param closeCode the WebSocket close code, when the platform closed the link (or the handshake's HTTP status,
 *                  for {@link Kind#HANDSHAKE_FAILED} and {@link Kind#AUTHENTICATION_FAILED} when there was one)
 * @param detail    a short description, may be empty
 */
public record GatewayDisconnect(Kind kind, OptionalInt closeCode, String detail) {
    /** Validates that nothing is null. */
    public GatewayDisconnect {
        Checks.notNull("kind", kind);
        Checks.notNull("closeCode", closeCode);
        Checks.notNull("detail", detail);
    }

    /** What took the link down. */
    public enum Kind {
        /** The handshake could not be completed (no connection, TLS, an HTTP status other than 401/403). */
        HANDSHAKE_FAILED,
        /** The platform refused the token: 401/403 at the handshake, or links closed before their first frame. */
        AUTHENTICATION_FAILED,
        /** The platform closed the link. */
        CLOSED_BY_PLATFORM,
        /** The link failed (an I/O or protocol error). */
        FAILED,
        /** No {@code PONG} came within the policy's timeout. */
        HEARTBEAT_TIMEOUT,
        /** The bot stopped the gateway. */
        STOPPED
    }

    @Override
    public String toString() {
        return kind + closeCode.stream().mapToObj(c -> " " + c).findFirst().orElse("") + (detail.isEmpty() ? "" : ": " + detail);
    }
}
