package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.GatewayFault;
import io.github.heychat4j.emulator.MessageForm;
import io.github.heychat4j.emulator.RecordedRequest;
import io.github.heychat4j.fake.FakeWorld;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway (spec §5): accepts handshakes on {@value #PATH} (the bot's token in the {@code token} query
 * parameter), keeps each bot's connections listening to the world served, and holds the gateway faults.
 *
 * <p>Handshakes are recorded in the request journal like REST requests, with the token replaced by
 * {@code ****}; the status recorded is 101 for an accepted one. When the world is replaced (seed, reset,
 * replace), open connections stay open and listen to the new world; a connection whose bot is no longer
 * a bot with an accepted token is closed with 1008 (policy violation).
 */
public final class GatewayHub implements WebSocketCreator {

    /** The gateway's path. */
    public static final String PATH = "/chatroom/ws/connect";
    /** How long a silent connection stays open: four missed heartbeats of 30 s. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);
    /** The largest text a client may send; clients send only {@code PING}. */
    public static final int MAX_INCOMING_TEXT = 64 * 1024;

    /** The first half of a well-formed frame: never valid JSON, the object is not closed. */
    private static final String MALFORMED_FRAME = "{\"sequence\":0,\"type\":\"5\",\"timestamp\":0,\"data\":{\"msg_id\":";

    private final ServedWorld served;
    private final RequestLog log;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; notified when it changes. */
    private final Set<GatewayConnection> connections = new LinkedHashSet<>();
    private final UnexpectedErrors errors;
    private final AtomicInteger duplicates = new AtomicInteger();
    private volatile MessageForm form;
    private volatile boolean pingsSilenced;
    /** Guarded by {@link #lock}. */
    private int refusals;
    /** Guarded by {@link #lock}. */
    private int refusalStatus;

    /**
     * @param served the world and the accepted tokens
     * @param log    the request journal, which records handshakes too
     * @param form   the form of posted messages to start with
     * @param errors where the gateway's own failures are logged and kept
     */
    public GatewayHub(ServedWorld served, RequestLog log, MessageForm form, UnexpectedErrors errors) {
        this.served = served;
        this.log = log;
        this.errors = Objects.requireNonNull(errors, "errors");
        this.form = Objects.requireNonNull(form, "form");
        served.whenSwapped(this::worldSwapped);
    }

    // ------------------------------------------------------------------ handshake

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        // The token is no longer in the URI (GatewayTokenHandler): Jetty cannot log it.
        QueryParams query;
        Optional<String> token;
        try {
            query = QueryParams.parse(request.getHttpURI().getQuery());
            token = GatewayTokenHandler.token(request);
        } catch (BadRequest e) {
            return refuse(Map.of(), response, callback, Reply.badRequest(e));
        }
        Map<String, String> recorded = RequestLog.redacted(query, token.isPresent());
        int refusal = takeRefusal();
        if (refusal != 0) {
            return refuse(recorded, response, callback,
                    Reply.failed(refusal, refusal == 401 ? Reply.TOKEN_INVALID : Reply.SERVER_ERROR));
        }
        Optional<UserId> bot = served.botFor(token.orElse(null));
        if (bot.isEmpty()) {
            return refuse(recorded, response, callback, Reply.failed(401, Reply.TOKEN_INVALID));
        }
        Optional<GatewayConnection> connection = register(bot.get());
        if (connection.isEmpty()) {
            return refuse(recorded, response, callback, Reply.failed(401, Reply.TOKEN_INVALID));
        }
        log.add(new RecordedRequest("GET", PATH, recorded, "", 101));
        return connection.get();
    }

    /** Answers the handshake with an HTTP error in the platform's envelope instead of upgrading it. */
    private Object refuse(Map<String, String> recorded, ServerUpgradeResponse response, Callback callback, Reply reply) {
        log.add(new RecordedRequest("GET", PATH, recorded, "", reply.status()));
        EmulatorHandler.send(response, callback, reply);
        return null;
    }

    private int takeRefusal() {
        synchronized (lock) {
            if (refusals == 0) {
                return 0;
            }
            refusals--;
            return refusalStatus;
        }
    }

    /** A connection for {@code bot}, listening to the world before its handshake is answered; empty for a non-bot. */
    private Optional<GatewayConnection> register(UserId bot) {
        synchronized (lock) {
            GatewayConnection connection = new GatewayConnection(bot, this);
            try {
                connection.listenTo(served.world());
            } catch (IllegalArgumentException notABot) {
                // A token given for a user the world does not know as a bot: the REST API refuses it too.
                return Optional.empty();
            }
            connections.add(connection);
            lock.notifyAll();
            return Optional.of(connection);
        }
    }

    /** The connection ended: it stops listening and is no longer counted. Harmless when already removed. */
    void remove(GatewayConnection connection) {
        synchronized (lock) {
            connection.stopListening();
            if (connections.remove(connection)) {
                lock.notifyAll();
            }
        }
    }

    private void worldSwapped() {
        List<GatewayConnection> orphans = new ArrayList<>();
        synchronized (lock) {
            FakeWorld world = served.world();
            for (GatewayConnection connection : connections) {
                if (connection.listensTo(world)) {
                    continue;
                }
                boolean stillAccepted = served.tokens().containsValue(connection.bot());
                try {
                    if (stillAccepted) {
                        connection.listenTo(world);
                        continue;
                    }
                } catch (IllegalArgumentException notABotThere) {
                    // handled below with the others the new world does not know
                }
                connection.stopListening();
                orphans.add(connection);
            }
            connections.removeAll(orphans);
            lock.notifyAll();
        }
        // Closing sends a frame: done without the hub's lock, like every other send.
        orphans.forEach(c -> c.close(1008, "the bot is not in the world served now"));
    }

    // ------------------------------------------------------------------ connections

    private List<GatewayConnection> snapshot() {
        synchronized (lock) {
            return List.copyOf(connections);
        }
    }

    /** How many connections are open (or opening: their handshake was accepted). */
    public int connections() {
        synchronized (lock) {
            return connections.size();
        }
    }

    /** The bots connected, one entry per connection, in the order they connected. */
    public List<UserId> connectedBots() {
        return snapshot().stream().map(GatewayConnection::bot).toList();
    }

    /** Waits until exactly {@code count} connections are open; false when the time ran out first. */
    public boolean awaitConnections(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (connections.size() != count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Sends text as it is to every connection (or to {@code bot}'s); how many connections it went to. */
    public int pushRaw(String frame, Optional<UserId> bot) {
        List<GatewayConnection> to = snapshot().stream().filter(c -> bot.map(c.bot()::equals).orElse(true)).toList();
        to.forEach(c -> c.sendText(frame));
        return to.size();
    }

    // ------------------------------------------------------------------ message form

    /** The form of posted messages. */
    public MessageForm messageForm() {
        return form;
    }

    /** Sets the form of posted messages from the next message on. */
    public void messageForm(MessageForm newForm) {
        this.form = Objects.requireNonNull(newForm, "form");
    }

    // ------------------------------------------------------------------ faults

    /** Closes every socket now, without a close frame; returns how many. */
    public int dropConnections() {
        List<GatewayConnection> dropped;
        synchronized (lock) {
            dropped = List.copyOf(connections);
            dropped.forEach(GatewayConnection::stopListening);
            connections.clear();
            lock.notifyAll();
        }
        dropped.forEach(GatewayConnection::drop);
        return dropped.size();
    }

    /** Sends every connection a frame that is not valid JSON, now; returns how many. */
    public int sendMalformedFrame() {
        return pushRaw(MALFORMED_FRAME, Optional.empty());
    }

    /** Stops answering {@code PING} until the faults are cleared. */
    public void silencePings() {
        pingsSilenced = true;
    }

    boolean pingsSilenced() {
        return pingsSilenced;
    }

    /** The next {@code times} frames sent, on whichever connection, go out twice. */
    public void duplicateFrames(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, got " + times);
        }
        duplicates.addAndGet(times);
    }

    /** Whether the frame being sent is to go twice; uses one duplication. */
    boolean takeDuplicate() {
        return duplicates.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** The next {@code times} handshakes are refused with {@code status} (401 or 503). */
    public void refuseHandshakes(int status, int times) {
        // The listed fault's checks are the one rule for the status and the count.
        new GatewayFault.RefusedHandshakes(status, times);
        synchronized (lock) {
            refusalStatus = status;
            refusals = times;
        }
    }

    /** The faults waiting or in force. */
    public List<GatewayFault> faults() {
        List<GatewayFault> active = new ArrayList<>();
        if (pingsSilenced) {
            active.add(new GatewayFault.SilentPings());
        }
        int doubled = duplicates.get();
        if (doubled > 0) {
            active.add(new GatewayFault.DuplicateFrames(doubled));
        }
        synchronized (lock) {
            if (refusals > 0) {
                active.add(new GatewayFault.RefusedHandshakes(refusalStatus, refusals));
            }
        }
        return List.copyOf(active);
    }

    /** Forgets every fault waiting or in force. */
    public void clearFaults() {
        pingsSilenced = false;
        duplicates.set(0);
        synchronized (lock) {
            refusals = 0;
        }
    }

    // ------------------------------------------------------------------ the gateway's own failures

    /** How the gateway's own failures begin among the emulator's unexpected errors. */
    private static final String GATEWAY = "gateway: ";

    /**
     * The gateway failed where it never should (an event it could not encode): logged and recorded, so a
     * test sees it instead of a frame silently missing.
     */
    void failed(String what, RuntimeException e) {
        errors.record(GATEWAY + what, e);
    }

    /** What the gateway failed to do, oldest first (see {@link #failed}). */
    public List<String> failures() {
        return errors.matching(d -> d.startsWith(GATEWAY));
    }
}
