package io.github.heychat4j.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three replicas of one bot on one token, each a {@link HeychatHttp} with its own {@link RedisReplicas}, whose
 * callers run at the same time, each on its own thread, as fast as the shared budget lets them (uncached reads of
 * the joined rooms), against the emulator and a real Redis. Time is {@link SteppedTime}: it moves only when every
 * caller waits for its turn, to the earliest turn, so each request reaches the emulator exactly at the time of
 * its turn and the emulator's journal carries it. Each caller reads with its own page offset, so the journal
 * also tells which replica and caller sent each request.
 *
 * <p>The shared bucket reserves turns in the order they are asked for: a caller whose turn comes sends, asks
 * again at once and lines up behind every other caller's reserved turn. So once every caller holds a turn, the
 * turns go round the callers in a fixed order, and in any run of {@code n} consecutive requests from then on
 * each caller sends {@code n / callers} rounded down or up: the share follows the callers, and replicas with as
 * many callers get the same share. These bounds are exact, whatever the machine's speed or the threads' start.
 */
@ExtendWith(SharedRedis.class)
class FairSharesTest {
    private static final int LIMIT = 60;
    private static final long MINUTE = SlidingMinutes.MINUTE;
    /** Callers start asking for turns until this much time has passed. */
    private static final long RUN = Duration.ofMinutes(3).toNanos();
    private static final List<String> REPLICAS = List.of("a", "b", "c");

    private final LoopbackRedis redis;
    private final SteppedTime time = new SteppedTime();
    private final List<String> coordination = new CopyOnWriteArrayList<>();
    private TestWorld world;
    private EmulatedBot bot;

    FairSharesTest(LoopbackRedis redis) {
        this.redis = redis;
    }

    @BeforeEach
    void startEmulator() {
        world = TestWorld.create().clock(time.clock()).room("测试房间", r -> r.textChannel("综合")).build();
        bot = new EmulatedBot(world);
    }

    @AfterEach
    void closeEverything() throws Exception {
        bot.close();
    }

    private HeychatHttp replica(String name) {
        // a command timeout far above a loopback round trip: a slow, shared machine must not make a replica
        // believe Redis is away (which would switch it to its local share; the test checks that it did not)
        RedisReplicas redisReplicas = bot.open(RedisReplicas.builder().uri(redis.uri()).replica(name).replicas(REPLICAS.size())
                .timeout(Duration.ofSeconds(5)).build());
        return bot.open(bot.client()
                .rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(LIMIT).withMaxWait(Duration.ofMinutes(5)))
                .requestBudgets(redisReplicas.requestBudgets()).retry(RetryPolicy.none())
                .ticker(time.ticker()).clock(time.clock()).sleeper(time.sleeper())
                .listener(new HeychatListener() {
                    @Override
                    public void coordinationChanged(String part, boolean shared, String detail) {
                        coordination.add(name + " " + part + " " + (shared ? "shared" : "lost"));
                    }
                })
                .build());
    }

    /** One caller: the index of its replica and its own index there. */
    private record Caller(int replica, int index) {
        @Override
        public String toString() {
            return "caller " + index + " of replica " + REPLICAS.get(replica);
        }
    }

    /** One request as the emulator's journal has it: when, and who sent it. */
    private record Sent(long nanos, Caller caller) {
    }

    /**
     * Runs {@code callers.get(r)} callers on replica {@code r}, all at once, until {@link #RUN} has passed;
     * the requests in the emulator's journal, in the order of time.
     */
    private List<Sent> runConcurrently(List<Integer> callers) throws InterruptedException {
        List<Runnable> bodies = new ArrayList<>();
        for (int r = 0; r < REPLICAS.size(); r++) {
            HeychatHttp replica = replica(REPLICAS.get(r));
            for (int c = 0; c < callers.get(r); c++) {
                PageRequest<Room> signed = RoomGateway.JOINED_ROOMS.page(100 * r + c, RoomGateway.JOINED_ROOMS.maxLimit());
                bodies.add(() -> {
                    while (time.nanos() < RUN) {
                        replica.uncached().rooms().joinedRooms(signed);
                    }
                });
            }
        }
        time.run(bodies, Duration.ofSeconds(60));

        assertEquals(List.of(), coordination, "no replica fell back to its local share");
        assertEquals(List.of(), bot.emulator().unexpectedErrors());
        List<Sent> sent = new ArrayList<>();
        for (JournalEntry entry : world.fake().journal().entries(Operation.ROOMS_JOINED)) {
            PageRequest<?> page = (PageRequest<?>) entry.arguments().get(0);
            sent.add(new Sent(time.nanosAt(entry.at()), new Caller(page.offset() / 100, page.offset() % 100)));
        }
        assertEquals(bot.emulator().requests().size(), sent.size(), "one journal entry per request");
        sent.sort(Comparator.comparingLong(Sent::nanos));
        return sent;
    }

    @Test
    void threeReplicasWithTwoCallersEachNeverExceedTheLimitAndGetAThirdEach() throws InterruptedException {
        List<Sent> sent = runConcurrently(List.of(2, 2, 2));

        assertWithinTheLimit(sent);
        // every caller, hence every replica, in every sliding minute once each caller holds a turn
        assertSharesFollowTheCallers(sent, List.of(2, 2, 2));
        assertCallersEvenOverTheRun(sent);
    }

    @Test
    void aReplicaWithMoreCallersGetsMoreTurnsAndEachCallerTheSame() throws InterruptedException {
        List<Sent> sent = runConcurrently(List.of(3, 1, 1));

        assertWithinTheLimit(sent);
        assertSharesFollowTheCallers(sent, List.of(3, 1, 1));
        // the turns are shared by call, not by replica: three fifths for the replica with three callers
        assertCallersEvenOverTheRun(sent);
    }

    /** The busiest sliding minute holds at most the limit, and the budget is spent, not merely divided. */
    private static void assertWithinTheLimit(List<Sent> sent) {
        int busiest = SlidingMinutes.busiest(sent.stream().map(Sent::nanos).toList());
        assertTrue(busiest <= LIMIT, "busiest sliding minute across the replicas: " + busiest);
        assertTrue(busiest >= LIMIT - RateLimitPolicy.burstOf(LIMIT), "busiest sliding minute: " + busiest);
    }

    /**
     * Once every caller has sent its first request (and so holds a turn), in every sliding minute of {@code n}
     * requests each of the {@code all} callers sent {@code n / all} rounded down or up, and so each replica with
     * {@code k} callers between {@code k} times those.
     */
    private static void assertSharesFollowTheCallers(List<Sent> sent, List<Integer> callers) {
        int all = callers.stream().mapToInt(Integer::intValue).sum();
        Map<Caller, Long> firsts = new HashMap<>();
        long warm = 0;
        for (Sent s : sent) {
            if (firsts.putIfAbsent(s.caller(), s.nanos()) == null) {
                warm = s.nanos();
            }
        }
        assertEquals(all, firsts.size(), "every caller sent");
        int windows = 0;
        for (int first = 0; first < sent.size(); first++) {
            if (sent.get(first).nanos() < warm) {
                continue;
            }
            int last = first;
            while (last + 1 < sent.size() && sent.get(last + 1).nanos() - sent.get(first).nanos() <= MINUTE) {
                last++;
            }
            int n = last - first + 1;
            int low = n / all;
            int high = (n + all - 1) / all;
            Map<Caller, Integer> perCaller = new HashMap<>();
            for (Sent s : sent.subList(first, last + 1)) {
                perCaller.merge(s.caller(), 1, Integer::sum);
            }
            int[] replicas = perReplica(sent.subList(first, last + 1));
            String where = "the sliding minute from " + Duration.ofNanos(sent.get(first).nanos()) + " (" + n + " requests)";
            for (Caller caller : firsts.keySet()) {
                int got = perCaller.getOrDefault(caller, 0);
                assertTrue(got >= low && got <= high, caller + " sent " + got + " in " + where + ", not " + low + " or " + high);
            }
            for (int r = 0; r < REPLICAS.size(); r++) {
                int k = callers.get(r);
                assertTrue(replicas[r] >= k * low && replicas[r] <= k * high, "replica " + REPLICAS.get(r) + " sent "
                        + replicas[r] + " in " + where);
            }
            windows++;
        }
        assertTrue(windows >= 100, "sliding minutes checked: " + windows);
    }

    /**
     * Over the whole run, no caller sent more than {@code burst + 1} requests more than another: the idle bucket's
     * burst goes at once at the start, to whichever callers ask first (one caller may take all of it when the
     * others' threads start late), and the run stops somewhere in a round.
     */
    private static void assertCallersEvenOverTheRun(List<Sent> sent) {
        Map<Caller, Integer> perCaller = new HashMap<>();
        sent.forEach(s -> perCaller.merge(s.caller(), 1, Integer::sum));
        int most = perCaller.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int least = perCaller.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(most - least <= RateLimitPolicy.burstOf(LIMIT) + 1, "requests per caller over the run: " + perCaller);
    }

    private static int[] perReplica(List<Sent> sent) {
        int[] counts = new int[REPLICAS.size()];
        sent.forEach(s -> counts[s.caller().replica()]++);
        return counts;
    }
}
