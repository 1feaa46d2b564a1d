package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Guard;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.voice.VoiceGateway;
import java.util.List;
import java.util.Optional;
import io.github.heychat4j.domain.role.Permissions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Validation costs on the hot path of every call: id and bitmask parsing, the ports' null guard. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DomainBenchmark {
    private String id = "3587810143523774464";
    private String mask = "1101659111424";
    private final RoomId room = RoomId.of(id);
    private final UserId user = UserId.of(66837313);
    private final VoiceGateway bare = new AnswerAtOnce();
    private final VoiceGateway guarded = Guard.port(VoiceGateway.class, new AnswerAtOnce());

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

    /** A port call answered at once, straight to the adapter: the baseline of {@link #guardedCall}. */
    @Benchmark
    public Optional<ChannelId> bareCall() {
        return bare.channelOf(room, user, true);
    }

    /** The same call through the guard every adapter's ports go through (arguments checked, one reflective call). */
    @Benchmark
    public Optional<ChannelId> guardedCall() {
        return guarded.channelOf(room, user, true);
    }

    /** A voice adapter that answers without doing anything, so only the call itself is measured. */
    private static final class AnswerAtOnce implements VoiceGateway {
        private static final Optional<ChannelId> HERE = Optional.of(ChannelId.of("3377790315288076288"));

        @Override
        public void move(RoomId room, ChannelId from, ChannelId to, UsersToMove users) {
        }

        @Override
        public void disconnect(ChannelRef voiceChannel, UserId user) {
        }

        @Override
        public void toggleMicrophone(ChannelRef voiceChannel, UserId user) {
        }

        @Override
        public Optional<ChannelId> channelOf(RoomId room, UserId user, boolean voiceOnly) {
            return HERE;
        }

        @Override
        public List<UserId> usersIn(ChannelRef voiceChannel) {
            return List.of();
        }
    }
}
