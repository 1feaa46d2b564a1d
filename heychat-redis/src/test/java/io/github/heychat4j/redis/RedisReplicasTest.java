package io.github.heychat4j.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's rules, and what a replica says when Redis is not there; no Redis needed. */
class RedisReplicasTest {
    private static IllegalArgumentException refused(Consumer<RedisReplicas.Builder> setting) {
        RedisReplicas.Builder builder = RedisReplicas.builder();
        return assertThrows(IllegalArgumentException.class, () -> setting.accept(builder));
    }

    @Test
    void everySettingNamesItsFieldAndRule() {
        assertEquals("uri: must not be null", refused(b -> b.uri((String) null)).getMessage());
        assertEquals("uri: must be redis://host:port or rediss://host:port, got scheme \"http\"",
                refused(b -> b.uri("http://localhost:6379")).getMessage());
        assertTrue(refused(b -> b.replica("two words")).getMessage().startsWith("replica: must be 1 to 64 letters"));
        assertEquals("replicas: must be between 1 and 64, got 0", refused(b -> b.replicas(0)).getMessage());
        assertEquals("whenUnavailable: must not be null", refused(b -> b.whenUnavailable(null)).getMessage());
        assertTrue(refused(b -> b.timeout(Duration.ZERO)).getMessage().startsWith("timeout: must be between 1 ms"));
        assertTrue(refused(b -> b.reconnectDelay(Duration.ofHours(1))).getMessage().startsWith("reconnectDelay: must be between"));
        assertEquals("gatewayLease: must be between 30 ms and PT10M, got PT0.029S",
                refused(b -> b.gatewayLease(Duration.ofMillis(29))).getMessage());
        assertEquals("gatewayLease: must not be null", refused(b -> b.gatewayLease(null)).getMessage());
        assertEquals("claimAfter: must be between 10 ms and PT1H, got PT2H", refused(b -> b.claimAfter(Duration.ofHours(2))).getMessage());
        assertTrue(refused(b -> b.handledMemory(Duration.ofDays(8))).getMessage().startsWith("handledMemory: must be between"));
        assertEquals("eventStreamLength: must be between 100 and 10000000, got 99",
                refused(b -> b.eventStreamLength(99)).getMessage());
    }

    @Test
    void theHandledMemoryMustOutlastTheClaimTimeout() {
        RedisReplicas.Builder builder = RedisReplicas.builder().uri("redis://127.0.0.1:1").replica("a").replicas(2)
                .claimAfter(Duration.ofMinutes(5)).handledMemory(Duration.ofMinutes(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("handledMemory: must be at least claimAfter (PT5M), got PT1M", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uri", "replica", "replicas"})
    void buildNamesTheMissingRequiredSetting(String missing) {
        RedisReplicas.Builder builder = RedisReplicas.builder();
        if (!missing.equals("uri")) {
            builder.uri("redis://127.0.0.1:1");
        }
        if (!missing.equals("replica")) {
            builder.replica("a");
        }
        if (!missing.equals("replicas")) {
            builder.replicas(2);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith(missing + ": required"), e.getMessage());
    }

    @Test
    void anUnreachableRedisFailsTheBuildNamingHostAndPortButNotThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RedisReplicas.Builder builder = RedisReplicas.builder().uri("redis://:s3cret-password@127.0.0.1:" + closedPort)
                .replica("a").replicas(2).timeout(Duration.ofMillis(500));

        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

        assertTrue(e.getMessage().startsWith("redis: cannot connect to 127.0.0.1:" + closedPort), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertFalse(thread.getName().startsWith("lettuce-") && thread.isAlive() && !joined(thread),
                    "a failed build leaves no Lettuce thread: " + thread.getName());
        }
    }

    /** Whether the thread ends within a few seconds (a shut-down event loop ends on its own, soon). */
    static boolean joined(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    static List<Thread> lettuceThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("lettuce-")).toList();
    }
}
