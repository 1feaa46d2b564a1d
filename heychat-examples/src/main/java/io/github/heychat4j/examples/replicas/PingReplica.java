package io.github.heychat4j.examples.replicas;

import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.redis.RedisReplicas;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One replica of a small bot that answers {@code ping} with {@code pong}: start it twice (or more) with the same
 * token and Redis and different replica names, and every {@code ping} is answered once, by one of them; stop the
 * replica that holds the gateway, and another takes it over. Nothing in the bot's handler knows about replicas.
 *
 * <p>Two replicas against an emulator and a Redis, from the repository's root:
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * redis-server --port 6379 &                                    # or any Redis 6.2 or newer
 * java -jar heychat-emulator/target/heychat-emulator.jar --port 8080 &
 * export HEYCHAT_TOKEN=demo-token HEYCHAT_BOT_ID=2398561 HEYCHAT_BASE_URI=http://127.0.0.1:8080 REDIS_URI=redis://127.0.0.1:6379
 * HEYCHAT_REPLICA=one mvn -B -q -pl heychat-examples exec:java -Dexec.mainClass=io.github.heychat4j.examples.replicas.PingReplica &
 * HEYCHAT_REPLICA=two mvn -B -q -pl heychat-examples exec:java -Dexec.mainClass=io.github.heychat4j.examples.replicas.PingReplica &
 * }</pre>
 * Then make alice say {@code ping} in the demo room's 综合, a few times, through the emulator's admin API; each time
 * one replica prints that it answered:
 * <pre>{@code
 * curl -s -X POST http://127.0.0.1:8080/_emulator/events \
 *   -d '{"kind":"message","user":8828375,"channel":"3377790315288076288","text":"ping"}'
 * }</pre>
 * {@code PingReplicaTest} runs the same with an embedded emulator and Redis.
 *
 * <p>Environment: {@code HEYCHAT_TOKEN}, {@code HEYCHAT_BOT_ID}, optionally {@code HEYCHAT_BASE_URI} (as for
 * {@link HeychatHttp.Builder#environment}); {@code REDIS_URI}; {@code HEYCHAT_REPLICA}, this process's name;
 * optionally {@code HEYCHAT_REPLICAS}, how many may run at once (default 2).
 */
public final class PingReplica implements AutoCloseable {
    private final RedisReplicas redis;
    private final HeychatHttp heychat;

    private PingReplica(RedisReplicas redis, HeychatHttp heychat) {
        this.redis = redis;
        this.heychat = heychat;
    }

    /**
     * Starts one replica: connects to Redis, subscribes and starts the gateway (returns at once; the replica
     * holding the gateway connects to the platform in the background).
     *
     * @param environment the variables listed on the class
     * @param out         where each answer is told
     * @throws IllegalArgumentException naming a variable that is missing or wrong
     */
    public static PingReplica start(Map<String, String> environment, PrintStream out) {
        String name = required(environment, "HEYCHAT_REPLICA");
        RedisReplicas redis = RedisReplicas.builder()
                .uri(required(environment, "REDIS_URI"))
                .replica(name)
                .replicas(Integer.parseInt(environment.getOrDefault("HEYCHAT_REPLICAS", "2")))
                .build();
        HeychatHttp heychat;
        try {
            heychat = HeychatHttp.builder()
                    .environment(environment)
                    .requestBudgets(redis.requestBudgets())
                    .cacheCoherence(redis.cacheCoherence())
                    .eventIntake(redis.eventIntake())
                    .build();
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
        heychat.events().on(MessagePosted.class, message -> {
            if (message.text().strip().equals("ping")) {
                heychat.messages().reply(message.channel(), message.id(), MessageContent.text("pong"));
                out.println(name + " answered ping " + message.id() + " from " + message.author().displayName());
            }
        });
        heychat.events().start();
        out.println(name + " started; " + heychat.events().state() + " (one replica holds the gateway)");
        return new PingReplica(redis, heychat);
    }

    /** The client, for a look at its state. */
    public HeychatHttp heychat() {
        return heychat;
    }

    /** Stops the client, then the link to Redis (releasing the gateway to another replica at once). */
    @Override
    public void close() {
        heychat.close();
        redis.close();
    }

    /**
     * Runs one replica until the process is stopped.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PingReplica replica = start(System.getenv(), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            replica.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": required, set the environment variable");
        }
        return value;
    }
}
