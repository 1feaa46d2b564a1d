package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.voice.VoiceGateway;
import io.github.heychat4j.domain.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The voice port over the fake world. */
public final class FakeVoice implements VoiceGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeVoice(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public void move(RoomId room, ChannelId from, ChannelId to, UsersToMove users) {
        // journalled as the set of users (in id order), as it goes on the wire
        Set<UserId> moving = users.users();
        route.run(self, Operation.VOICE_MOVE, List.of(room, from, to, moving), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.voiceChannel(r, from);
            Rules.voiceChannel(r, to);
            Rules.require(r, self, Permission.MOVE_MEMBERS);
            for (UserId user : moving) {
                Rules.member(r, user);
                if (!from.equals(r.voicePresence.get(user))) {
                    throw Errors.userMissing("user " + user + " is not in voice channel " + from);
                }
            }
            moving.forEach(user -> r.voicePresence.put(user, to));
        });
    }

    @Override
    public void disconnect(ChannelRef voiceChannel, UserId user) {
        ChannelRef.voiceTarget("voiceChannel", voiceChannel);
        route.run(self, Operation.VOICE_DISCONNECT, List.of(voiceChannel, user), w -> {
            RoomState r = Rules.joinedRoom(w, voiceChannel.room(), self);
            Rules.voiceChannel(r, voiceChannel.channel());
            Rules.require(r, self, Permission.KICK_FROM_CHANNEL);
            Rules.member(r, user);
            if (!voiceChannel.channel().equals(r.voicePresence.get(user))) {
                throw Errors.userMissing("user " + user + " is not in voice channel " + voiceChannel.channel());
            }
            r.voicePresence.remove(user);
        });
    }

    @Override
    public void toggleMicrophone(ChannelRef voiceChannel, UserId user) {
        ChannelRef.voiceTarget("voiceChannel", voiceChannel);
        route.run(self, Operation.VOICE_TOGGLE_MICROPHONE, List.of(voiceChannel, user), w -> {
            RoomState r = Rules.joinedRoom(w, voiceChannel.room(), self);
            Rules.voiceChannel(r, voiceChannel.channel());
            Rules.require(r, self, Permission.MUTE_MEMBERS);
            Rules.member(r, user);
            RoomState.ChannelUser key = new RoomState.ChannelUser(voiceChannel.channel(), user);
            if (!r.channelMicrophoneMuted.remove(key)) {
                r.channelMicrophoneMuted.add(key);
            }
        });
    }

    @Override
    public Optional<ChannelId> channelOf(RoomId room, UserId user, boolean voiceOnly) {
        // Presence is modelled for voice channels only, so voiceOnly changes nothing here.
        return route.call(self, Operation.VOICE_CHANNEL_OF, List.of(room, user, voiceOnly), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.member(r, user);
            return Optional.ofNullable(r.voicePresence.get(user));
        });
    }

    @Override
    public List<UserId> usersIn(ChannelRef voiceChannel) {
        ChannelRef.voiceTarget("voiceChannel", voiceChannel);
        return route.call(self, Operation.VOICE_USERS_IN, List.of(voiceChannel), w -> {
            RoomState r = Rules.joinedRoom(w, voiceChannel.room(), self);
            Rules.voiceChannel(r, voiceChannel.channel());
            return WorldState.usersIn(r, voiceChannel.channel());
        });
    }
}
