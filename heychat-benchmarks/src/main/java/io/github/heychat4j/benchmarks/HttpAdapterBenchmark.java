package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.RateLimitPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The HTTP adapter's cost per call against the emulator on loopback: the full path (validation,
 * resilience decorators, the JDK HttpClient, Jackson decoding) for an uncached read, and a cache hit.
 * The local rate limiter is off so the benchmark measures the client, not the 300/min policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HttpAdapterBenchmark {
    private static final String TOKEN = "demo-token";
    private static final UserId BOT = UserId.of(2398561);

    private HeychatEmulator emulator;
    private HeychatHttp http;
    private Heychat uncached;
    private RoomId room;

    /** Starts the emulator with its demo world and an adapter over it. */
    @Setup
    public void start() {
        emulator = HeychatEmulator.builder().token(TOKEN, BOT).start();
        http = HeychatHttp.builder().token(TOKEN).bot(BOT).baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri())
                .rateLimits(RateLimitPolicy.disabled()).build();
        uncached = http.uncached();
        room = http.rooms().allJoinedRooms().get(0).id();
    }

    /** Stops both. */
    @TearDown
    public void stop() {
        http.close();
        emulator.close();
    }

    /** One joined-rooms page over the wire. */
    @Benchmark
    public List<Room> joinedRoomsPage() {
        return uncached.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items();
    }

    /** The room view (channel tree and roles) over the wire. */
    @Benchmark
    public RoomDetails roomDetailsUncached() {
        return uncached.rooms().details(room);
    }

    /** The room view from the adapter's cache. */
    @Benchmark
    public RoomDetails roomDetailsCached() {
        return http.rooms().details(room);
    }
}
