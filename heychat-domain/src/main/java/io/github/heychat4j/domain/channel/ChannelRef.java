package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.internal.PlatformTexts;

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

    /** The platform's words for a call on a channel of the wrong type, so a local refusal reads like the platform's. */
    private static final String WRONG_TARGET = PlatformTexts.rejected(RejectedException.Reason.WRONG_TARGET);

    /**
     * The target of a call that acts on people in a voice channel. A {@code ChannelRef} knows its kind, so a text
     * channel there is refused before anything is sent, with the answer the platform would give
     * ({@link RejectedException.Reason#WRONG_TARGET}); every adapter calls this, so they answer alike.
     *
     * @param field the parameter's name, for the message
     * @throws IllegalArgumentException when {@code channel} is null
     * @throws RejectedException        when it is not a voice channel; nothing was sent
     */
    public static ChannelRef voiceTarget(String field, ChannelRef channel) {
        Checks.notNull(field, channel);
        if (!channel.type().isVoice()) {
            throw new RejectedException(RejectedException.Reason.WRONG_TARGET, WRONG_TARGET + " (" + field
                    + ": must be a voice channel, got a " + channel.type() + " channel, " + channel + "; nothing was sent)");
        }
        return channel;
    }

    /**
     * The target of a channel-message call: a text or announcement channel, refused before anything is sent
     * otherwise, as {@link #voiceTarget} does.
     *
     * @param field the parameter's name, for the message
     * @throws IllegalArgumentException when {@code channel} is null
     * @throws RejectedException        when it takes no channel messages; nothing was sent
     */
    public static ChannelRef messageTarget(String field, ChannelRef channel) {
        Checks.notNull(field, channel);
        if (!channel.type().acceptsMessages()) {
            throw new RejectedException(RejectedException.Reason.WRONG_TARGET, WRONG_TARGET + " (" + field
                    + ": must be a text or announcement channel, got a " + channel.type() + " channel, " + channel
                    + "; nothing was sent)");
        }
        return channel;
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " channel " + channel + " in room " + room;
    }
}
