package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.message.Emoji;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone reacted to a message with an emoji (the platform's event {@code "5003"} with {@code is_add} 1).
 * The official event names only the channel; the room comes from a field a community client reads
 * ({@code room_id}), so it is optional here.
 *
 * @param room    the room, when the platform says it
 * @param channel the channel of the message
 * @param message the message reacted to
 * @param user    who reacted
 * @param emoji   the emoji
 * @param time    when
 */
public record ReactionAdded(Optional<RoomId> room, ChannelId channel, MessageId message, UserId user, Emoji emoji, Instant time)
        implements HeychatEvent {
    /** Validates that nothing is null. */
    public ReactionAdded {
        Checks.notNull("room", room);
        Checks.notNull("channel", channel);
        Checks.notNull("message", message);
        Checks.notNull("user", user);
        Checks.notNull("emoji", emoji);
        Checks.notNull("time", time);
    }

    /** The text channel to answer in, when the room is known. */
    public Optional<ChannelRef> channelRef() {
        return room.map(r -> ChannelRef.text(r, channel));
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(user);
    }
}
