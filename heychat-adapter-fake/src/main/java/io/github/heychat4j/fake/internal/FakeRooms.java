package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rooms port over the fake world. */
public final class FakeRooms implements RoomGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeRooms(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public Page<Room> joinedRooms(PageRequest<Room> page) {
        return route.call(self, Operation.ROOMS_JOINED, List.of(page),
                w -> Pages.slice(w.roomsOf(self), page));
    }

    @Override
    public RoomDetails details(RoomId room) {
        return route.call(self, Operation.ROOMS_DETAILS, List.of(room), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            return w.details(r, w.rolesOf(r, self));
        });
    }

    @Override
    public Page<Member> members(RoomId room, PageRequest<Member> page) {
        return route.call(self, Operation.ROOMS_MEMBERS, List.of(room, page),
                w -> Pages.slice(w.memberList(Rules.joinedRoom(w, room, self)), page));
    }

    @Override
    public void leave(RoomId room) {
        route.run(self, Operation.ROOMS_LEAVE, List.of(room), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            if (r.isOwner(self)) {
                throw Errors.other("房主无法退出房间 (the owner cannot leave the room)");
            }
            w.removeMember(r, self);
        });
    }

    @Override
    public void kick(RoomId room, UserId user) {
        route.run(self, Operation.ROOMS_KICK, List.of(room, user), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, Permission.KICK_MEMBERS);
            Rules.member(r, user);
            if (r.isOwner(user)) {
                throw Errors.permissionDenied("the room owner cannot be kicked");
            }
            w.removeMember(r, user);
        });
    }

    @Override
    public void changeNickname(RoomId room, UserId user, Optional<Nickname> nickname) {
        route.run(self, Operation.ROOMS_CHANGE_NICKNAME, List.of(room, user, nickname), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, user.equals(self) ? Permission.CHANGE_NICKNAME : Permission.MANAGE_NICKNAMES);
            MemberRecord target = Rules.member(r, user);
            target.nickname = nickname;
        });
    }

    @Override
    public void silence(RoomId room, UserId user, Silence silence) {
        route.run(self, Operation.ROOMS_SILENCE, List.of(room, user, silence), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, Permission.SILENCE_MEMBERS);
            Rules.member(r, user);
            if (silence.isLift()) {
                r.bannedUntil.remove(user);
                return;
            }
            if (r.isOwner(user)) {
                throw Errors.permissionDenied("the room owner cannot be silenced");
            }
            r.bannedUntil.put(user, w.now().plus(silence.duration()));
        });
    }

    @Override
    public void setMicrophoneMuted(ChannelRef voiceChannel, UserId user, boolean muted) {
        route.run(self, Operation.ROOMS_MUTE_MICROPHONE, List.of(voiceChannel, user, muted),
                w -> mute(w, voiceChannel, user).set(r -> r.microphoneMuted, muted));
    }

    @Override
    public void setSpeakerMuted(ChannelRef voiceChannel, UserId user, boolean muted) {
        route.run(self, Operation.ROOMS_MUTE_SPEAKER, List.of(voiceChannel, user, muted),
                w -> mute(w, voiceChannel, user).set(r -> r.speakerMuted, muted));
    }

    /** The rules both room mutes share; the result applies one of them. */
    private Mute mute(WorldState w, ChannelRef voiceChannel, UserId user) {
        RoomState r = Rules.joinedRoom(w, voiceChannel.room(), self);
        Rules.voiceChannel(r, voiceChannel.channel());
        Rules.require(r, self, Permission.MUTE_MEMBERS);
        Rules.member(r, user);
        return new Mute(r, user);
    }

    private record Mute(RoomState room, UserId user) {
        void set(Function<RoomState, Set<UserId>> flags, boolean muted) {
            if (muted) {
                flags.apply(room).add(user);
            } else {
                flags.apply(room).remove(user);
            }
        }
    }
}
