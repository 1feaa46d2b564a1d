package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone left a room the bot is in, on their own or kicked (the platform's event {@code "3001"} with
 * {@code state} 0; the platform does not say which).
 *
 * @param room   the room
 * @param member who left
 * @param time   when
 */
public record MemberLeft(RoomId room, Sender member, Instant time) implements HeychatEvent {
    /** Validates that nothing is null. */
    public MemberLeft {
        Checks.notNull("room", room);
        Checks.notNull("member", member);
        Checks.notNull("time", time);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(member.id());
    }
}
