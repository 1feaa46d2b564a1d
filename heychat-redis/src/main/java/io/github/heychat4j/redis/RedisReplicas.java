package io.github.heychat4j.redis;

import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.redis.internal.RedisLink;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One replica's link to the Redis that the replicas of a bot share. Give its {@link #requestBudgets()} to the
 * client, and every replica draws from one budget per platform limit (requests a minute, direct messages a
 * minute), so together they stay within it; give its {@link #cacheCoherence()}, and a write or an event on one
 * replica drops the matching cache entries on every replica. Build one per process, before the client; close it after the client.
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
 *              .build()) {
 *     // the bot as before
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

    private RedisReplicas(Builder builder) {
        this.replica = builder.replica;
        this.replicas = builder.replicas;
        this.policy = builder.policy;
        this.link = new RedisLink(builder.uri, builder.policy, builder.replicas,
                builder.timeout, builder.reconnectDelay);
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
            this.timeout = between("timeout", commandTimeout, Duration.ofMinutes(1));
            return this;
        }

        /** How long to wait between attempts to reconnect to Redis, default 1 s; 1 ms to 1 minute. */
        public Builder reconnectDelay(Duration delay) {
            this.reconnectDelay = between("reconnectDelay", delay, Duration.ofMinutes(1));
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
            return new RedisReplicas(this);
        }

        private static Duration between(String field, Duration value, Duration max) {
            if (value == null) {
                throw new IllegalArgumentException(field + ": must not be null");
            }
            if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(field + ": must be between 1 ms and " + max + ", got " + value);
            }
            return value;
        }
    }
}
