package io.github.heychat4j.testkit.example.moderation;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;

/**
 * A channel message the bot was told about (by the event gateway, in a real bot).
 *
 * @param channel where it was posted; the channel knows its room
 * @param author  who wrote it
 * @param text    what it says
 */
public record IncomingMessage(ChannelRef channel, UserId author, String text) {
    /** The room it was posted in. */
    public RoomId room() {
        return channel.room();
    }
}
