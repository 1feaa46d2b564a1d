package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone joined a room the bot is in (the platform's event {@code "3001"} with {@code state} 1).
 *
 * {@snippet :
 * heychat.events().on(MemberJoined.class, joined ->
 *         log.info(joined.member().displayName() + " joined " + joined.room()));
 * }
 *
 * @param room   the room
 * @param member who joined
 * @param time   when
 */
public record MemberJoined(RoomId room, Sender member, Instant time) implements HeychatEvent {
    /** Validates that nothing is null. */
    public MemberJoined {
        Checks.notNull("room", room);
        Checks.notNull("member", member);
        Checks.notNull("time", time);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(member.id());
    }
}
