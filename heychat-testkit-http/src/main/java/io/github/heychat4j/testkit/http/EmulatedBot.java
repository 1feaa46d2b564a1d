package io.github.heychat4j.testkit.http;

import io.github.heychat4j.emulator.Gateway;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.SkipReason;
import io.github.heychat4j.testkit.RecordedBot;
import io.github.heychat4j.testkit.TestWorld;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot under test over HTTP: the production adapter, a {@link HeychatHttp}, pointed at a
 * {@link HeychatEmulator} that serves a {@link TestWorld}, its gateway listening on the emulator's WebSocket, and
 * recorded for {@link io.github.heychat4j.testkit.HeychatAssertions} ({@link RecordedBot}). What
 * {@link HeychatEmulatorTest} hands a test; usable without JUnit too:
 *
 * {@snippet :
 * TestWorld world = TestWorld.standard().build();
 * try (HeychatEmulator emulator = HeychatEmulator.builder().world(world.fake()).token("t", world.botId()).start();
 *      EmulatedBot bot = EmulatedBot.connect(emulator, "t", world)) {
 *     new Greeter(bot.http(), Map.of(world.room("测试房间"), world.channel("综合"))).subscribe();
 *     world.person("carol").joins("测试房间");          // returns once the bot has handled it, over the wire
 *     HeychatAssertions.assertSent(bot.http(), world.channel("综合"), "欢迎");
 * }
 * }
 *
 * <h2>Waiting without sleeping</h2>
 * Over HTTP the bot hears the world's people on its own threads, after their action has returned. So that the
 * testkit's people and assertions work as on the fake, {@link #awaitHandled()} (which both run) returns once the
 * bot has handled every event pushed to it so far: it pushes a marker frame after them on the bot's socket, waits
 * until the adapter has read it (the adapter reads a socket's frames in order and skips the marker, which is no
 * event: {@link io.github.heychat4j.http.GatewayEvents#skippedFrames()} counts it), then until every handler
 * task on the adapter's event executor has finished. Waits are bounded by {@link #CATCH_UP_TIMEOUT} and woken by
 * the adapter's callbacks; nothing sleeps. A bot that keeps working in the background after its handlers return
 * is not waited for.
 *
 * <p>The bot's calls are read from the journal of the emulator's world (what reached the platform's rules, once per
 * request: a retried request shows once per attempt that reached it); a request the emulator refused before that
 * (a wire fault, a malformed request) is only in {@link HeychatEmulator#requests()}.
 */
public final class EmulatedBot implements AutoCloseable {
    /** The longest a wait for the bot lasts before the test fails. */
    public static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(10);
    /** The marker frame's key; the adapter skips the frame, as its {@code type} is no string. */
    private static final String MARKER_KEY = "\"heychat4j_testkit_caught_up\":";
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Set while a handler of the bot runs: a handler that makes a person act must not wait for itself. */
    private static final ThreadLocal<Boolean> IN_HANDLER = ThreadLocal.withInitial(() -> false);

    private final HeychatEmulator emulator;
    private final TestWorld world;
    private final ExecutorService handlerThreads;
    private final Object lock = new Object();
    private final HeychatHttp http;
    private final RecordedBot recorded;
    /** Guarded by lock: handler tasks queued or running on the event executor. */
    private int running;
    /** Guarded by lock: the last marker sent, and the highest the adapter has read. */
    private long markersSent;
    private long markersRead;
    /** Guarded by lock: the gateway's state, by the adapter's callbacks. */
    private boolean connected;
    private boolean listening;
    private long links;
    private volatile boolean closed;

    private EmulatedBot(HeychatEmulator emulator, String token, TestWorld world) {
        this.emulator = emulator;
        this.world = world;
        this.handlerThreads = Executors.newCachedThreadPool(handlerThreadFactory());
        this.http = HeychatHttp.builder().token(token).bot(world.botId())
                .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri())
                // a dropped link (world.gatewayReconnects()) comes back in milliseconds, not seconds; and a drop the
                // client's socket did not notice (seen rarely: no end of stream reported for an aborted loopback
                // socket) is found by the heartbeat within 5 s, as production finds it within 50 s, well inside the
                // catch-up wait
                .gateway(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                        .withHeartbeatInterval(Duration.ofSeconds(3)).withPongTimeout(Duration.ofSeconds(2)))
                .eventExecutor(this::execute)
                .listener(new Progress())
                .build();
        this.recorded = RecordedBot.record(http, world.bot().journal(), world, this::awaitHandled);
    }

    /**
     * Connects a new {@link HeychatHttp} to an emulator, makes the emulator serve {@code world} (unless it does
     * already), records the bot for the assertions and starts its gateway.
     *
     * @param emulator a running emulator that accepts {@code token} for {@code world.botId()}
     * @param token    the bot token (a secret: never shown)
     * @param world    the world to serve; its people's actions wait for this bot from now on
     * @return the connected bot; {@link #close()} it
     * @throws IllegalArgumentException when an argument is null or blank
     * @throws io.github.heychat4j.domain.AuthenticationException when the emulator does not accept the token
     */
    public static EmulatedBot connect(HeychatEmulator emulator, String token, TestWorld world) {
        if (emulator == null) {
            throw new IllegalArgumentException("emulator: must not be null");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token: must not be blank");
        }
        if (world == null) {
            throw new IllegalArgumentException("world: must not be null");
        }
        if (emulator.world() != world.fake()) {
            emulator.replaceWorld(world.fake());
        }
        EmulatedBot bot = new EmulatedBot(emulator, token, world);
        try {
            bot.http.events().start(CATCH_UP_TIMEOUT);
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    /** The bot under test: the production HTTP adapter, to hand to the code being tested. */
    public HeychatHttp http() {
        return http;
    }

    /** The world the emulator serves. */
    public TestWorld world() {
        return world;
    }

    /** The emulator, for wire faults, the request journal and gateway faults. */
    public HeychatEmulator emulator() {
        return emulator;
    }

    /** The bot's record, as the assertions read it. */
    public RecordedBot recorded() {
        return recorded;
    }

    /**
     * Returns once the bot has handled every event pushed to it so far (see the class comment); at once when its
     * gateway is not listening (stopped, or the bot closed), and when called from one of the bot's own handlers
     * (which cannot wait for itself).
     *
     * @throws AssertionFailedError when the bot has not caught up within {@link #CATCH_UP_TIMEOUT}
     */
    public void awaitHandled() {
        if (IN_HANDLER.get()) {
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (true) {
            long marker;
            long link;
            synchronized (lock) {
                if (closed || !listening) {
                    return;
                }
                marker = ++markersSent;
                link = links;
            }
            boolean pushed = connectedNow() && emulator.gateway().push(marker(marker)) > 0;
            synchronized (lock) {
                while (true) {
                    if (closed || !listening || markersRead >= marker && running == 0) {
                        return;
                    }
                    if (links != link || !pushed && connected) {
                        break;              // the link was made again: the marker may be lost; send another
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionFailedError("the bot over HTTP did not catch up within " + CATCH_UP_TIMEOUT.toSeconds()
                                + " s: " + (markersRead < marker ? "its gateway has not read the events pushed to it"
                                + (connected ? "" : " (it is not connected)") : running + " handler task(s) still running"));
                    }
                    waitOn(left);
                }
            }
        }
    }

    private boolean connectedNow() {
        synchronized (lock) {
            return connected;
        }
    }

    private void waitOn(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while waiting for the bot over HTTP", e);
        }
    }

    private static String marker(long number) {
        return "{\"type\":{" + MARKER_KEY + number + "}}";
    }

    /** The event executor: the adapter's handler tasks, counted while queued or running. */
    private void execute(Runnable task) {
        synchronized (lock) {
            running++;
        }
        try {
            handlerThreads.execute(() -> {
                IN_HANDLER.set(true);
                try {
                    task.run();
                } finally {
                    IN_HANDLER.set(false);
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
            throw e;
        }
    }

    private void finished() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }

    /** Stops the bot's gateway and its handler threads, closes the adapter and forgets the record. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            http.close();
        } finally {
            handlerThreads.shutdownNow();
            recorded.forget();
        }
    }

    @Override
    public String toString() {
        return "EmulatedBot[bot " + world.botId() + " at " + emulator.baseUri() + "]";
    }

    private static ThreadFactory handlerThreadFactory() {
        return task -> {
            Thread thread = new Thread(task, "heychat-testkit-handler-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The adapter's callbacks that tell where its gateway is. */
    private final class Progress implements HeychatListener {
        @Override
        public void gatewayConnected(boolean reconnected) {
            synchronized (lock) {
                connected = true;
                listening = true;
                links++;
                lock.notifyAll();
            }
        }

        @Override
        public void gatewayDisconnected(GatewayDisconnect why) {
            synchronized (lock) {
                connected = false;
                if (why.kind() == GatewayDisconnect.Kind.STOPPED || why.kind() == GatewayDisconnect.Kind.AUTHENTICATION_FAILED) {
                    listening = false;
                }
                lock.notifyAll();
            }
        }

        @Override
        public void frameSkipped(SkipReason reason, String detail) {
            int at = detail.indexOf(MARKER_KEY);
            if (reason != SkipReason.NOT_AN_ENVELOPE || at < 0) {
                return;
            }
            int from = at + MARKER_KEY.length();
            int to = from;
            while (to < detail.length() && Character.isDigit(detail.charAt(to))) {
                to++;
            }
            if (to == from) {
                return;
            }
            long number = Long.parseLong(detail.substring(from, to));
            synchronized (lock) {
                markersRead = Math.max(markersRead, number);
                lock.notifyAll();
            }
        }
    }
}
