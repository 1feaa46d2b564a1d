package io.github.heychat4j.emulator;

/**
 * A gateway fault that is waiting or in force, as {@link Gateway#faults()} lists it. Faults that act at
 * once (dropping every socket, sending a malformed frame) are not listed: they are over when the call
 * returns.
 */
public sealed interface GatewayFault {

    /** The gateway reads {@code PING} but does not answer {@code PONG}, until the faults are cleared. */
    record SilentPings() implements GatewayFault {
    }

    /**
     * The next frames the gateway sends, on whichever connection, go out twice with the same {@code sequence}.
     *
     * @param remaining how many frames are still to be doubled, at least 1
     */
    record DuplicateFrames(int remaining) implements GatewayFault {
        /** Validates the count. */
        public DuplicateFrames {
            if (remaining < 1) {
                throw new IllegalArgumentException("remaining: must be at least 1, got " + remaining);
            }
        }
    }

    /**
     * The next handshakes are refused with an HTTP status instead of upgraded.
     *
     * @param status    401 (the token is refused) or 503 (the gateway is unavailable)
     * @param remaining how many handshakes are still to be refused, at least 1
     */
    record RefusedHandshakes(int status, int remaining) implements GatewayFault {
        /** Validates the status and the count. */
        public RefusedHandshakes {
            if (status != 401 && status != 503) {
                throw new IllegalArgumentException("status: must be 401 or 503, got " + status);
            }
            if (remaining < 1) {
                throw new IllegalArgumentException("remaining: must be at least 1, got " + remaining);
            }
        }
    }
}
