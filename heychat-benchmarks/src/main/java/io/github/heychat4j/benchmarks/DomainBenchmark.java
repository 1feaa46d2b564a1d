package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.role.Permissions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Validation costs on the hot path of every call: id and bitmask parsing. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DomainBenchmark {
    private String id = "3587810143523774464";
    private String mask = "1101659111424";

    /** A 64-bit room id, validated. */
    @Benchmark
    public RoomId parseRoomId() {
        return RoomId.of(id);
    }

    /** A permission bitmask from its decimal string. */
    @Benchmark
    public Permissions parsePermissions() {
        return Permissions.parse(mask);
    }
}
