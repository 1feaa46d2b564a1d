package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.Operation;
import java.util.List;
import java.util.Optional;

/** {@link RoomGateway} over HTTP; joined rooms and room details come from the cache unless {@code cached} is off. */
public final class HttpRoomGateway implements RoomGateway {
    private final HttpCore core;
    private final boolean cached;

    /**
     * @param core   the client
     * @param cached whether reads may be answered from the cache
     */
    public HttpRoomGateway(HttpCore core, boolean cached) {
        this.core = core;
        this.cached = cached;
    }

    @Override
    public Page<Room> joinedRooms(PageRequest<Room> page) {
        return core.joinedRooms(page);
    }

    @Override
    public List<Room> allJoinedRooms() {
        return core.caches().joinedRooms(cached);
    }

    @Override
    public RoomDetails details(RoomId room) {
        return core.caches().details(room, cached);
    }

    @Override
    public Page<Member> members(RoomId room, PageRequest<Member> page) {
        return core.read(Requests.roomUsers(core.self(), room, page), r -> Decoders.members(r, page));
    }

    @Override
    public void leave(RoomId room) {
        try {
            core.call(Requests.leave(room));
        } finally {
            core.caches().roomLeft(room);
        }
    }

    @Override
    public void kick(RoomId room, UserId user) {
        core.call(Requests.kick(room, user));
    }

    @Override
    public void changeNickname(RoomId room, UserId user, Optional<Nickname> nickname) {
        try {
            core.call(Requests.nickname(room, user, nickname));
        } finally {
            if (user.equals(core.self())) {
                core.caches().roomChanged(room);
            }
        }
    }

    @Override
    public void silence(RoomId room, UserId user, Silence silence) {
        core.call(Requests.ban(room, user, silence));
    }

    @Override
    public void setMicrophoneMuted(ChannelRef voiceChannel, UserId user, boolean muted) {
        core.call(Requests.roomMute(Operation.ROOMS_MUTE_MICROPHONE, voiceChannel, user, muted));
    }

    @Override
    public void setSpeakerMuted(ChannelRef voiceChannel, UserId user, boolean muted) {
        core.call(Requests.roomMute(Operation.ROOMS_MUTE_SPEAKER, voiceChannel, user, muted));
    }
}
