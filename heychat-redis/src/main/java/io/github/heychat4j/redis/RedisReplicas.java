package io.github.heychat4j.redis;

import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.redis.internal.RedisEventIntake;
import io.github.heychat4j.redis.internal.RedisLink;
import io.github.heychat4j.redis.internal.StreamRelay;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One replica's link to the Redis that the replicas of a bot share. Give its {@link #requestBudgets()} to the
 * client, and every replica draws from one budget per platform limit (requests a minute, direct messages a
 * minute), so together they stay within it; give its {@link #cacheCoherence()}, and a write or an event on one
 * replica drops the matching cache entries on every replica; give its {@link #eventIntake()}, and only one replica
 * at a time holds the platform's gateway while each event is handled by one replica. Build one per process,
 * before the client; close it after the client.
 * Redis keys name the bot id, never the token, and the token never reaches this module.
 *
 * {@snippet :
 * try (RedisReplicas redis = RedisReplicas.builder()
 *              .uri("redis://127.0.0.1:6379")
 *              .replica("bot-1")                         // this process's name
 *              .replicas(3)                              // how many share the token
 *              .build();
 *      HeychatHttp heychat = HeychatHttp.builder()
 *              .token(System.getenv("HEYCHAT_TOKEN"))
 *              .bot(2398561)
 *              .requestBudgets(redis.requestBudgets())
 *              .cacheCoherence(redis.cacheCoherence())
 *              .eventIntake(redis.eventIntake())
 *              .build()) {
 *     heychat.events().on(MessagePosted.class, message -> reply(message));   // the bot as before
 *     heychat.events().start();     // on every replica: one of them connects to the platform
 * }
 * }
 *
 * @see RedisUnavailablePolicy
 */
public final class RedisReplicas implements AutoCloseable {
    private final RedisLink link;
    private final String replica;
    private final int replicas;
    private final RedisUnavailablePolicy policy;
    private final RedisEventIntake intake;

    private RedisReplicas(Builder builder) {
        this.replica = builder.replica;
        this.replicas = builder.replicas;
        this.policy = builder.policy;
        this.link = new RedisLink(builder.uri, builder.policy, builder.replicas,
                builder.timeout, builder.reconnectDelay);
        this.intake = new RedisEventIntake(link, replica, new StreamRelay.Timing(builder.gatewayLease, builder.claimAfter,
                builder.streamLength, builder.handledMemory, builder.timeout));
    }

    /** Whether the link to Redis is connected now (Lettuce reconnects on its own); for tests of an outage. */
    boolean linkOpen() {
        return link.connection().isOpen();
    }

    /** A builder; {@link Builder#uri}, {@link Builder#replica} and {@link Builder#replicas} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The budgets for {@link HeychatHttp.Builder#requestBudgets}: shared through Redis, by bot id. */
    public RequestBudgets requestBudgets() {
        return link.budgets();
    }

    /**
     * The cache coherence for {@link HeychatHttp.Builder#cacheCoherence}: a write or an event on one replica drops
     * the matching cache entries on every replica, through Redis pub/sub.
     */
    public CacheCoherence cacheCoherence() {
        return link.cacheCoherence(replica);
    }

    /**
     * The event intake for {@link HeychatHttp.Builder#eventIntake}: each event handled by one replica. The
     * replicas contend for a lease on the platform's gateway in Redis ({@link Builder#gatewayLease}); its holder
     * adds each frame to a Redis Stream, which every replica reads through one consumer group; a frame taken by a
     * replica that died is claimed by another after {@link Builder#claimAfter}; an event claimed once (by message
     * id for messages and commands) is not handled again. While Redis is away the holder keeps the gateway and
     * handles the frames itself, reported through {@link io.github.heychat4j.http.HeychatListener#coordinationChanged}
     * as part {@value EventIntake#PART}. See {@code docs/replicas.md} for what is guaranteed and what is not.
     */
    public EventIntake eventIntake() {
        return intake;
    }

    /** Stops the event intake's relays as a crashed process would (no lease released, nothing acknowledged). */
    void crash() {
        intake.crash();
    }

    /** This replica's name. */
    public String replica() {
        return replica;
    }

    /** How many replicas share the token. */
    public int replicas() {
        return replicas;
    }

    /** Closes the Redis connection and stops its threads; close the clients using it first. */
    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return "RedisReplicas[replica=" + replica + " of " + replicas + ", redis=" + link.where() + ", whenUnavailable="
                + policy + "]";
    }

    /** Configures a {@link RedisReplicas}. Not thread-safe. */
    public static final class Builder {
        private URI uri;
        private String replica;
        private int replicas;
        private RedisUnavailablePolicy policy = RedisUnavailablePolicy.LOCAL_SHARE;
        private Duration timeout = Duration.ofMillis(500);
        private Duration reconnectDelay = Duration.ofSeconds(1);
        private Duration gatewayLease = Duration.ofSeconds(10);
        private Duration claimAfter = Duration.ofSeconds(30);
        private Duration handledMemory = Duration.ofHours(1);
        private long streamLength = 10_000;

        private Builder() {
        }

        /**
         * Where Redis is (required): {@code redis://host:port}, {@code rediss://} for TLS, optionally with a
         * password ({@code redis://:secret@host:6379}) and a database ({@code /2}). The password is never printed.
         */
        public Builder uri(URI redisUri) {
            if (redisUri == null) {
                throw new IllegalArgumentException("uri: must not be null");
            }
            String scheme = redisUri.getScheme() == null ? "" : redisUri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("redis") && !scheme.equals("rediss") || redisUri.getHost() == null) {
                throw new IllegalArgumentException("uri: must be redis://host:port or rediss://host:port, got scheme \""
                        + scheme + "\"" + (redisUri.getHost() == null ? " and no host" : ""));
            }
            this.uri = redisUri;
            return this;
        }

        /** Where Redis is, as text; see {@link #uri(URI)}. */
        public Builder uri(String redisUri) {
            if (redisUri == null) {
                throw new IllegalArgumentException("uri: must not be null");
            }
            try {
                return uri(new URI(redisUri.trim()));
            } catch (java.net.URISyntaxException e) {
                // the text may hold a password: name the rule, not the value
                throw new IllegalArgumentException("uri: not a URI (" + e.getReason() + ")");
            }
        }

        /** This process's name among the replicas (required): 1 to 64 letters, digits, {@code . _ -}. */
        public Builder replica(String name) {
            if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("replica: must be 1 to 64 letters, digits, '.', '_' or '-', got "
                        + (name == null ? "null" : "\"" + name + "\""));
            }
            this.replica = name;
            return this;
        }

        /**
         * How many replicas share the token (required), 1 to 64: while Redis is away, each keeps to this share of
         * every limit ({@link RedisUnavailablePolicy#LOCAL_SHARE}). Count every process that may run at once.
         */
        public Builder replicas(int count) {
            if (count < 1 || count > 64) {
                throw new IllegalArgumentException("replicas: must be between 1 and 64, got " + count);
            }
            this.replicas = count;
            return this;
        }

        /** What a replica does while Redis does not answer; default {@link RedisUnavailablePolicy#LOCAL_SHARE}. */
        public Builder whenUnavailable(RedisUnavailablePolicy unavailable) {
            if (unavailable == null) {
                throw new IllegalArgumentException("whenUnavailable: must not be null");
            }
            this.policy = unavailable;
            return this;
        }

        /** How long one Redis command may take before Redis counts as away, default 500 ms; 1 ms to 1 minute. */
        public Builder timeout(Duration commandTimeout) {
            this.timeout = between("timeout", commandTimeout, Duration.ofMillis(1), Duration.ofMinutes(1));
            return this;
        }

        /** How long to wait between attempts to reconnect to Redis, default 1 s; 1 ms to 1 minute. */
        public Builder reconnectDelay(Duration delay) {
            this.reconnectDelay = between("reconnectDelay", delay, Duration.ofMillis(1), Duration.ofMinutes(1));
            return this;
        }

        /**
         * How long the gateway lease lasts unless renewed, default 10 s; 30 ms to 10 minutes. Its holder renews
         * it every third of it; when the holder dies, another replica holds the gateway within about the lease and
         * a third. Longer: fewer renewals, a longer gap after a crash.
         */
        public Builder gatewayLease(Duration lease) {
            this.gatewayLease = between("gatewayLease", lease, Duration.ofMillis(30), Duration.ofMinutes(10));
            return this;
        }

        /**
         * How long a frame may stay taken by a replica and not done before another replica claims it, default
         * 30 s; 10 ms to 1 hour. Longer than handlers usually take: a frame claimed again while its handlers still
         * run is found a duplicate (not handled twice), but is read twice.
         */
        public Builder claimAfter(Duration timeout) {
            this.claimAfter = between("claimAfter", timeout, Duration.ofMillis(10), Duration.ofHours(1));
            return this;
        }

        /**
         * How long Redis remembers that an event was handled, so that it is not handled again, default 1 hour;
         * {@link #claimAfter} to 7 days.
         */
        public Builder handledMemory(Duration memory) {
            this.handledMemory = between("handledMemory", memory, Duration.ofMillis(10), Duration.ofDays(7));
            return this;
        }

        /** About how many frames the event stream keeps ({@code MAXLEN ~}), default 10,000; 100 to 10,000,000. */
        public Builder eventStreamLength(long frames) {
            if (frames < 100 || frames > 10_000_000) {
                throw new IllegalArgumentException("eventStreamLength: must be between 100 and 10000000, got " + frames);
            }
            this.streamLength = frames;
            return this;
        }

        /**
         * Connects to Redis.
         *
         * @throws IllegalArgumentException when a required setting is missing
         * @throws IllegalStateException    when Redis cannot be reached now (a replica needs it to start)
         */
        public RedisReplicas build() {
            if (uri == null) {
                throw new IllegalArgumentException("uri: required, set it with uri(..)");
            }
            if (replica == null) {
                throw new IllegalArgumentException("replica: required, name this process with replica(..)");
            }
            if (replicas == 0) {
                throw new IllegalArgumentException("replicas: required, say how many processes share the token with replicas(..)");
            }
            if (handledMemory.compareTo(claimAfter) < 0) {
                throw new IllegalArgumentException("handledMemory: must be at least claimAfter (" + claimAfter + "), got "
                        + handledMemory);
            }
            return new RedisReplicas(this);
        }

        private static Duration between(String field, Duration value, Duration min, Duration max) {
            if (value == null) {
                throw new IllegalArgumentException(field + ": must not be null");
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(field + ": must be between " + min.toMillis() + " ms and " + max + ", got " + value);
            }
            return value;
        }
    }
}
