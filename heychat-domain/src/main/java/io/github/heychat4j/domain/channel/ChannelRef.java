package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.internal.Checks;

/**
 * Where a channel is: its room, its id and its type. The platform wants all three on most channel
 * calls. Get one from {@link Channel#ref()}, or build it:
 *
 * {@snippet :
 * ChannelRef general = ChannelRef.text(RoomId.of("3587810143523774464"), ChannelId.of("3377790315288076288"));
 * heychat.messages().send(general, MessageContent.text("hello"));
 * }
 *
 * @param room    the room the channel is in
 * @param channel the channel id
 * @param type    the channel's type
 */
public record ChannelRef(RoomId room, ChannelId channel, ChannelType type) {
    /** Validates that nothing is null and the type is known. */
    public ChannelRef {
        Checks.notNull("room", room);
        Checks.notNull("channel", channel);
        Checks.notNull("type", type);
        if (type == ChannelType.UNKNOWN) {
            throw new IllegalArgumentException("type: must be a known channel type, got UNKNOWN");
        }
    }

    /** A text channel. */
    public static ChannelRef text(RoomId room, ChannelId channel) {
        return new ChannelRef(room, channel, ChannelType.TEXT);
    }

    /** A voice channel. */
    public static ChannelRef voice(RoomId room, ChannelId channel) {
        return new ChannelRef(room, channel, ChannelType.VOICE);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " channel " + channel + " in room " + room;
    }
}
