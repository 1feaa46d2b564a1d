package io.github.heychat4j.http;

/** Why a gateway frame was not delivered, as {@link HeychatListener#frameSkipped} reports it. */
public enum SkipReason {
    /** Larger than {@link GatewayPolicy#maxFrameBytes()}. */
    OVERSIZED,
    /** A binary frame; the platform sends text. */
    BINARY,
    /** Not JSON (and not a {@code PONG}). */
    NOT_JSON,
    /** JSON, but not the platform's envelope: no {@code type}, or no {@code data} object for a known type. */
    NOT_AN_ENVELOPE,
    /** A known event type whose {@code data} does not read as that event. */
    UNREADABLE_EVENT,
    /** A {@code sequence} already seen on this connection: the platform sent the frame twice. */
    DUPLICATE_FRAME,
    /** A message id already delivered, as a command or as a message (spec §5.4: types 50 and 5 can both come). */
    DUPLICATE_MESSAGE;

    /** Whether the frame was broken (as opposed to a duplicate, which is expected and harmless). */
    public boolean isMalformed() {
        return this != DUPLICATE_FRAME && this != DUPLICATE_MESSAGE;
    }
}
