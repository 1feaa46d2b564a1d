package io.github.heychat4j.redis;

import static io.github.heychat4j.redis.EmulatedBot.TOKEN;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three replicas of one bot on one token, each a {@link HeychatHttp} with its own {@link RedisReplicas}, against
 * the emulator and a real Redis. They take turns calling as fast as their budgets let them; time is one
 * controlled clock that moves only when a client waits, so the emulator's journal, read in order, carries the
 * time of each request and the sliding minutes can be counted exactly.
 */
@ExtendWith(SharedRedis.class)
class SharedRateLimitTest {
    private static final int LIMIT = 60;

    private final LoopbackRedis redis;
    private final ControlledTime time = new ControlledTime();
    private final List<RedisReplicas> links = new ArrayList<>();
    private final List<String> coordination = new CopyOnWriteArrayList<>();
    private TestWorld world;
    private EmulatedBot bot;

    SharedRateLimitTest(LoopbackRedis redis) {
        this.redis = redis;
    }

    @BeforeEach
    void startEmulator() {
        // the platform lets a bot send a user 3 direct messages before the user replies: 8 users for 24 messages
        world = TestWorld.create().room("测试房间", r -> {
            r.textChannel("综合");
            for (int i = 0; i < 8; i++) {
                r.member("user" + i);
            }
        }).build();
        bot = new EmulatedBot(world);
    }

    @AfterEach
    void closeEverything() throws Exception {
        bot.close();
    }

    private RedisReplicas redisFor(String name, RedisUnavailablePolicy policy) {
        RedisReplicas replicas = bot.open(RedisReplicas.builder().uri(redis.uri()).replica(name).replicas(3).whenUnavailable(policy)
                .timeout(Duration.ofMillis(300)).reconnectDelay(Duration.ofMillis(20)).build());
        links.add(replicas);
        return replicas;
    }

    private HeychatHttp client(String name, RequestBudgets budgets, Consumer<HeychatHttp.Builder> tweak) {
        HeychatHttp.Builder builder = bot.client()
                .rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(LIMIT).withMaxWait(Duration.ofMinutes(5)))
                .requestBudgets(budgets).retry(RetryPolicy.none())
                .ticker(time.ticker()).clock(time.clock()).sleeper(time.sleeper())
                .listener(new HeychatListener() {
                    @Override
                    public void coordinationChanged(String part, boolean shared, String detail) {
                        assertFalse(detail.contains(TOKEN));
                        coordination.add(name + " " + part + " " + (shared ? "shared" : "lost"));
                    }
                });
        tweak.accept(builder);
        return bot.open(builder.build());
    }

    private List<HeychatHttp> sharedReplicas(RedisUnavailablePolicy policy) {
        List<HeychatHttp> replicas = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            replicas.add(client(name, redisFor(name, policy).requestBudgets(), b -> { }));
        }
        return replicas;
    }

    /** Round after round, each replica reads the joined rooms past the cache; the time of each journal entry. */
    private List<Long> drive(List<HeychatHttp> replicas, int rounds, List<Long> times) {
        for (int round = 0; round < rounds; round++) {
            for (HeychatHttp replica : replicas) {
                int before = bot.emulator().requests().size();
                replica.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
                assertEquals(before + 1, bot.emulator().requests().size(), "one request per call");
                times.add(time.nanos());
            }
        }
        return times;
    }

    @Test
    void threeReplicasOnSharedBudgetsStayWithinTheLimitInEverySlidingMinute() {
        List<Long> times = drive(sharedReplicas(RedisUnavailablePolicy.LOCAL_SHARE), 60, new ArrayList<>());

        assertEquals(180, bot.emulator().requests().size());
        int busiest = SlidingMinutes.busiest(times);
        assertTrue(busiest <= LIMIT, "busiest sliding minute across the replicas: " + busiest);
        // and the budget is spent, not merely divided: a third each would leave it at 20 a minute
        assertTrue(busiest >= LIMIT - RateLimitPolicy.burstOf(LIMIT), "busiest sliding minute: " + busiest);
        assertEquals(List.of(), coordination);
    }

    @Test
    void threeReplicasOnLocalBudgetsAloneWouldExceedIt() {
        List<HeychatHttp> replicas = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            replicas.add(client(name, RequestBudgets.local(), b -> { }));
        }

        int busiest = SlidingMinutes.busiest(drive(replicas, 60, new ArrayList<>()));

        assertTrue(busiest > LIMIT, "without Redis the replicas add up: " + busiest);
    }

    @Test
    void directMessagesShareTheirOwnBudget() {
        List<HeychatHttp> replicas = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            replicas.add(client(name, redisFor(name, RedisUnavailablePolicy.LOCAL_SHARE).requestBudgets(),
                    b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(1000).withDirectMessagesPerMinute(6)
                            .withMaxWait(Duration.ofMinutes(5)))));
        }
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (HeychatHttp replica : replicas) {
                replica.messages().sendDirect(world.user("user" + round), MessageContent.text("hello " + round));
                times.add(time.nanos());
            }
        }

        long directMessages = world.fake().journal().entries(Operation.MESSAGES_SEND_DIRECT).size();
        assertEquals(24, directMessages);
        int busiest = SlidingMinutes.busiest(times);
        assertTrue(busiest <= 6 && busiest >= 5, "busiest sliding minute of direct messages: " + busiest);
    }

    @Test
    void redisHoldsNeitherTheTokenNorAnythingButTheBudgetsOfTheBotId() {
        drive(sharedReplicas(RedisUnavailablePolicy.LOCAL_SHARE), 5, new ArrayList<>());

        Map<String, String> contents = redis.contents();

        assertEquals(List.of("heychat4j:" + world.botId().value() + ":budget:requests"), List.copyOf(contents.keySet()));
        contents.forEach((key, value) -> {
            assertFalse(key.contains(TOKEN), key);
            assertFalse(value.contains(TOKEN), "the value of " + key + " holds the token");
        });
    }

    @Test
    void withRedisStoppedAndRestartedTheLocalSharesHoldTheLimitAndTheChangesAreReported() {
        List<HeychatHttp> replicas = sharedReplicas(RedisUnavailablePolicy.LOCAL_SHARE);
        List<Long> times = drive(replicas, 20, new ArrayList<>());

        redis.stop();
        try {
            drive(replicas, 40, times);
        } finally {
            redis.start();
        }
        assertEquals(List.of("a requests lost", "b requests lost", "c requests lost"), coordination);
        // the links reconnect on their own a few milliseconds after Redis is back. The replicas must find it again
        // within a minute of each other (docs/replicas.md): on the real clock they do, but this test's clock runs
        // minutes ahead in a few real milliseconds of calls, so wait, without calling, until every link is back
        await().atMost(Duration.ofSeconds(20)).until(() -> links.stream().allMatch(RedisReplicas::linkOpen));
        // then each replica finds Redis at its next call (it tries again at most once a second of its clock)
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (coordination.size() < 6) {
            assertTrue(System.nanoTime() < deadline, "the replicas did not find Redis again: " + coordination);
            drive(replicas, 1, times);
        }
        drive(replicas, 40, times);

        assertTrue(coordination.subList(3, 6).containsAll(List.of("a requests shared", "b requests shared", "c requests shared")),
                coordination.toString());
        assertEquals(6, coordination.size(), coordination.toString());
        int busiest = SlidingMinutes.busiest(times);
        assertTrue(busiest <= LIMIT, "busiest sliding minute across the outage: " + busiest);
    }

    @Test
    void closingTheClientsAndTheRedisLinksLeavesNoRedisThread() throws Exception {
        List<HeychatHttp> replicas = sharedReplicas(RedisUnavailablePolicy.LOCAL_SHARE);
        drive(replicas, 2, new ArrayList<>());
        assertFalse(RedisReplicasTest.lettuceThreads().isEmpty(), "the links run on Lettuce's threads");
        redis.stop();
        try {
            drive(replicas, 1, new ArrayList<>());
        } finally {
            redis.start();
        }

        bot.closeOpened();

        for (Thread thread : RedisReplicasTest.lettuceThreads()) {
            assertTrue(RedisReplicasTest.joined(thread), "still running after close: " + thread.getName());
        }
    }

    @Test
    void withThePolicyRefuseNothingIsSentWhileRedisIsAway() {
        List<HeychatHttp> replicas = sharedReplicas(RedisUnavailablePolicy.REFUSE);
        drive(replicas, 2, new ArrayList<>());
        int sent = bot.emulator().requests().size();

        redis.stop();
        try {
            UnavailableException e = assertThrows(UnavailableException.class,
                    () -> replicas.get(0).uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
            assertTrue(e.getMessage().contains("policy is REFUSE"), e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
            assertThrows(UnavailableException.class, () -> replicas.get(1).uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        } finally {
            redis.start();
        }

        assertEquals(sent, bot.emulator().requests().size(), "nothing sent while Redis was away");
        assertEquals(List.of("a requests lost", "b requests lost"), coordination);
    }
}
