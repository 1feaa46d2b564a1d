package io.github.heychat4j.redis.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.heychat4j.http.BudgetSpec;
import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RequestBudget;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.redis.RedisUnavailablePolicy;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One replica's link to Redis: a Lettuce client on its own small thread pool, the connection Bucket4j's buckets
 * live on, the {@link RequestBudgets} over them and the {@link CacheCoherence} over pub/sub. Keys are {@code heychat4j:<bot id>:budget:<limit>}; the
 * values are Bucket4j's bucket state. Neither holds the token, which never reaches this module.
 */
public final class RedisLink implements AutoCloseable {
    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final RedisUnavailablePolicy policy;
    private final int replicas;
    private final Duration timeout;
    private final String where;

    /**
     * Connects.
     *
     * @param uri            the Redis URI, {@code redis://} or {@code rediss://} (may hold a password; it is never printed)
     * @param policy         what to do while Redis is away
     * @param replicas       how many replicas share the limits
     * @param timeout        how long one Redis command may take
     * @param reconnectDelay how long the client waits between attempts to reconnect
     * @throws IllegalStateException when Redis cannot be reached now
     */
    public RedisLink(java.net.URI redisUri, RedisUnavailablePolicy policy, int replicas, Duration timeout, Duration reconnectDelay) {
        this.policy = policy;
        this.replicas = replicas;
        this.timeout = timeout;
        RedisURI uri = RedisURI.create(redisUri);
        uri.setTimeout(timeout);
        this.where = uri.getHost() + ":" + uri.getPort();
        this.resources = ClientResources.builder().ioThreadPoolSize(1).computationThreadPoolSize(1)
                .reconnectDelay(Delay.constant(reconnectDelay)).build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // while the link is down a command fails at once instead of queueing until the timeout
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        try {
            this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RedisException e) {
            shutdown();
            throw new IllegalStateException("redis: cannot connect to " + where + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Where Redis is: host and port, never the password. */
    public String where() {
        return where;
    }

    /** The connection, for the other shared parts of this module. */
    public StatefulRedisConnection<String, byte[]> connection() {
        return connection;
    }

    /**
     * Another connection on this link's client, for a command that holds its connection (a blocking read);
     * the caller closes it.
     *
     * @throws io.lettuce.core.RedisException when Redis cannot be reached now
     */
    public StatefulRedisConnection<String, byte[]> connectAnother() {
        return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    /** How long one command may take. */
    public Duration timeout() {
        return timeout;
    }

    /** Caches kept coherent through this link's pub/sub; {@code replica} names this process in messages. */
    public CacheCoherence cacheCoherence(String replica) {
        return new RedisCacheCoherence(client, connection, replica, where);
    }

    /** Budgets shared through this link. */
    public RequestBudgets budgets() {
        return this::budget;
    }

    private RequestBudget budget(BudgetSpec spec) {
        ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .clientClock(clockOf(spec.clock()))
                .requestTimeout(timeout)
                // a bucket left alone for long enough to refill is no different from no bucket: let Redis drop it
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        String key = "heychat4j:" + spec.bot().value() + ":budget:" + spec.kind().name().toLowerCase(java.util.Locale.ROOT);
        BucketConfiguration configuration = configurationFor(spec.perMinute());
        return new SharedBudget(buckets.builder().build(key, () -> configuration), spec, policy, replicas,
                Duration.ofSeconds(1), where);
    }

    /**
     * A bucket that holds {@code perMinute} in every sliding minute, both ends included: the burst of
     * {@link RateLimitPolicy#burstOf} at once, the rest refilled gradually over the minute (as the local budget).
     */
    static BucketConfiguration configurationFor(int perMinute) {
        int burst = RateLimitPolicy.burstOf(perMinute);
        Bandwidth bandwidth = perMinute > burst
                ? Bandwidth.builder().capacity(burst).refillGreedy(perMinute - burst, Duration.ofMinutes(1)).build()
                // one a minute: the next token strictly after the minute
                : Bandwidth.builder().capacity(burst).refillGreedy(burst, Duration.ofMinutes(1).plusMillis(1)).build();
        return BucketConfiguration.builder().addLimit(bandwidth).build();
    }

    /** Bucket4j's time from the client's wall clock (nanosecond tickers of two processes do not compare). */
    private static TimeMeter clockOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Closes the connection and stops the client's threads. */
    @Override
    public void close() {
        connection.close();
        shutdown();
    }

    private void shutdown() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
