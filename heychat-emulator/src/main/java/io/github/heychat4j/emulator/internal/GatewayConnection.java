package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.emulator.MessageForm;
import io.github.heychat4j.fake.FakeWorld;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One bot's gateway connection. It exists, and hears the world, from the moment its handshake is
 * accepted, before the 101 answer goes out: a frame for an event that happens before the socket opens
 * is kept and sent first when it opens, so a client that saw its handshake complete misses nothing.
 *
 * <p>Frames are sent with Jetty's asynchronous send, under this connection's lock, so the thread that
 * acted in the world (which delivers the event) never waits for the network, and the frames of one
 * connection leave in the order of their {@code sequence} (Jetty puts each frame in its flusher's queue in
 * call order and never refuses a second send while one is pending, so no queue of our own is needed). A
 * connection whose upgrade fails after the handshake was accepted stays counted until Jetty reports an error.
 *
 * <p>Public only because Jetty calls its listener methods through method handles; the package is
 * exported to Jetty alone.
 */
public final class GatewayConnection implements Session.Listener.AutoDemanding {

    private static final System.Logger LOG = System.getLogger(GatewayConnection.class.getName());

    private final UserId bot;
    private final GatewayHub hub;
    private final Object lock = new Object();
    /** Frames sent before the socket opened; guarded by {@link #lock}. */
    private final List<String> early = new ArrayList<>();
    /** Guarded by {@link #lock}. */
    private Session session;
    /** Guarded by {@link #lock}. */
    private long sequence;
    /** Guarded by {@link #lock}: dropped, closed or failed; nothing more is sent. */
    private boolean ended;
    /** Guarded by {@link #lock}: the connection was dropped before its socket opened. */
    private boolean dropOnOpen;
    /** Guarded by {@link #lock}: how many messages took the alternating form's turn. */
    private long messages;
    /** Guarded by the hub's lock. */
    private Subscription subscription;
    /** Guarded by the hub's lock. */
    private FakeWorld world;

    GatewayConnection(UserId bot, GatewayHub hub) {
        this.bot = bot;
        this.hub = hub;
    }

    UserId bot() {
        return bot;
    }

    /** Hears {@code newWorld} from now on instead of the world heard so far; call holding the hub's lock. */
    void listenTo(FakeWorld newWorld) {
        if (subscription != null) {
            subscription.cancel();
        }
        world = newWorld;
        // The event is encoded with the world it came from, even if another is served by then.
        subscription = newWorld.observe(bot, event -> deliver(event, newWorld));
    }

    /** Whether it listens to this world; call holding the hub's lock. */
    boolean listensTo(FakeWorld candidate) {
        return world == candidate;
    }

    /** Stops listening to the world; call holding the hub's lock. */
    void stopListening() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /** An event of the world heard by this bot; runs on the acting thread and must neither block nor throw. */
    private void deliver(HeychatEvent event, FakeWorld from) {
        if (event instanceof GatewayReconnected) {
            // the world says this bot's link blinked (FakeWorld.gatewayReconnected): over the wire that is a
            // dropped socket; the client reconnects and tells itself, as with the real platform
            drop();
            return;
        }
        try {
            Optional<FrameEncoder.OutFrame> frame = FrameEncoder.encode(event, bot, nextMessageNested(event), from);
            frame.ifPresent(this::send);
        } catch (RuntimeException e) {
            hub.failed("encoding " + event.getClass().getSimpleName() + " for bot " + bot, e);
        }
    }

    /** Whether a posted message goes out nested, by the hub's form (and this connection's turn when alternating). */
    private boolean nextMessageNested(HeychatEvent event) {
        MessageForm form = hub.messageForm();
        if (form != MessageForm.ALTERNATE) {
            return form == MessageForm.NESTED;
        }
        if (!(event instanceof MessagePosted)) {
            return false;
        }
        synchronized (lock) {
            return messages++ % 2 == 1;
        }
    }

    /** Sends a frame: an envelope takes the next sequence (and goes twice when a duplicate fault is waiting). */
    void send(FrameEncoder.OutFrame frame) {
        synchronized (lock) {
            if (ended) {
                return;
            }
            String text = frame.text(frame.sequenced() ? ++sequence : 0);
            sendLocked(text);
            if (frame.sequenced() && hub.takeDuplicate()) {
                sendLocked(text);
            }
        }
    }

    /** Sends text as it is (a raw or malformed frame, {@code PONG}), taking no sequence. */
    void sendText(String text) {
        synchronized (lock) {
            if (!ended) {
                sendLocked(text);
            }
        }
    }

    private void sendLocked(String text) {
        if (session == null) {
            early.add(text);
            return;
        }
        session.sendText(text, Callback.from(() -> { }, this::sendFailed));
    }

    private void sendFailed(Throwable cause) {
        boolean open;
        synchronized (lock) {
            open = !ended && session != null && session.isOpen();
        }
        // A client that went away makes sends fail; only a failure on an open socket is news.
        LOG.log(open ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                () -> "gateway: a frame to bot " + bot + " was not sent: " + cause, open ? cause : null);
    }

    /** Closes the socket abruptly, without a close frame (the gateway fault "drop"). */
    void drop() {
        end(Session::disconnect);
    }

    /** Closes the socket with a close frame. */
    void close(int code, String reason) {
        end(open -> open.close(code, reason, Callback.NOOP));
    }

    /** Ends the connection {@code how} if the socket is open; one not open yet is dropped as soon as it opens. */
    private void end(Consumer<Session> how) {
        synchronized (lock) {
            ended = true;
            early.clear();
            if (session == null) {
                dropOnOpen = true;
            } else {
                how.accept(session);
            }
        }
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        synchronized (lock) {
            session = opened;
            if (dropOnOpen) {
                opened.disconnect();
                return;
            }
            for (String text : early) {
                sendLocked(text);
            }
            early.clear();
        }
    }

    @Override
    public void onWebSocketText(String text) {
        // spec §5.2: the client's heartbeat is the text PING (some clients send it in lower case)
        if (text.strip().toUpperCase(Locale.ROOT).equals("PING") && !hub.pingsSilenced()) {
            sendText("PONG");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        ended();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.log(System.Logger.Level.DEBUG, () -> "gateway: the connection of bot " + bot + " failed: " + cause);
        ended();
    }

    private void ended() {
        synchronized (lock) {
            ended = true;
            early.clear();
        }
        hub.remove(this);
    }

    @Override
    public String toString() {
        return "gateway connection of bot " + bot;
    }
}
