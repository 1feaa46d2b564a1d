package io.github.heychat4j.benchmarks;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.domain.room.RoomDetails;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a bot's unit test pays per port call on the fake: the point of the fake is that a test with
 * dozens of calls still runs in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FakeBenchmark {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef GENERAL = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final UserId BOT = UserId.of(2398561);

    private FakeHeychat bot;

    /** A fresh world per iteration, so the message log does not grow without bound. */
    @Setup(Level.Iteration)
    public void world() {
        RoleId botRole = RoleId.of("3587810143540551680");
        FakeWorld world = FakeWorld.builder()
                .bot(BOT, "bench-bot")
                .user(UserId.of(8828375), "alice")
                .room(ROOM, "bench", r -> r
                        .role(botRole, "机器人", Permissions.of(Permission.SEND_MESSAGES, Permission.VIEW_CHANNEL), 3)
                        .textChannel(GENERAL.channel(), "综合")
                        .member(BOT, botRole)
                        .member(UserId.of(8828375)))
                .build();
        bot = world.heychatFor(BOT);
    }

    /** A channel message: permission check, de-duplication, journal. */
    @Benchmark
    public SentMessage sendMessage() {
        return bot.messages().send(GENERAL, MessageContent.text("hello"));
    }

    /** The room view, built from the world's state. */
    @Benchmark
    public RoomDetails roomDetails() {
        return bot.rooms().details(ROOM);
    }
}
