package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The connection to the platform's gateway was lost and is back. The platform does not replay what
 * happened in between, so events may have been missed: re-read what the bot keeps in step (the
 * adapter has already dropped its caches of it).
 *
 * {@snippet :
 * heychat.events().on(GatewayReconnected.class, back -> refreshRoster(heychat.rooms().allJoinedRooms()));
 * }
 *
 * @param disconnectedAt when the link was lost
 * @param time           when it was back
 */
public record GatewayReconnected(Instant disconnectedAt, Instant time) implements HeychatEvent {
    /** Validates that nothing is null and the order of the two times. */
    public GatewayReconnected {
        Checks.notNull("disconnectedAt", disconnectedAt);
        Checks.notNull("time", time);
        if (time.isBefore(disconnectedAt)) {
            throw new IllegalArgumentException("time: must not be before disconnectedAt, got " + time + " < " + disconnectedAt);
        }
    }

    /** How long the bot was deaf. */
    public Duration downtime() {
        return Duration.between(disconnectedAt, time);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.empty();
    }
}
