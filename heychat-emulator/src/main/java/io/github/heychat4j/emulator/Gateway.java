package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.internal.GatewayHub;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The WebSocket gateway of one {@link HeychatEmulator} (spec §5), at {@link HeychatEmulator#gatewayUri()}:
 * a bot connects with its token in the {@code token} query parameter, sends {@code PING} and hears
 * {@code PONG}, and receives every event of its rooms as a frame of the platform's envelope with a
 * sequence that starts at 1 on each connection. The people of the world act through the
 * {@link HeychatEmulator#world() world} (or the admin API), and each connected bot hears it.
 *
 * <p>This object tells who is connected and injects gateway faults. Thread-safe.
 * {@snippet :
 * Gateway gateway = emulator.gateway();
 * assertTrue(gateway.awaitConnections(1, Duration.ofSeconds(5)));
 * gateway.silencePings();               // the bot's heartbeat goes unanswered
 * gateway.duplicateFrames(1);           // the next frame arrives twice, same sequence
 * gateway.dropConnections();            // every socket closes abruptly
 * gateway.refuseHandshakes(503, 2);     // and the next two reconnects are refused
 * gateway.clearFaults();
 * }
 */
public final class Gateway {

    private final GatewayHub hub;

    Gateway(GatewayHub hub) {
        this.hub = hub;
    }

    /** How many bot connections are open, counting those whose handshake was just accepted. */
    public int connections() {
        return hub.connections();
    }

    /** The bot of each open connection, in the order they connected. */
    public List<UserId> connectedBots() {
        return hub.connectedBots();
    }

    /**
     * Waits until exactly {@code count} connections are open.
     *
     * @return false when {@code timeout} passed first
     */
    public boolean awaitConnections(int count, Duration timeout) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative, got " + count);
        }
        return hub.awaitConnections(count, Objects.requireNonNull(timeout, "timeout"));
    }

    /** The form in which posted messages are pushed. */
    public MessageForm messageForm() {
        return hub.messageForm();
    }

    /** Pushes posted messages in this form from the next one on. */
    public void messageForm(MessageForm form) {
        hub.messageForm(form);
    }

    /**
     * Sends a frame, as it is, to every connection: for frames the world cannot produce (an unknown type,
     * a field left out). It takes no sequence number of its own: put one in the text if the frame needs it.
     *
     * @return how many connections it went to
     */
    public int push(String frame) {
        return hub.pushRaw(Objects.requireNonNull(frame, "frame"), Optional.empty());
    }

    /** Closes every socket now, without a close frame, as a network failure would; returns how many. */
    public int dropConnections() {
        return hub.dropConnections();
    }

    /** Sends every connection a frame that is not valid JSON, now; returns how many. */
    public int sendMalformedFrame() {
        return hub.sendMalformedFrame();
    }

    /** Stops answering {@code PING} until {@link #clearFaults()}: the bot's heartbeat times out. */
    public void silencePings() {
        hub.silencePings();
    }

    /** The next {@code times} frames sent, on whichever connection, go out twice with the same {@code sequence}. */
    public void duplicateFrames(int times) {
        hub.duplicateFrames(times);
    }

    /**
     * Refuses the next {@code times} handshakes with an HTTP status instead of upgrading them.
     *
     * @param status 401 (as for a bad token) or 503 (the gateway is unavailable)
     * @param times  how many, at least 1
     */
    public void refuseHandshakes(int status, int times) {
        hub.refuseHandshakes(status, times);
    }

    /** The faults waiting or in force (immediate ones, such as dropping the sockets, are not listed). */
    public List<GatewayFault> faults() {
        return hub.faults();
    }

    /** Forgets every fault waiting or in force. */
    public void clearFaults() {
        hub.clearFaults();
    }

    /**
     * What the gateway failed to do that it never should (an event it could not turn into a frame), each
     * also logged. A test should expect this to be empty: the emulator does not hide its own bugs.
     */
    public List<String> failures() {
        return hub.failures();
    }

    @Override
    public String toString() {
        return "Gateway[" + connections() + " connections]";
    }
}
