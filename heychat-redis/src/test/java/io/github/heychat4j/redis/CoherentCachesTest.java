package io.github.heychat4j.redis;

import static io.github.heychat4j.redis.EmulatedBot.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.http.CacheChange;
import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas with caches against the emulator and a real Redis: a write on A, then a read on B, sees the change.
 * B's listener says when the change has arrived, so the test waits for that signal, never for a time.
 */
@ExtendWith(SharedRedis.class)
class CoherentCachesTest {
    private final LoopbackRedis redis;
    private final BlockingQueue<String> heardByB = new LinkedBlockingQueue<>();
    private TestWorld world;
    private EmulatedBot bot;
    private RoomId room;

    CoherentCachesTest(LoopbackRedis redis) {
        this.redis = redis;
    }

    @BeforeEach
    void startEmulator() {
        world = TestWorld.create().room("测试房间", r -> r.textChannel("综合")).build();
        bot = new EmulatedBot(world);
        room = world.room("测试房间");
    }

    @AfterEach
    void closeEverything() throws Exception {
        bot.close();
    }

    private HeychatHttp replica(String name, boolean shared, HeychatListener listener) {
        RedisReplicas link = bot.open(RedisReplicas.builder().uri(redis.uri()).replica(name).replicas(2)
                .timeout(Duration.ofMillis(300)).reconnectDelay(Duration.ofMillis(20)).build());
        return bot.open(bot.client()
                .rateLimits(RateLimitPolicy.disabled())
                .cacheCoherence(shared ? link.cacheCoherence() : CacheCoherence.local())
                .listener(listener).build());
    }

    private HeychatListener recordingB() {
        return new HeychatListener() {
            @Override
            public void cacheChangeReceived(CacheChange change) {
                heardByB.add(change.kind() + change.room().map(r -> " " + r.value()).orElse(""));
            }

            @Override
            public void coordinationChanged(String part, boolean shared, String detail) {
                assertFalse(detail.contains(TOKEN));
                heardByB.add(part + (shared ? " shared" : " lost"));
            }
        };
    }

    private List<String> channelNames(HeychatHttp replica) {
        return replica.rooms().details(room).allChannels().stream().map(Channel::name).toList();
    }

    private String next() throws InterruptedException {
        String heard = heardByB.poll(10, TimeUnit.SECONDS);
        assertTrue(heard != null, "replica B heard nothing within 10 s");
        return heard;
    }

    @Test
    void aWriteOnReplicaAIsSeenByAReadOnReplicaB() throws Exception {
        HeychatHttp a = replica("a", true, HeychatListener.NONE);
        HeychatHttp b = replica("b", true, recordingB());
        assertEquals(List.of("综合"), channelNames(b), "B has the room's details cached");

        a.channels().rename(world.channel("综合"), "闲聊");

        assertEquals("ROOM_CHANGED " + room.value(), next());
        assertEquals(List.of("闲聊"), channelNames(b));
    }

    @Test
    void withoutTheSharedCoherenceReplicaBReadsItsStaleCache() {
        HeychatHttp a = replica("a", false, HeychatListener.NONE);
        HeychatHttp b = replica("b", false, recordingB());
        channelNames(b);

        a.channels().rename(world.channel("综合"), "闲聊");

        assertEquals(List.of("综合"), channelNames(b), "stale until the cache's time runs out");
        assertEquals(List.of("闲聊"), channelNames(a));
    }

    @Test
    void aReplicaThatLostRedisDropsEveryCachedEntryWhenItIsBack() throws Exception {
        HeychatHttp a = replica("a", true, HeychatListener.NONE);
        HeychatHttp b = replica("b", true, recordingB());
        channelNames(b);

        redis.stop();
        try {
            assertEquals("caches lost", next());
            a.channels().rename(world.channel("综合"), "闲聊"); // published into the void
        } finally {
            redis.start();
        }

        assertEquals("CHANGES_MISSED", next());
        assertEquals("caches shared", next());
        assertEquals(List.of("闲聊"), channelNames(b));
    }
}
