package io.github.heychat4j.redis.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.HeychatListener;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client's share of its bot's events through Redis.
 *
 * <ul>
 *   <li><b>Lease</b> {@code heychat4j:<bot>:gateway}, value the replica's name: taken when absent ({@code SET NX PX}
 *       in effect) and renewed by its holder only (compare, then {@code PEXPIRE}, in one script), every third of
 *       the lease; released on close (compare, then {@code DEL}). Only the holder connects to the platform.</li>
 *   <li><b>Stream</b> {@code heychat4j:<bot>:events}: the holder adds each frame ({@code XADD MAXLEN ~}).</li>
 *   <li><b>Group</b> {@code heychat4j} on it, consumer the replica's name: every replica reads its share
 *       ({@code XREADGROUP}), at most {@link #IN_FLIGHT} frames not done at a time, and acknowledges a frame
 *       ({@code XACK}) once its handlers have run.</li>
 *   <li><b>Claim</b>: entries taken but not acknowledged for {@code claimAfter} (their replica died, or Redis
 *       was away when it claimed them) are claimed again ({@code XAUTOCLAIM}) by whichever replica looks first.</li>
 *   <li><b>De-duplication</b>: right before its handlers run an event is claimed in
 *       {@code heychat4j:<bot>:handled:message:<id>} (messages and commands) or {@code ...:handled:entry:<entry id>}
 *       ({@code SET NX PX handledMemory}); a second claim (a redelivered entry, the other form of a message) is a
 *       duplicate and is acknowledged without running the handlers.</li>
 *   <li><b>Redis away</b>: the holder keeps the gateway (its renewals fail; nobody else can take the lease) and
 *       hands the frames it cannot add to its own handlers; the others hand out nothing; a frame whose claim
 *       fails is not handled now and stays pending, to be claimed again when Redis is back. Reported once per
 *       change through {@link HeychatListener#coordinationChanged} as part {@value EventIntake#PART}.</li>
 * </ul>
 * Threads: one for the lease, one that reads (on its own connection, as {@code XREADGROUP BLOCK} holds a
 * connection); both stop on close.
 */
public final class StreamRelay implements EventIntake.Relay {
    /** Frames handed to the client and not done yet, at most: the client's queues stay short. */
    static final int IN_FLIGHT = 256;
    private static final int BATCH = 64;
    private static final String GROUP = "heychat4j";
    private static final String FIELD = "frame";
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.redis");
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Takes the lease when free, renews it when ours: 1 when we hold it now, 0 when another does. */
    private static final String TAKE_OR_RENEW = """
            local holder = redis.call('GET', KEYS[1])
            if holder == false then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            elseif holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """;
    /** Deletes the lease when ours. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    /**
     * The relay's times.
     *
     * @param lease         how long the gateway lease lasts unless renewed (renewed every third of it)
     * @param claimAfter    how long an entry may stay taken and not acknowledged before it is claimed again
     * @param maxLength     about how many entries the stream keeps
     * @param handledMemory how long a claimed event is remembered (longer than {@code claimAfter})
     * @param timeout       how long one Redis command may take; a blocking read waits half of it
     */
    public record Timing(Duration lease, Duration claimAfter, long maxLength, Duration handledMemory, Duration timeout) {
    }

    private final RedisLink link;
    private final StatefulRedisConnection<String, byte[]> shared;
    private final String replica;
    private final EventIntake.Receiver receiver;
    private final HeychatListener listener;
    private final Timing timing;
    private final java.util.function.Consumer<StreamRelay> onClose;
    private final String leaseKey;
    private final String streamKey;
    private final String handledKey;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicBoolean away = new AtomicBoolean();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final ScheduledExecutorService leaseTimer;
    private final Thread reader;
    private volatile boolean closed;
    private volatile boolean halted;
    private volatile StatefulRedisConnection<String, byte[]> reading;
    /** Guarded by this. */
    private boolean holding;

    StreamRelay(RedisLink link, UserId bot, String replica, EventIntake.Receiver receiver, HeychatListener listener,
                Timing timing, java.util.function.Consumer<StreamRelay> onClose) {
        this.link = link;
        this.shared = link.connection();
        this.replica = replica;
        this.receiver = receiver;
        this.listener = listener;
        this.timing = timing;
        this.onClose = onClose;
        String prefix = "heychat4j:" + bot.value() + ":";
        this.leaseKey = prefix + "gateway";
        this.streamKey = prefix + "events";
        this.handledKey = prefix + "handled:";
        int n = THREADS.incrementAndGet();
        this.leaseTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heychat4j-redis-lease-" + n);
            t.setDaemon(true);
            return t;
        });
        this.reader = new Thread(this::read, "heychat4j-redis-events-" + n);
        reader.setDaemon(true);
    }

    @Override
    public void start() {
        long period = Math.max(1, timing.lease().toMillis() / 3);
        leaseTimer.scheduleWithFixedDelay(this::leaseTick, 0, period, TimeUnit.MILLISECONDS);
        reader.start();
    }

    // --- the lease -------------------------------------------------------------------------------------------

    private void leaseTick() {
        if (closed) {
            return;
        }
        long held;
        try {
            held = shared.sync().eval(TAKE_OR_RENEW, ScriptOutputType.INTEGER, new String[] {leaseKey},
                    bytes(replica), bytes(Long.toString(timing.lease().toMillis())));
        } catch (RuntimeException e) {
            if (!closed) {
                // the holder keeps the gateway, a standby stays one: nobody can take the lease while Redis is away
                lost("the gateway lease", e);
            }
            return;
        }
        regained();
        boolean take;
        boolean drop;
        synchronized (this) {
            if (closed) {
                return;
            }
            take = held == 1 && !holding;
            drop = held == 0 && holding;
            holding = held == 1;
        }
        if (take) {
            LOG.log(System.Logger.Level.INFO, "replica " + replica + " holds the gateway");
            receiver.holdGateway();
        } else if (drop) {
            LOG.log(System.Logger.Level.WARNING, "replica " + replica + " lost the gateway lease to another replica");
            receiver.releaseGateway();
        }
    }

    /** Whether this relay holds the lease, as of its last renewal. */
    synchronized boolean holding() {
        return holding;
    }

    // --- the holder's frames ---------------------------------------------------------------------------------

    @Override
    public void publish(String frame) {
        if (halted) {
            return; // crashed: nothing goes anywhere any more
        }
        if (!closed) {
            try {
                shared.sync().xadd(streamKey, new XAddArgs().maxlen(timing.maxLength()).approximateTrimming(),
                        Map.of(FIELD, bytes(frame)));
                regained();
                return;
            } catch (RuntimeException e) {
                lost("adding a frame", e);
            }
        }
        // not dropped: this replica's own handlers take it (other replicas hear nothing while Redis is away)
        receiver.receive(new LocalFrame(frame));
    }

    // --- reading ---------------------------------------------------------------------------------------------

    private void read() {
        Duration block = Duration.ofMillis(Math.max(1, timing.timeout().toMillis() / 2));
        long claimEvery = Math.max(1, timing.claimAfter().toNanos() / 2);
        long lastClaim = System.nanoTime() - claimEvery;
        boolean groupReady = false;
        while (!closed) {
            try {
                StatefulRedisConnection<String, byte[]> connection = reading;
                if (connection == null) {
                    connection = link.connectAnother();
                    reading = connection;
                    if (closed) {
                        break;
                    }
                }
                if (!groupReady) {
                    createGroup(connection);
                    groupReady = true;
                }
                if (System.nanoTime() - lastClaim >= claimEvery) {
                    claimStale(connection);
                    lastClaim = System.nanoTime();
                }
                int room = inFlight.availablePermits();
                if (room == 0) {
                    // wait for the handlers, then look again (no frame is taken meanwhile)
                    if (inFlight.tryAcquire(block.toMillis(), TimeUnit.MILLISECONDS)) {
                        inFlight.release();
                    }
                    continue;
                }
                List<StreamMessage<String, byte[]>> taken = connection.sync().xreadgroup(Consumer.from(GROUP, replica),
                        XReadArgs.Builder.block(block).count(Math.min(room, BATCH)), XReadArgs.StreamOffset.lastConsumed(streamKey));
                regained();
                hand(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RedisCommandExecutionException e) {
                if (closed) {
                    return;
                }
                if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    groupReady = false; // Redis came back empty: the group is made again
                }
                lost("reading frames", e);
                pause();
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                lost("reading frames", e);
                pause();
            }
        }
    }

    private void createGroup(StatefulRedisConnection<String, byte[]> connection) {
        try {
            // from the start of the stream: frames added before the group existed (Redis restarted) are read too
            connection.sync().xgroupCreate(XReadArgs.StreamOffset.from(streamKey, "0-0"), GROUP,
                    new XGroupCreateArgs().mkstream(true));
        } catch (RedisCommandExecutionException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Claims entries taken and not acknowledged for {@code claimAfter}, by any replica, this one included. */
    private void claimStale(StatefulRedisConnection<String, byte[]> connection) {
        String from = "0-0";
        do {
            int room = Math.min(inFlight.availablePermits(), BATCH);
            if (room == 0) {
                return;
            }
            ClaimedMessages<String, byte[]> claimed = connection.sync().xautoclaim(streamKey,
                    XAutoClaimArgs.Builder.<String>xautoclaim(Consumer.from(GROUP, replica), timing.claimAfter(), from).count(room));
            hand(claimed.getMessages());
            from = claimed.getId();
        } while (!closed && from != null && !from.equals("0-0"));
    }

    private void hand(List<StreamMessage<String, byte[]>> entries) {
        for (StreamMessage<String, byte[]> entry : entries) {
            if (closed) {
                return;
            }
            byte[] frame = entry.getBody() == null ? null : entry.getBody().get(FIELD);
            if (frame == null) {
                // trimmed from the stream before anyone handled it (MAXLEN): nothing left to hand out
                acknowledge(entry.getId());
                continue;
            }
            inFlight.acquireUninterruptibly();
            receiver.receive(new StreamFrame(entry.getId(), new String(frame, StandardCharsets.UTF_8)));
        }
    }

    private void acknowledge(String entry) {
        // asynchronous: a lost acknowledgement only means the entry is claimed again, and found a duplicate
        shared.async().xack(streamKey, GROUP, entry);
    }

    private void pause() {
        try {
            stopping.await(Math.max(1, timing.lease().toMillis() / 3), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- reporting -------------------------------------------------------------------------------------------

    private void lost(String doing, RuntimeException e) {
        if (away.compareAndSet(false, true)) {
            listener.coordinationChanged(EventIntake.PART, false, "Redis at " + link.where() + " does not answer ("
                    + doing + ": " + e.getClass().getSimpleName() + "); the replica holding the gateway keeps it and "
                    + "handles its frames itself, the others wait; frames not done are handed out again when Redis is back");
        }
    }

    private void regained() {
        if (away.compareAndSet(true, false)) {
            listener.coordinationChanged(EventIntake.PART, true, "Redis at " + link.where() + " answers again; frames "
                    + "are shared through the stream");
        }
    }

    // --- stop ------------------------------------------------------------------------------------------------

    @Override
    public void close() {
        stop(true);
    }

    /** Stops as a crashed process would: the lease is left to lapse, nothing more is claimed or acknowledged. */
    void halt() {
        halted = true;
        stop(false);
    }

    private void stop(boolean release) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopping.countDown();
        leaseTimer.shutdownNow();
        StatefulRedisConnection<String, byte[]> connection = reading;
        if (connection != null) {
            connection.close(); // ends a blocking read at once
        }
        try {
            leaseTimer.awaitTermination(timing.timeout().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
            reader.join(timing.timeout().toMillis() * 2 + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection = reading; // made while stopping
        if (connection != null) {
            connection.close();
        }
        if (release) {
            try {
                shared.sync().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {leaseKey}, bytes(replica));
            } catch (RuntimeException e) {
                // Redis away: the lease lapses on its own within its time
                LOG.log(System.Logger.Level.DEBUG, "could not release the gateway lease: " + e.getClass().getSimpleName());
            }
        }
        onClose.accept(this);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StreamRelay[" + replica + " on " + streamKey + (holding() ? ", holding the gateway" : "") + "]";
    }

    /** A frame read from the stream: claimed in Redis, acknowledged when done. */
    private final class StreamFrame implements EventIntake.Frame {
        private final String entry;
        private final String text;
        private volatile EventIntake.Claim claim;

        StreamFrame(String entry, String text) {
            this.entry = entry;
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public EventIntake.Claim claim(Optional<String> messageId) {
            if (halted) {
                claim = EventIntake.Claim.LATER;
                return claim;
            }
            String key = handledKey + messageId.map(id -> "message:" + id).orElse("entry:" + entry);
            try {
                String set = shared.sync().set(key, bytes(replica + " " + entry),
                        SetArgs.Builder.nx().px(timing.handledMemory().toMillis()));
                regained();
                claim = "OK".equals(set) ? EventIntake.Claim.HANDLE : EventIntake.Claim.DUPLICATE;
            } catch (RuntimeException e) {
                // cannot tell whether another replica handled it: not now, and not lost (it stays pending)
                lost("claiming a frame", e);
                claim = EventIntake.Claim.LATER;
            }
            return claim;
        }

        @Override
        public void done() {
            inFlight.release();
            if (!halted && claim != EventIntake.Claim.LATER) {
                acknowledge(entry);
            }
        }

        @Override
        public String toString() {
            return "StreamFrame[" + entry + "]";
        }
    }

    /** A frame the holder could not add to the stream: handled here, de-duplicated by this client alone. */
    private static final class LocalFrame implements EventIntake.Frame {
        private final String text;

        LocalFrame(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public EventIntake.Claim claim(Optional<String> messageId) {
            return EventIntake.Claim.HANDLE;
        }

        @Override
        public void done() {
        }
    }
}
