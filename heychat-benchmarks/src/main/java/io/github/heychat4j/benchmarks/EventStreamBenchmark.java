package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.redis.RedisReplicas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.embedded.RedisServer;

/**
 * Events per second through the Redis Stream of {@code heychat-redis} with 1, 2 and 3 replicas, on a real
 * {@code redis-server} on loopback (the embedded-redis binary). One replica's relay publishes (as the gateway's
 * holder does: one {@code XADD} per frame, on the calling thread); every replica reads through the consumer
 * group, claims each frame ({@code SET NX PX}) and acknowledges it ({@code XACK}), as its client does around its
 * handlers. The handlers and the adapter's decoding are left out (see {@link GatewayBenchmark} for those): this is
 * the cost the stream adds. One invocation publishes {@value #BATCH} frames and waits until every one is done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventStreamBenchmark {
    private static final int BATCH = 500;
    private static final UserId BOT = UserId.of(2398561);

    /** How many replicas read the stream. */
    @Param({"1", "2", "3"})
    public int replicas;

    private final AtomicLong done = new AtomicLong();
    private final List<RedisReplicas> links = new ArrayList<>();
    private final List<EventIntake.Relay> relays = new ArrayList<>();
    private RedisServer server;
    private EventIntake.Relay holder;
    private long published;
    private int next;

    /** Starts Redis and the replicas' relays. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"").setting("appendonly no").build();
        server.start();
        for (int i = 0; i < replicas; i++) {
            RedisReplicas link = RedisReplicas.builder().uri("redis://127.0.0.1:" + port).replica("bench-" + i)
                    .replicas(replicas).timeout(Duration.ofSeconds(2)).handledMemory(Duration.ofMinutes(2)).build();
            links.add(link);
            EventIntake.Relay relay = link.eventIntake().attach(BOT, new EventIntake.Receiver() {
                @Override
                public void holdGateway() {
                }

                @Override
                public void releaseGateway() {
                }

                @Override
                public void receive(EventIntake.Frame frame) {
                    frame.claim(Optional.empty());
                    frame.done();
                    done.incrementAndGet();
                }
            }, HeychatListener.NONE);
            relay.start();
            relays.add(relay);
        }
        holder = relays.get(0);
    }

    /** Publishes a batch of frames and waits until every replica's share of them is done. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long publishAndHandle() {
        for (int i = 0; i < BATCH; i++) {
            holder.publish(frame(next++));
        }
        published += BATCH;
        while (done.get() < published) {
            LockSupport.parkNanos(20_000);
        }
        return done.get();
    }

    private static String frame(int n) {
        return "{\"sequence\":" + n + ",\"type\":\"5\",\"notify_type\":\"USER_IM_MESSAGE\",\"timestamp\":1732962002000,"
                + "\"data\":{\"msg_id\":\"" + (2026607597894049795L + n) + "\",\"msg\":\"hi\",\"msg_type\":10,"
                + "\"room_id\":\"3587810143523774464\",\"channel_id\":\"3377790315288076288\",\"channel_name\":\"综合\","
                + "\"channel_type\":1,\"user_id\":8828375,\"nickname\":\"alice\",\"bot\":false,\"level\":12,"
                + "\"roles\":[\"3581310465983111170\"],\"send_time\":1732962001990,\"heychat_ack_id\":\"1732962001990001\"}}";
    }

    /** Stops the relays, the links and Redis. */
    @TearDown(Level.Trial)
    public void stop() {
        relays.forEach(EventIntake.Relay::close);
        links.forEach(RedisReplicas::close);
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
