package io.github.heychat4j.examples.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.http.GatewayState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The two-replica example as its javadoc runs it, in one JVM: an emulator with the demo world, a real Redis on
 * loopback, two {@link PingReplica}s with their own names. Every {@code ping} is answered once; with the replica
 * holding the gateway stopped, the other takes it over and answers the next ones.
 */
class PingReplicaTest {
    private static final String TOKEN = "demo-token";
    private static final UserId BOT = UserId.of(2398561);
    /** Every wait: Awaitility polls the condition for up to 30 s, and fails the test when that runs out. */
    private static final ConditionFactory WITHIN_DEADLINE =
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5));

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private HeychatEmulator emulator;
    private RedisServer redis;
    private int redisPort;

    @BeforeEach
    void start() throws IOException {
        emulator = HeychatEmulator.builder().token(TOKEN, BOT).start();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            redisPort = socket.getLocalPort();
        }
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort).setting("save \"\"")
                .setting("appendonly no").build();
        redis.start();
    }

    @AfterEach
    void stop() throws IOException {
        emulator.close();
        redis.stop();
    }

    private Map<String, String> environment(String replica) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HEYCHAT_TOKEN", TOKEN);
        environment.put("HEYCHAT_BOT_ID", Long.toString(BOT.value()));
        environment.put("HEYCHAT_BASE_URI", emulator.baseUri().toString());
        environment.put("REDIS_URI", "redis://127.0.0.1:" + redisPort);
        environment.put("HEYCHAT_REPLICA", replica);
        return environment;
    }

    @Test
    void twoReplicasAnswerEachPingOnceAndTheSecondTakesOverWhenTheFirstStops() {
        FakeWorld world = emulator.world();
        Room room = world.rooms().get(0);
        ChannelRef general = world.channels(room.id()).stream().filter(c -> c.name().equals("综合")).map(Channel::ref)
                .findFirst().orElseThrow();
        UserId alice = world.members(room.id()).stream().filter(m -> m.nickname().equals("alice")).map(Member::id)
                .findFirst().orElseThrow();

        try (PingReplica one = PingReplica.start(environment("one"), out);
             PingReplica two = PingReplica.start(environment("two"), out)) {
            WITHIN_DEADLINE.until(() -> emulator.gateway().connections() == 1
                    && (one.heychat().events().isConnected() || two.heychat().events().isConnected()));
            PingReplica holder = one.heychat().events().isConnected() ? one : two;
            PingReplica other = holder == one ? two : one;
            assertEquals(GatewayState.STANDBY, other.heychat().events().state());

            for (int i = 0; i < 5; i++) {
                world.post(alice, general, MessageContent.text("ping"));
            }
            WITHIN_DEADLINE.untilAsserted(() -> assertEquals(5, pongs(world, general.channel()), "pongs"));

            holder.close();                   // releases the gateway: the other takes it at its next look
            WITHIN_DEADLINE.until(() -> other.heychat().events().isConnected() && emulator.gateway().connections() == 1);
            for (int i = 0; i < 3; i++) {
                world.post(alice, general, MessageContent.text("ping"));
            }
            WITHIN_DEADLINE.untilAsserted(() -> assertEquals(8, pongs(world, general.channel()), "pongs"));
            WITHIN_DEADLINE.untilAsserted(() -> assertEquals(8, answers(), printed::toString));
        }
        assertEquals(8, pongs(world, general.channel()), "no ping answered twice");
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains(TOKEN), "the token is never printed");
        assertEquals(List.of(), emulator.unexpectedErrors());
    }

    @Test
    void aMissingVariableIsNamed() {
        Map<String, String> environment = environment("one");
        environment.remove("REDIS_URI");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PingReplica.start(environment, out));
        assertEquals("REDIS_URI: required, set the environment variable", missing.getMessage());
    }

    private long answers() {
        return printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" answered ping ")).count();
    }

    private static long pongs(FakeWorld world, ChannelId channel) {
        return world.messages(channel).stream().filter(m -> m.author().equals(BOT))
                .map(PostedMessage::content).filter(c -> c.plainText().equals("pong")).count();
    }
}
