package io.github.heychat4j.redis.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.HeychatListener;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of a bot shared by its replicas through Redis: one {@link StreamRelay} per attached client. The
 * design (lease, stream, consumer group, claims, de-duplication, failure policy) is in {@code docs/replicas.md}
 * and on {@link StreamRelay}.
 */
public final class RedisEventIntake implements EventIntake {
    private final RedisLink link;
    private final String replica;
    private final StreamRelay.Timing timing;
    private final Set<StreamRelay> relays = ConcurrentHashMap.newKeySet();

    /**
     * @param link   the replica's link to Redis
     * @param replica this replica's name: the lease's value and the consumer's name
     * @param timing  the lease, claim and memory settings
     */
    public RedisEventIntake(RedisLink link, String replica, StreamRelay.Timing timing) {
        this.link = link;
        this.replica = replica;
        this.timing = timing;
    }

    @Override
    public Relay attach(UserId bot, Receiver receiver, HeychatListener listener) {
        StreamRelay relay = new StreamRelay(link, bot, replica, receiver, listener, timing, relays::remove);
        relays.add(relay);
        return relay;
    }

    /**
     * Stops every relay at once as a crashed process would: no lease released, nothing acknowledged, nothing more
     * claimed. What it had taken is claimed by the other replicas after {@link StreamRelay.Timing#claimAfter()}.
     */
    public void crash() {
        relays.forEach(StreamRelay::halt);
    }

    @Override
    public String toString() {
        return "RedisEventIntake[replica=" + replica + ", redis=" + link.where() + ", " + timing + "]";
    }
}
