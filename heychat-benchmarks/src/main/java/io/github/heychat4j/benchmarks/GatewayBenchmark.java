package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.internal.FrameDecoder;
import io.github.heychat4j.http.internal.GatewayClient;
import io.github.heychat4j.http.internal.GatewayScheduler;
import io.github.heychat4j.http.internal.GatewayTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The gateway's cost per type-5 frame on one core, without the network: {@code decode} reads a frame into a
 * {@link MessagePosted}; {@code readAndDispatch} is the whole reader path of the HTTP adapter's gateway client
 * (size check, PONG filter, JSON decoding, sequence and message-id de-duplication, own-message filter, the
 * per-channel lane) up to the handler, which runs on the reading thread here (a direct executor) so that one
 * core does everything. Frames come from a ring of 65,536 distinct ones, more than the de-duplication windows
 * remember, so none is dropped as a duplicate. Target (issue 9): at least 50,000 frames/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GatewayBenchmark {
    private static final int RING = 1 << 16;

    private final String[] frames = new String[RING];
    private final FrameDecoder decoder = new FrameDecoder(Clock.systemUTC());
    private GatewayClient client;
    private GatewayTransport.Events link;
    private Blackhole sink;
    private int next;

    /** Builds the frames and a gateway client over an in-memory socket whose link is established. */
    @Setup
    public void start(Blackhole blackhole) {
        for (int i = 0; i < RING; i++) {
            frames[i] = "{\"sequence\":" + (1000 + i) + ",\"type\":\"5\",\"notify_type\":\"USER_IM_MESSAGE\","
                    + "\"timestamp\":1732962002000,\"data\":{\"msg_id\":\"" + (2026607597894049795L + i) + "\","
                    + "\"msg\":\"hi @{id:2398561}, see #{id:3377790315296464896}\",\"msg_type\":10,\"addition\":\"{}\","
                    + "\"img\":\"\",\"room_id\":\"3587810143523774464\",\"channel_id\":\"" + (3377790315288076288L + i % 8)
                    + "\",\"channel_name\":\"综合\",\"channel_type\":1,\"user_id\":8828375,\"nickname\":\"alice\","
                    + "\"avatar\":\"https://chat.max-c.com/pic/alice.png\",\"bot\":false,\"level\":12,"
                    + "\"roles\":[\"3581310465983111170\"],\"room_nickname\":\"小爱\",\"send_time\":1732962001990,"
                    + "\"im_seq\":\"812\",\"root_id\":\"\",\"state\":0,\"heychat_ack_id\":\"1732962001990001\"}}";
        }
        sink = blackhole;
        GatewayTransport transport = events -> {
            link = events;
            return CompletableFuture.completedFuture(new GatewayTransport.Socket() {
                @Override
                public void sendText(String text) {
                }

                @Override
                public void request(long n) {
                }

                @Override
                public void abort() {
                }
            });
        };
        client = new GatewayClient(transport, new IdleScheduler(), GatewayPolicy.defaults(), UserId.of(2398561), Runnable::run,
                () -> { }, HeychatListener.NONE, Clock.systemUTC(), () -> 0.5, GatewayClient.KeptFresh.NONE);
        client.hub().on(MessagePosted.class, message -> sink.consume(message));
        client.connect();
        link.onText("PONG", true);
    }

    /** Stops the client. */
    @TearDown
    public void stop() {
        client.close();
    }

    /** One frame read, de-duplicated and dispatched to a handler. */
    @Benchmark
    public void readAndDispatch() {
        link.onText(frames[next++ & (RING - 1)], true);
    }

    /** One frame decoded into its event. */
    @Benchmark
    public FrameDecoder.Decoded decode() {
        return decoder.decode(frames[next++ & (RING - 1)]);
    }

    /** Timers that never fire: the benchmark is over long before the first heartbeat would matter. */
    private static final class IdleScheduler implements GatewayScheduler {
        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            return () -> { };
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void shutdown() {
        }
    }
}
