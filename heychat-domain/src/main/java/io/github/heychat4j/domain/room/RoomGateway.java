package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.Listing;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The rooms the bot is in, and what it can do to their members.
 *
 * {@snippet :
 * RoomGateway rooms = heychat.rooms();
 * for (Room room : rooms.allJoinedRooms()) {
 *     System.out.println(room.name());
 * }
 * rooms.setNickname(room, alice, Nickname.of("测试昵称"));
 * rooms.kick(room, spammer);
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface RoomGateway {
    /** The rooms the bot has joined, at most 50 per page (the platform's official limit). */
    Listing<Room> JOINED_ROOMS = new Listing<>("joined rooms", 50);
    /** A room's members, at most 300 per page (the platform's limit). */
    Listing<Member> ROOM_MEMBERS = new Listing<>("room members", 300);

    /**
     * One page of the rooms the bot has joined. No permission needed. Wire: {@code GET /chatroom/v2/room/joined}.
     *
     * @param page a page of {@link #JOINED_ROOMS}, e.g. {@code JOINED_ROOMS.first(50)}
     */
    Page<Room> joinedRooms(PageRequest<Room> page);

    /** Every room the bot has joined, reading page after page. Adapters may cache it. */
    default List<Room> allJoinedRooms() {
        return Page.readAll(JOINED_ROOMS, this::joinedRooms);
    }

    /** A room with its channel tree and roles. The bot must be in the room. Wire: {@code GET /chatroom/v2/room/view}. */
    RoomDetails details(RoomId room);

    /**
     * One page of a room's members. The bot must be in the room. Wire: {@code GET /chatroom/v2/room/users}.
     *
     * @param page a page of {@link #ROOM_MEMBERS}, e.g. {@code ROOM_MEMBERS.first(300)}
     */
    Page<Member> members(RoomId room, PageRequest<Member> page);

    /** Every member of a room, reading page after page. */
    default List<Member> allMembers(RoomId room) {
        return Page.readAll(ROOM_MEMBERS, page -> members(room, page));
    }

    /** The bot leaves the room. No permission needed. Wire: {@code POST /chatroom/v2/room/leave}. */
    void leave(RoomId room);

    /**
     * Kicks a member out of the room; they can come back with an invite. Needs 管理员 or 踢出房间
     * ({@code KICK_MEMBERS}). Wire: {@code POST /chatroom/v2/room/kick_out}.
     */
    void kick(RoomId room, UserId user);

    /**
     * Sets ({@code Optional.of}) or clears (empty) a member's room nickname; the bot's own id changes
     * its own nickname. Needs 管理员 or 管理昵称 ({@code MANAGE_NICKNAMES}); 修改昵称 for the bot's own.
     * Wire: {@code POST /chatroom/v2/room/nickname}.
     */
    void changeNickname(RoomId room, UserId user, Optional<Nickname> nickname);

    /** Sets a member's room nickname. See {@link #changeNickname}. */
    default void setNickname(RoomId room, UserId user, Nickname nickname) {
        changeNickname(room, user, Optional.of(Checks.notNull("nickname", nickname)));
    }

    /** Clears a member's room nickname. See {@link #changeNickname}. */
    default void clearNickname(RoomId room, UserId user) {
        changeNickname(room, user, Optional.empty());
    }

    /**
     * Silences (禁言) a member for a while: they cannot speak in text or voice; or lifts the silence
     * ({@link Silence#lift()}). Needs 禁言 ({@code SILENCE_MEMBERS}); not the room's blacklist
     * ({@code BAN_MEMBERS}). Wire: {@code POST /chatroom/v2/room/ban}.
     */
    void silence(RoomId room, UserId user, Silence silence);

    /** Silences a member for {@code duration}, with a reason for the audit log. See {@link #silence(RoomId, UserId, Silence)}. */
    default void silence(RoomId room, UserId user, Duration duration, String reason) {
        silence(room, user, Silence.of(duration, reason));
    }

    /** Lifts a member's silence. See {@link #silence(RoomId, UserId, Silence)}. */
    default void unsilence(RoomId room, UserId user) {
        silence(room, user, Silence.lift());
    }

    /**
     * Mutes or unmutes a member's microphone across the room. The platform also wants the voice
     * channel the member is in. Needs 静音某人 ({@code MUTE_MEMBERS}). Wire: {@code POST /chatroom/v2/room/mute}.
     */
    void setMicrophoneMuted(ChannelRef voiceChannel, UserId user, boolean muted);

    /**
     * Mutes or unmutes a member's speaker (deafens) across the room. Needs 静音某人 ({@code MUTE_MEMBERS}).
     * Wire: {@code POST /chatroom/v2/room/mute_earphone}.
     */
    void setSpeakerMuted(ChannelRef voiceChannel, UserId user, boolean muted);
}
