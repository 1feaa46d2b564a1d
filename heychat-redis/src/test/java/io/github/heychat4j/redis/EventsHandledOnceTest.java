package io.github.heychat4j.redis;

import static io.github.heychat4j.redis.EmulatedBot.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.testkit.TestWorld;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Replicas of one bot against the emulator and a real Redis, sharing one gateway through
 * {@link RedisReplicas#eventIntake()}: each message a person posts is handled by exactly one replica, also when the
 * replica holding the gateway dies abruptly mid-stream, and while Redis is stopped and started again. Every wait is
 * for a condition, with a deadline.
 */
@ExtendWith(SharedRedis.class)
class EventsHandledOnceTest {
    private static final Duration LEASE = Duration.ofMillis(300);
    private static final Duration CLAIM_AFTER = Duration.ofMillis(400);
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Every wait: Awaitility polls the condition until the deadline, and fails the test when it runs out. */
    private static final ConditionFactory WITHIN_DEADLINE = Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(5));

    private final LoopbackRedis redis;
    private final Map<String, Replica> replicas = new LinkedHashMap<>();
    /** Message id, then the replicas that ran a handler for it, in order. */
    private final Map<String, Queue<String>> handled = new ConcurrentHashMap<>();
    private final Queue<String> coordination = new ConcurrentLinkedQueue<>();
    private TestWorld world;
    private EmulatedBot bot;
    private StatefulRedisConnection<String, String> inspect;
    private RedisClient inspector;

    private record Replica(String name, RedisReplicas redis, HeychatHttp http) {
    }

    EventsHandledOnceTest(LoopbackRedis redis) {
        this.redis = redis;
    }

    @BeforeEach
    void startEmulator() {
        world = TestWorld.create().room("测试房间", r -> r.textChannel("综合").member("alice")).build();
        bot = new EmulatedBot(world);
    }

    @AfterEach
    void closeEverything() throws Exception {
        bot.closeOpened();
        if (inspector != null) {
            inspect.close();
            inspector.shutdown();
        }
        bot.close();
        WITHIN_DEADLINE.untilAsserted(() -> assertEquals(Set.of(), ourThreads(), "threads left after close"));
    }

    @Test
    void threeReplicasHandleEachEventOnce() {
        for (String name : List.of("r1", "r2", "r3")) {
            replica(name, message -> { });
        }
        awaitOneHolder();
        int events = 90;
        for (int i = 0; i < events; i++) {
            world.post("alice", "综合", "第" + i + "条");
        }
        awaitAllDone(events);
        assertHandledOnce(events);
        assertEquals(1, bot.emulator().gateway().connections(), "one replica holds the platform's gateway");
        assertEquals(2, replicas.values().stream().filter(r -> r.http().events().state() == GatewayState.STANDBY).count());
        assertFalse(redis.contents().keySet().stream().anyMatch(key -> key.contains(TOKEN)), "no key names the token");
    }

    @Test
    void whenTheHolderDiesAnotherTakesTheGatewayAndNothingIsLostOrHandledTwice() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Replica first = replica("first", message -> {
            // the first replica's handler hangs on its first event: what it took after that is not done
            stuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        awaitHolder(first);
        replica("second", message -> { });
        replica("third", message -> { });
        int before = 60;
        for (int i = 0; i < before; i++) {
            world.post("alice", "综合", "崩溃前" + i);
        }
        // every frame is in the stream, and the first replica is stuck in a handler with frames taken behind it
        WITHIN_DEADLINE.untilAsserted(() -> assertEquals(before, streamLength(), "frames added to the stream"));
        assertTrue(stuck.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the first replica took an event");

        first.redis().crash();          // no lease released, nothing more acknowledged or claimed
        bot.emulator().gateway().dropConnections(); // its socket dies with it
        release.countDown();
        first.http().close();

        Replica next = awaitHolderOtherThan(first);
        int after = 30;
        for (int i = 0; i < after; i++) {
            world.post("alice", "综合", "崩溃后" + i);
        }
        awaitAllDone(before + after);
        assertHandledOnce(before + after);
        assertTrue(handled.values().stream().anyMatch(by -> by.contains("first")), "the first replica handled one before it died");
        assertTrue(next.http().events().isConnected());
    }

    @Test
    void whileRedisIsAwayTheHolderKeepsTheGatewayAndHandlesTheEvents() {
        Replica a = replica("a", message -> { });
        awaitHolder(a);
        replica("b", message -> { });
        world.post("alice", "综合", "之前");
        awaitAllDone(1);

        redis.stop();
        try {
            for (int i = 0; i < 10; i++) {
                world.post("alice", "综合", "Redis 不在" + i);
            }
            WITHIN_DEADLINE.untilAsserted(() -> assertEquals(11, handled.size(), "messages handled"));
            assertTrue(coordination.stream().anyMatch(c -> c.startsWith("a events false")), () -> "reported: " + coordination);
            assertEquals(1, bot.emulator().gateway().connections(), "the holder kept the gateway");
        } finally {
            redis.start();
        }
        // Redis came back empty: a replica takes the lease again (maybe the other one), then frames go through the stream
        Replica holder = awaitOneHolder();
        WITHIN_DEADLINE.untilAsserted(() -> assertTrue(coordination.contains(holder.name() + " events true"),
                () -> "reported: " + coordination));
        for (int i = 0; i < 10; i++) {
            world.post("alice", "综合", "Redis 回来了" + i);
        }
        awaitAllDone(21);
        assertHandledOnce(21);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Replica replica(String name, java.util.function.Consumer<MessagePosted> also) {
        RedisReplicas link = bot.open(RedisReplicas.builder().uri(redis.uri()).replica(name).replicas(3)
                .timeout(Duration.ofMillis(300)).reconnectDelay(Duration.ofMillis(20))
                .gatewayLease(LEASE).claimAfter(CLAIM_AFTER).build());
        HeychatListener listener = new HeychatListener() {
            @Override
            public void coordinationChanged(String part, boolean shared, String detail) {
                coordination.add(name + " " + part + " " + shared);
            }
        };
        HeychatHttp http = bot.open(bot.client()
                .rateLimits(RateLimitPolicy.disabled())
                .eventIntake(link.eventIntake())
                .listener(listener).build());
        http.events().on(MessagePosted.class, message -> {
            handled.computeIfAbsent(message.id().value(), id -> new ConcurrentLinkedQueue<>()).add(name);
            also.accept(message);
        });
        http.events().start();
        Replica replica = new Replica(name, link, http);
        replicas.put(name, replica);
        return replica;
    }

    private void awaitHolder(Replica replica) {
        WITHIN_DEADLINE.untilAsserted(() -> assertTrue(
                replica.http().events().isConnected() && bot.emulator().gateway().connections() == 1,
                () -> replica.name() + " did not take the gateway"));
    }

    private Replica awaitOneHolder() {
        return awaitHolderOtherThan(null);
    }

    /** Waits until exactly one live replica (not {@code gone}) holds the gateway and the others stand by. */
    private Replica awaitHolderOtherThan(Replica gone) {
        return WITHIN_DEADLINE.alias("one replica holds the gateway").until(() -> soleHolder(gone), Objects::nonNull);
    }

    /** The one live replica (not {@code gone}) that holds the gateway while the others stand by; else null. */
    private Replica soleHolder(Replica gone) {
        List<Replica> live = replicas.values().stream().filter(r -> r != gone).toList();
        List<Replica> holding = live.stream().filter(r -> r.http().events().isConnected()).toList();
        boolean standing = live.stream().filter(r -> r.http().events().state() == GatewayState.STANDBY).count() == live.size() - 1;
        return holding.size() == 1 && standing && bot.emulator().gateway().connections() == 1 ? holding.get(0) : null;
    }

    /** Waits until {@code count} messages were handled and the group holds nothing unread nor unacknowledged. */
    private void awaitAllDone(int count) {
        WITHIN_DEADLINE.untilAsserted(() -> assertTrue(handled.size() >= count && pendingInGroup() == 0 && unread() == 0,
                () -> "handled " + handled.size() + " of " + count + ", pending " + pendingInGroup()));
    }

    private void assertHandledOnce(int count) {
        assertEquals(count, handled.size(), "messages handled");
        Map<String, List<String>> twice = handled.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        assertTrue(twice.isEmpty(), () -> "handled more than once: " + twice);
    }

    private StatefulRedisConnection<String, String> inspect() {
        if (inspector == null) {
            inspector = RedisClient.create(redis.uri());
            inspect = inspector.connect();
        }
        return inspect;
    }

    private String streamKey() {
        return "heychat4j:" + world.botId().value() + ":events";
    }

    private long streamLength() {
        return inspect().sync().xlen(streamKey());
    }

    private long pendingInGroup() {
        try {
            return inspect().sync().xpending(streamKey(), "heychat4j").getCount();
        } catch (RuntimeException e) {
            return -1; // no group yet
        }
    }

    /** 0 when every entry of the stream has been handed out to a replica, else 1 (-1 before the group exists). */
    private long unread() {
        try {
            String lastDelivered = null;
            for (Object group : inspect().sync().xinfoGroups(streamKey())) {
                List<?> fields = (List<?>) group;
                Map<String, Object> info = new LinkedHashMap<>();
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
                }
                if ("heychat4j".equals(String.valueOf(info.get("name")))) {
                    lastDelivered = String.valueOf(info.get("last-delivered-id"));
                }
            }
            List<StreamMessage<String, String>> newest = inspect().sync().xrevrange(streamKey(), Range.create("-", "+"),
                    Limit.from(1));
            return lastDelivered == null ? -1 : newest.isEmpty() || newest.get(0).getId().equals(lastDelivered) ? 0 : 1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Set<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("heychat4j-redis-") || n.startsWith("lettuce-"))
                .collect(Collectors.toSet());
    }
}
