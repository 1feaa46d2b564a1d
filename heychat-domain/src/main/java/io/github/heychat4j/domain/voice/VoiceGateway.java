package io.github.heychat4j.domain.voice;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is in which voice channel, and moving them around.
 *
 * {@snippet :
 * VoiceGateway voice = heychat.voice();
 * voice.channelOf(room, alice).ifPresent(current ->
 *         voice.move(room, current, afkChannel, Set.of(alice)));
 * voice.disconnect(ChannelRef.voice(room, lobby), troll);
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface VoiceGateway {

    /**
     * Moves users from one voice channel to another in the same room. Needs 管理员 or 移动成员
     * ({@code MOVE_MEMBERS}). Wire: {@code POST /chatroom/v2/channel/move_member}.
     *
     * @param users the users to move, all in {@code from}
     */
    void move(RoomId room, ChannelId from, ChannelId to, UsersToMove users);

    /**
     * Moves users. See {@link #move(RoomId, ChannelId, ChannelId, UsersToMove)}.
     *
     * @param users 1 to {@value UsersToMove#MAX_SIZE} users, all in {@code from}, checked by {@link UsersToMove#UsersToMove(Set)}
     */
    default void move(RoomId room, ChannelId from, ChannelId to, Set<UserId> users) {
        move(room, from, to, new UsersToMove(users));
    }

    /**
     * Disconnects a user from a voice channel. Needs 管理员 or 踢出频道 ({@code KICK_FROM_CHANNEL}).
     * Wire: {@code POST /chatroom/v2/channel/kick_out}.
     */
    void disconnect(ChannelRef voiceChannel, UserId user);

    /**
     * Toggles a user's microphone in a voice channel: mutes an unmuted user, unmutes a muted one.
     * Not safe to repeat after a lost answer. Needs 静音某人 ({@code MUTE_MEMBERS}).
     * Wire: {@code POST /chatroom/v2/channel/mute_user}.
     */
    void toggleMicrophone(ChannelRef voiceChannel, UserId user);

    /**
     * The channel a user is in, if any. The bot must be in the room. Wire: {@code GET /chatroom/v2/channel/which_user}.
     *
     * @param voiceOnly only report a voice channel ({@code must_audio})
     */
    Optional<ChannelId> channelOf(RoomId room, UserId user, boolean voiceOnly);

    /** The voice channel a user is in, if any. */
    default Optional<ChannelId> channelOf(RoomId room, UserId user) {
        return channelOf(room, user, true);
    }

    /** The users in a voice channel. Wire: {@code GET /chatroom/v2/channel/user/list}. */
    List<UserId> usersIn(ChannelRef voiceChannel);
}
