package io.github.heychat4j.http.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The gateway's WebSocket, reduced to what the connection logic needs, so that the logic (heartbeat, backoff,
 * authentication, reconnect, de-duplication, back-pressure) runs in tests over a scripted socket. The
 * production one is {@link JdkGatewayTransport}.
 */
public interface GatewayTransport {

    /**
     * Opens one link. No frame is delivered before the first {@link Socket#request}.
     *
     * @param events where the link's frames and its end go; called by one thread at a time
     * @return the open socket, or a failure: {@link HandshakeRefused} when the platform answered the handshake
     *         with an HTTP status, any other exception when it could not be reached. Failures never contain the
     *         token.
     */
    CompletableFuture<Socket> open(Events events);

    /** One open link. */
    interface Socket {
        /** Sends a text frame; a failure shows up as {@link Events#onError}. */
        void sendText(String text);

        /** Asks for {@code n} more frames (the JDK's demand; a partial frame counts as one). */
        void request(long n);

        /** Drops the link at once; no further events are delivered. */
        void abort();
    }

    /** What a link reports. */
    interface Events {
        /** A text frame, or part of one ({@code last} false for all but the final part). */
        void onText(CharSequence text, boolean last);

        /** A binary frame, or part of one. */
        void onBinary(int bytes, boolean last);

        /** The platform closed the link. */
        void onClosed(int code, String reason);

        /** The link failed. */
        void onError(Throwable error);
    }

    /** The platform answered the handshake with an HTTP status instead of switching protocols. */
    final class HandshakeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        /** @param status the HTTP status */
        public HandshakeRefused(int status) {
            super("the gateway refused the handshake with HTTP " + status, null, false, false);
            this.status = status;
        }

        /** The HTTP status. */
        public int status() {
            return status;
        }
    }
}
