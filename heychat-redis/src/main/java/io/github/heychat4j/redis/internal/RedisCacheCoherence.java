package io.github.heychat4j.redis.internal;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.CacheChange;
import io.github.heychat4j.http.CacheChangePublisher;
import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.HeychatListener;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Cache changes passed between the replicas of a bot over Redis pub/sub, on the channel
 * {@code heychat4j:<bot id>:cache}. A message is {@code <origin> <KIND> [<room id>]}: the origin (the replica's
 * name and a random id per client) lets a client skip its own changes, which it has applied already. Pub/sub
 * keeps nothing for a subscriber that is away, so when its link to Redis comes back a client drops every cached
 * entry ({@link CacheChange.Kind#CHANGES_MISSED}): it may have missed changes meanwhile.
 */
final class RedisCacheCoherence implements CacheCoherence {
    private static final String PART = "caches";

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> publishing;
    private final String replica;
    private final String where;

    RedisCacheCoherence(RedisClient client, StatefulRedisConnection<String, byte[]> publishing, String replica, String where) {
        this.client = client;
        this.publishing = publishing;
        this.replica = replica;
        this.where = where;
    }

    @Override
    public CacheChangePublisher attach(UserId bot, Consumer<CacheChange> apply, HeychatListener listener) {
        String channel = "heychat4j:" + bot.value() + ":cache";
        String origin = replica + "/" + UUID.randomUUID();
        StatefulRedisPubSubConnection<String, String> subscription;
        try {
            subscription = client.connectPubSub();
        } catch (RedisException e) {
            throw new IllegalStateException("redis: cannot subscribe to cache changes at " + where + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    decode(message, origin).ifPresent(apply);
                }
            }
        });
        RedisConnectionStateListener links = new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                if (connection == subscription) {
                    // Lettuce subscribes again on its own; what was published meanwhile is gone
                    apply.accept(CacheChange.everywhere(CacheChange.Kind.CHANGES_MISSED));
                    listener.coordinationChanged(PART, true, "Redis at " + where + " answers again; every cached entry"
                            + " was dropped, as other replicas' changes may have been missed");
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == subscription) {
                    listener.coordinationChanged(PART, false, "Redis at " + where + " does not answer; other replicas'"
                            + " changes are not heard until it does (cached entries still expire after their time)");
                }
            }
        };
        subscription.sync().subscribe(channel);
        client.addListener(links);
        return new CacheChangePublisher() {
            @Override
            public void publish(CacheChange change) {
                // fire and forget: a write never waits for Redis; a lost message is covered by CHANGES_MISSED
                publishing.async().publish(channel, encode(origin, change).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {
                client.removeListener(links);
                subscription.close();
            }
        };
    }

    static String encode(String origin, CacheChange change) {
        return origin + " " + change.kind().name() + change.room().map(room -> " " + room.value()).orElse("");
    }

    /** The change of another client, or empty for this client's own and for what cannot be read. */
    static Optional<CacheChange> decode(String message, String self) {
        String[] parts = message.split(" ", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].equals(self)) {
            return Optional.empty();
        }
        try {
            CacheChange.Kind kind = CacheChange.Kind.valueOf(parts[1]);
            return Optional.of(new CacheChange(kind, parts.length == 3 ? Optional.of(RoomId.of(parts[2])) : Optional.empty()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a newer replica's kind, or a foreign message: nothing to drop
        }
    }
}
