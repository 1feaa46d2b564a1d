package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.internal.EventHub;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.SkipReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * The gateway connection: one link at a time to the platform's WebSocket, kept alive by {@code PING}s, made
 * again with backoff when lost; its frames read, de-duplicated and handed to {@link EventDispatch}. The
 * rules are in {@link GatewayPolicy}'s javadoc; the socket and the timers are interfaces, so every rule runs
 * in tests without a network or a real wait.
 *
 * <p>A link is <em>established</em> when its first frame arrives: a {@code PING} goes out as soon as the
 * handshake is done, so that is normally the {@code PONG}. A link the platform closes before any frame did not
 * accept the bot (spec §3.5); enough of them in a row are an authentication failure.
 *
 * <p>With an {@link EventIntake} other than {@link EventIntake#local()} the client is one replica of several: it
 * holds the platform's link only while the intake says so ({@code STANDBY} otherwise), passes each frame its link
 * receives to the intake instead of handling it, and handles the frames the intake hands it, claiming each right
 * before its handlers run and telling the intake when they are done.
 *
 * <p>Threads: the transport's reader thread reads frames (one at a time), the scheduler's thread runs timers,
 * the dispatch executor runs handlers, an intake's own threads hand frames and say when to hold the link; state
 * changes hold this object's lock.
 */
public final class GatewayClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.events");
    private static final long NEVER = Long.MIN_VALUE;

    /** What events keep fresh in the client's caches. */
    public interface KeptFresh {
        /** Nothing cached. */
        KeptFresh NONE = new KeptFresh() {
        };

        /** Someone joined a room; {@code self} when it is the bot. */
        default void memberJoined(RoomId room, boolean self) {
        }

        /** Someone left a room; {@code self} when it is the bot. */
        default void memberLeft(RoomId room, boolean self) {
        }

        /** The gateway was deaf for a while: anything events keep fresh may be stale. */
        default void reconnected() {
        }
    }

    private enum State { IDLE, STANDBY, CONNECTING, CONNECTED, WAITING, STOPPED }

    private final GatewayTransport transport;
    private final GatewayScheduler scheduler;
    private final GatewayPolicy policy;
    private final UserId self;
    private final EventHub hub;
    private final EventDispatch dispatch;
    private final Runnable releaseExecutor;
    private final HeychatListener listener;
    private final Clock clock;
    private final DoubleSupplier random;
    private final KeptFresh caches;
    private final FrameDecoder decoder;
    private final RecentKeys<String> messageIds;
    private final AtomicLong skipped = new AtomicLong();
    private final CompletableFuture<Void> firstLink = new CompletableFuture<>();
    private final EventIntake intake;
    /** Set once, on the first connect, when the intake is not local. */
    private volatile EventIntake.Relay relay;

    private State state = State.IDLE;
    private volatile Link current;
    private int attempt;
    private int earlyCloses;
    private boolean everEstablished;
    private Instant disconnectedAt;
    private GatewayScheduler.Cancellable reconnectTimer = () -> { };

    /**
     * @param transport       opens links
     * @param scheduler       timers and monotonic time
     * @param policy          the rules
     * @param self            the bot, for the own-action filter and cache invalidation
     * @param executor        runs handlers
     * @param releaseExecutor stops {@code executor} on close when the adapter owns it (else does nothing)
     * @param listener        observer (wrapped so that it cannot break the gateway)
     * @param clock           wall clock for event times
     * @param random          jitter source, values in [0, 1)
     * @param caches          what events keep fresh
     */
    public GatewayClient(GatewayTransport transport, GatewayScheduler scheduler, GatewayPolicy policy, UserId self,
                         Executor executor, Runnable releaseExecutor, HeychatListener listener, Clock clock,
                         DoubleSupplier random, KeptFresh caches) {
        this(transport, scheduler, policy, self, executor, releaseExecutor, listener, clock, random, caches, LocalIntake.INSTANCE);
    }

    /**
     * A client that takes its events through an intake shared with other replicas.
     *
     * @param transport       opens links
     * @param scheduler       timers and monotonic time
     * @param policy          the rules
     * @param self            the bot, for the own-action filter and cache invalidation
     * @param executor        runs handlers
     * @param releaseExecutor stops {@code executor} on close when the adapter owns it (else does nothing)
     * @param listener        observer (wrapped so that it cannot break the gateway)
     * @param clock           wall clock for event times
     * @param random          jitter source, values in [0, 1)
     * @param caches          what events keep fresh
     * @param intake          where events come from; {@link EventIntake#local()} for this client's own link only
     */
    public GatewayClient(GatewayTransport transport, GatewayScheduler scheduler, GatewayPolicy policy, UserId self,
                         Executor executor, Runnable releaseExecutor, HeychatListener listener, Clock clock,
                         DoubleSupplier random, KeptFresh caches, EventIntake intake) {
        this.intake = intake;
        this.transport = transport;
        this.scheduler = scheduler;
        this.policy = policy;
        this.self = self;
        this.hub = new EventHub(self, policy.deliverOwnMessages());
        this.dispatch = new EventDispatch(hub, executor, policy.maxQueuedPerChannel(), policy.maxQueued(), this::resumeReading);
        this.releaseExecutor = releaseExecutor;
        this.listener = SafeListener.of(listener);
        HeychatListener observer = this.listener;
        hub.observeFailures(failure -> observer.handlerFailed(failure.event().getClass(), failure.error()));
        this.clock = clock;
        this.random = random;
        this.caches = caches;
        this.decoder = new FrameDecoder(clock);
        this.messageIds = new RecentKeys<>(policy.recentMessageIds());
    }

    /** The hub handlers subscribe to. */
    public EventHub hub() {
        return hub;
    }

    /** Frames skipped as malformed or oversized since the client was made (duplicates are not counted). */
    public long skippedFrames() {
        return skipped.get();
    }

    /** Where the link stands now. */
    public synchronized GatewayState state() {
        return switch (state) {
            case IDLE -> GatewayState.NOT_STARTED;
            case STOPPED -> GatewayState.STOPPED;
            case STANDBY -> GatewayState.STANDBY;
            default -> isConnected() ? GatewayState.CONNECTED : GatewayState.CONNECTING;
        };
    }

    /** Whether a link is established now. */
    public synchronized boolean isConnected() {
        return state == State.CONNECTED && current != null && current.established;
    }

    /** Events waiting for handlers. */
    public int queuedEvents() {
        return dispatch.queued();
    }

    /** Starts connecting, if not yet started; returns at once. */
    public synchronized CompletableFuture<Void> connect() {
        if (state == State.STOPPED) {
            // an authentication failure stays the answer; anything else: stopped is stopped
            return firstLink.isCompletedExceptionally() ? firstLink
                    : CompletableFuture.failedFuture(new UnavailableException("the gateway is stopped"));
        }
        if (state == State.IDLE) {
            if (intake == LocalIntake.INSTANCE) {
                state = State.CONNECTING;
                openLink();
            } else {
                EventIntake.Relay attached = intake.attach(self, new Relayed(), listener);
                state = State.STANDBY;
                relay = attached;
                attached.start();
                // a replica listens as soon as it takes its share; the holder's link comes up in the background
                firstLink.complete(null);
            }
        }
        return firstLink;
    }

    private boolean shared() {
        return relay != null;
    }

    /**
     * Connects and waits for the first link.
     *
     * @param timeout how long to wait; null waits as long as it takes
     * @throws AuthenticationException when the platform refuses the token (the gateway stops)
     * @throws UnavailableException    when the timeout passes (the gateway stops) or the gateway is stopped
     */
    public void start(Duration timeout) {
        CompletableFuture<Void> first = connect();
        try {
            if (timeout == null) {
                first.get();
            } else {
                first.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            close();
            throw new UnavailableException("the gateway did not connect within " + timeout + "; it is stopped");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException auth) {
                throw new AuthenticationException(auth.getMessage(), auth);
            }
            throw new UnavailableException("the gateway is stopped", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new UnavailableException("interrupted while waiting for the gateway; it is stopped");
        }
    }

    // --- links ------------------------------------------------------------------------------------------

    private void openLink() {
        Link link = new Link();
        current = link;
        CompletableFuture<GatewayTransport.Socket> opening;
        try {
            opening = transport.open(link);
        } catch (RuntimeException e) {
            opening = CompletableFuture.failedFuture(e);
        }
        opening.whenComplete((socket, failure) -> opened(link, socket, failure));
    }

    private synchronized void opened(Link link, GatewayTransport.Socket socket, Throwable failure) {
        if (link != current || state == State.STOPPED) {
            if (socket != null) {
                socket.abort();
            }
            return;
        }
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            current = null;
            if (cause instanceof GatewayTransport.HandshakeRefused refused) {
                int status = refused.status();
                if (status == 401 || status == 403) {
                    authenticationFailed(new GatewayDisconnect(GatewayDisconnect.Kind.AUTHENTICATION_FAILED, OptionalInt.of(status),
                            "the platform refused the handshake with HTTP " + status));
                    return;
                }
                listener.gatewayDisconnected(new GatewayDisconnect(GatewayDisconnect.Kind.HANDSHAKE_FAILED, OptionalInt.of(status),
                        "HTTP " + status));
            } else {
                listener.gatewayDisconnected(new GatewayDisconnect(GatewayDisconnect.Kind.HANDSHAKE_FAILED, OptionalInt.empty(),
                        describe(cause)));
            }
            waitAndReconnect();
            return;
        }
        link.socket = socket;
        state = State.CONNECTING;
        heartbeat(link);
        if (shared() || !dispatch.readerWaiting()) {
            socket.request(1);
        }
    }

    /** Called with the lock held on the first frame of a link; returns whether the reader may go on. */
    private synchronized boolean established(Link link) {
        if (link != current || link.closed) {
            return false;
        }
        link.established = true;
        link.establishedAt = scheduler.nanoTime();
        state = State.CONNECTED;
        earlyCloses = 0;
        boolean reconnected = everEstablished;
        everEstablished = true;
        listener.gatewayConnected(reconnected);
        boolean mayRead = true;
        if (reconnected && disconnectedAt != null) {
            Instant now = clock.instant();
            caches.reconnected();
            mayRead = dispatch.offer(new GatewayReconnected(disconnectedAt, now.isBefore(disconnectedAt) ? disconnectedAt : now));
        }
        disconnectedAt = null;
        firstLink.complete(null);
        return mayRead;
    }

    private synchronized void lost(Link link, GatewayDisconnect why, boolean closedByPlatform) {
        if (link != current || link.closed || state == State.STOPPED) {
            return;
        }
        link.close();
        current = null;
        listener.gatewayDisconnected(why);
        if (link.established) {
            if (disconnectedAt == null) {
                disconnectedAt = clock.instant();
            }
            if (scheduler.nanoTime() - link.establishedAt >= policy.stableAfter().toNanos()) {
                attempt = 0;
            }
        } else if (closedByPlatform && ++earlyCloses >= policy.closesBeforeAuthenticationFailure()) {
            authenticationFailed(new GatewayDisconnect(GatewayDisconnect.Kind.AUTHENTICATION_FAILED, why.closeCode(),
                    earlyCloses + " links in a row closed by the platform before their first frame"));
            return;
        }
        waitAndReconnect();
    }

    private void authenticationFailed(GatewayDisconnect why) {
        state = State.STOPPED;
        reconnectTimer.cancel();
        listener.gatewayDisconnected(why);
        firstLink.completeExceptionally(new AuthenticationException("the gateway did not accept the bot token: " + why.detail()));
        LOG.log(System.Logger.Level.ERROR, "the gateway did not accept the bot token; it is stopped (" + why + ")");
    }

    private void waitAndReconnect() {
        state = State.WAITING;
        attempt++;
        Duration delay = backoff(attempt);
        listener.reconnectScheduled(attempt, delay);
        reconnectTimer = scheduler.schedule(delay, this::reconnect);
    }

    private synchronized void reconnect() {
        if (state == State.WAITING) {
            state = State.CONNECTING;
            openLink();
        }
    }

    /** {@code minBackoff * 2^(attempt-1)}, capped, times a factor in [1 - jitter, 1 + jitter], capped again. */
    Duration backoff(int n) {
        long min = policy.minBackoff().toNanos();
        long max = policy.maxBackoff().toNanos();
        double base = Math.min((double) max, min * Math.pow(2, Math.min(n - 1, 62)));
        double factor = 1 + policy.jitter() * (2 * random.getAsDouble() - 1);
        return Duration.ofNanos((long) Math.min(max, base * factor));
    }

    // --- heartbeat -----------------------------------------------------------------------------------------

    private synchronized void heartbeat(Link link) {
        if (link != current || link.closed) {
            return;
        }
        long now = scheduler.nanoTime();
        if (link.pingSent == NEVER || link.lastSign >= link.pingSent) {
            // no PING waiting for its answer: this one starts the PONG deadline
            link.pingSent = now;
            link.pongCheck = scheduler.schedule(policy.pongTimeout(), () -> checkPong(link));
        }
        link.socket.sendText("PING");
        link.heartbeat = scheduler.schedule(policy.heartbeatInterval(), () -> heartbeat(link));
    }

    private synchronized void checkPong(Link link) {
        if (link != current || link.closed || link.lastSign >= link.pingSent) {
            return;
        }
        long timeout = policy.pongTimeout().toNanos();
        if (!shared() && dispatch.readerWaiting()) {
            // we are the ones not reading: the PONG may be waiting behind unread events
            link.pongCheck = scheduler.schedule(policy.pongTimeout(), () -> checkPong(link));
            return;
        }
        long since = Math.max(link.pingSent, link.resumedAt);
        long waited = scheduler.nanoTime() - since;
        if (waited < timeout) {
            link.pongCheck = scheduler.schedule(Duration.ofNanos(timeout - waited), () -> checkPong(link));
            return;
        }
        lost(link, new GatewayDisconnect(GatewayDisconnect.Kind.HEARTBEAT_TIMEOUT, OptionalInt.empty(),
                "no PONG within " + policy.pongTimeout()), false);
    }

    private void resumeReading() {
        if (shared()) {
            return; // the link's frames go to the intake, never wait for handlers
        }
        Link link = current;
        if (link != null && !link.closed && link.socket != null) {
            link.resumedAt = scheduler.nanoTime();
            link.socket.request(1);
        }
    }

    // --- frames --------------------------------------------------------------------------------------------

    private void onText(Link link, CharSequence part, boolean last) {
        if (link != current || link.closed) {
            return;
        }
        if (link.oversized) {
            if (last) {
                link.oversized = false;
                skip(SkipReason.OVERSIZED, "frame larger than " + policy.maxFrameBytes() + " bytes");
            }
            next(link);
            return;
        }
        long bytes = link.partialBytes + utf8Length(part);
        if (bytes > policy.maxFrameBytes()) {
            link.partial.setLength(0);
            link.partialBytes = 0;
            if (last) {
                skip(SkipReason.OVERSIZED, "frame larger than " + policy.maxFrameBytes() + " bytes");
            } else {
                link.oversized = true; // drop the rest of it as it comes
            }
            next(link);
            return;
        }
        if (!last) {
            link.partial.append(part);
            link.partialBytes = bytes;
            next(link);
            return;
        }
        String frame;
        if (link.partial.length() == 0) {
            frame = part.toString();
        } else {
            frame = link.partial.append(part).toString();
            link.partial.setLength(0);
            link.partialBytes = 0;
        }
        if (frame(link, frame)) {
            next(link);
        }
    }

    /** Reads one whole frame; returns whether the reader may ask for the next one. */
    boolean frame(Link link, String text) {
        link.lastSign = scheduler.nanoTime();
        boolean mayRead = link.established || established(link);
        if (isPong(text)) {
            return mayRead;
        }
        FrameDecoder.Decoded decoded = decoder.decode(text);
        if (decoded instanceof FrameDecoder.Skipped s) {
            skip(s.reason(), s.detail());
            return mayRead;
        }
        FrameDecoder.Event e = (FrameDecoder.Event) decoded;
        if (e.sequence().isPresent() && !link.sequences.firstTime(e.sequence().getAsLong())) {
            listener.frameSkipped(SkipReason.DUPLICATE_FRAME, "sequence " + e.sequence().getAsLong());
            return mayRead;
        }
        EventIntake.Relay shared = relay;
        if (shared != null) {
            shared.publish(text); // handled by whichever replica takes it, this one included
            return mayRead;
        }
        String messageId = messageIdOf(e.event());
        if (messageId != null && !messageIds.firstTime(messageId)) {
            listener.frameSkipped(SkipReason.DUPLICATE_MESSAGE, "message " + messageId);
            return mayRead;
        }
        return deliver(e, EventDispatch.Delivery.DIRECT) && mayRead;
    }

    private static String messageIdOf(HeychatEvent event) {
        return event instanceof MessagePosted m ? m.id().value()
                : event instanceof CommandInvoked c ? c.message().value() : null;
    }

    /** Keeps the caches fresh, reports the event and queues it for its handlers; false when the reader must wait. */
    private boolean deliver(FrameDecoder.Event e, EventDispatch.Delivery delivery) {
        HeychatEvent event = e.event();
        if (event instanceof MemberJoined j) {
            caches.memberJoined(j.room(), j.member().id().equals(self));
        } else if (event instanceof MemberLeft l) {
            caches.memberLeft(l.room(), l.member().id().equals(self));
        }
        listener.eventReceived(e.type());
        listener.eventDecoded(event.getClass());
        if (!hub.accepts(event)) {
            delivery.end();
            return true;
        }
        return dispatch.offer(event, delivery);
    }

    /** The client's side of its intake. */
    private final class Relayed implements EventIntake.Receiver {
        @Override
        public void holdGateway() {
            synchronized (GatewayClient.this) {
                if (state == State.STANDBY) {
                    state = State.CONNECTING;
                    attempt = 0;
                    earlyCloses = 0;
                    openLink();
                }
            }
        }

        @Override
        public void releaseGateway() {
            synchronized (GatewayClient.this) {
                if (state == State.STANDBY || state == State.IDLE || state == State.STOPPED) {
                    return;
                }
                boolean wasUp = state == State.CONNECTED;
                state = State.STANDBY;
                reconnectTimer.cancel();
                Link link = current;
                current = null;
                if (link != null) {
                    link.close();
                }
                disconnectedAt = null; // not deaf: the replica that holds the gateway now hears for this one
                if (wasUp) {
                    listener.gatewayDisconnected(new GatewayDisconnect(GatewayDisconnect.Kind.STOPPED, OptionalInt.empty(),
                            "another replica holds the gateway"));
                }
            }
        }

        @Override
        public void receive(EventIntake.Frame frame) {
            FrameDecoder.Decoded decoded = decoder.decode(frame.text());
            if (decoded instanceof FrameDecoder.Skipped s) {
                skip(s.reason(), s.detail());
                frame.done();
                return;
            }
            FrameDecoder.Event e = (FrameDecoder.Event) decoded;
            deliver(e, new Claimed(frame, Optional.ofNullable(messageIdOf(e.event()))));
        }
    }

    /** A relayed frame's event: claimed right before its handlers run, done after. */
    private final class Claimed implements EventDispatch.Delivery {
        private final EventIntake.Frame frame;
        private final Optional<String> messageId;

        Claimed(EventIntake.Frame frame, Optional<String> messageId) {
            this.frame = frame;
            this.messageId = messageId;
        }

        @Override
        public boolean begin() {
            // this replica's own memory first (no round trip for the second form of a message), then every replica's
            if (messageId.isPresent() && !messageIds.firstTime(messageId.get())) {
                listener.frameSkipped(SkipReason.DUPLICATE_MESSAGE, "message " + messageId.get());
                return false;
            }
            EventIntake.Claim claim;
            try {
                claim = frame.claim(messageId);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the event intake failed to claim a frame", e);
                claim = EventIntake.Claim.LATER;
            }
            switch (claim) {
                case HANDLE -> {
                    return true;
                }
                case DUPLICATE -> listener.frameSkipped(messageId.isPresent() ? SkipReason.DUPLICATE_MESSAGE : SkipReason.DUPLICATE_FRAME,
                        messageId.map(id -> "message " + id + " (handled by a replica)").orElse("handled by a replica"));
                default -> messageId.ifPresent(messageIds::forget); // it comes again
            }
            return false;
        }

        @Override
        public void end() {
            frame.done();
        }
    }

    private static boolean isPong(String text) {
        String t = text.strip();
        return t.length() >= 4 && t.regionMatches(true, 0, "PONG", 0, 4) && t.indexOf('{') < 0;
    }

    private void skip(SkipReason reason, String detail) {
        skipped.incrementAndGet();
        listener.frameSkipped(reason, detail.length() > 200 ? detail.substring(0, 200) + "..." : detail);
    }

    private void next(Link link) {
        if (link == current && !link.closed) {
            link.socket.request(1);
        }
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    // --- stop ----------------------------------------------------------------------------------------------

    /** Stops the link, the timers and the dispatch; idempotent. Queued events are dropped. */
    @Override
    public void close() {
        EventIntake.Relay attached = relay;
        synchronized (this) {
            if (state != State.STOPPED) {
                State was = state;
                state = State.STOPPED;
                reconnectTimer.cancel();
                Link link = current;
                current = null;
                if (link != null) {
                    link.close();
                }
                if (was == State.CONNECTED || was == State.CONNECTING && link != null && link.socket != null) {
                    listener.gatewayDisconnected(new GatewayDisconnect(GatewayDisconnect.Kind.STOPPED, OptionalInt.empty(), "stopped"));
                }
            }
            firstLink.completeExceptionally(new UnavailableException("the gateway was stopped before it connected"));
        }
        if (attached != null) {
            // after the link is down (no frame is published any more), outside the lock: the intake's threads call in
            attached.close();
        }
        dispatch.close();
        scheduler.shutdown();
        releaseExecutor.run();
    }

    @Override
    public synchronized String toString() {
        return "GatewayClient[" + state + ", " + transport + "]";
    }

    /** One link: its socket, its frame assembly and its heartbeat. Fields are touched by the reader or under the lock. */
    final class Link implements GatewayTransport.Events {
        volatile GatewayTransport.Socket socket;
        volatile boolean closed;
        volatile boolean established;
        long establishedAt;
        volatile long lastSign = NEVER;
        long pingSent = NEVER;
        volatile long resumedAt = NEVER;
        GatewayScheduler.Cancellable heartbeat = () -> { };
        GatewayScheduler.Cancellable pongCheck = () -> { };
        final StringBuilder partial = new StringBuilder();
        long partialBytes;
        boolean oversized;
        final RecentKeys<Long> sequences = new RecentKeys<>(4096);

        void close() {
            closed = true;
            heartbeat.cancel();
            pongCheck.cancel();
            if (socket != null) {
                socket.abort();
            }
        }

        @Override
        public void onText(CharSequence text, boolean last) {
            GatewayClient.this.onText(this, text, last);
        }

        @Override
        public void onBinary(int bytes, boolean last) {
            if (this != current || closed) {
                return;
            }
            if (last) {
                skip(SkipReason.BINARY, "binary frame");
            }
            next(this);
        }

        @Override
        public void onClosed(int code, String reason) {
            lost(this, new GatewayDisconnect(GatewayDisconnect.Kind.CLOSED_BY_PLATFORM, OptionalInt.of(code),
                    reason == null ? "" : reason), true);
        }

        @Override
        public void onError(Throwable error) {
            lost(this, new GatewayDisconnect(GatewayDisconnect.Kind.FAILED, OptionalInt.empty(), describe(error)), false);
        }
    }
}
