package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.InviteCode;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the platform's results into domain values, accepting every documented variant: joined rooms
 * flat or nested, role create/update as the role or under {@code role}, ids as strings or numbers, flags
 * as booleans or 0/1. Whatever cannot be read becomes a {@link HeychatProtocolException}, including the
 * domain's own validation failures: platform data never escapes as an {@link IllegalArgumentException} or
 * a {@link NullPointerException}.
 */
public final class Decoders {
    private Decoders() {
    }

    /** Applies a decoder and turns every non-domain failure into a protocol exception naming the result. */
    public static <T> T read(WireNode result, Function<WireNode, T> decoder) {
        try {
            return decoder.apply(result);
        } catch (HeychatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw result.unreadable("could not be read: " + e.getMessage(), e);
        }
    }

    // ---- rooms

    /** Row 17: {@code result = {rooms:[..], total, offset, limit}} (official) or {@code result.rooms = {rooms:[..], ..}}. */
    public static Page<Room> joinedRooms(WireNode result, PageRequest<Room> request) {
        WireNode page = result.field("rooms").isObject() ? result.object("rooms") : result;
        List<Room> rooms = page.array("rooms").stream().map(Decoders::room).toList();
        return page(rooms, page, request);
    }

    // The page answers the request that was sent: the platform's echo of offset and limit is not read (it can only
    // repeat them, and a page of a listing cannot be larger than the listing allows). The next page starts after the
    // items actually returned (Page.next).
    private static <T> Page<T> page(List<T> items, WireNode page, PageRequest<T> request) {
        int total = page.optionalInt("total").filter(t -> t >= 0).orElse(request.offset() + items.size());
        return new Page<>(items, request, Math.max(total, 0));
    }

    /** A Room object (§7.1). */
    static Room room(WireNode n) {
        return new Room(RoomId.of(n.id("room_id")),
                n.optionalText("room_name").orElse(""),
                n.nonBlankText("room_avatar"),
                n.nonBlankText("room_pic"),
                n.optionalLong("create_by").filter(id -> id > 0).map(UserId::of),
                n.flag("is_public", false),
                n.nonBlankText("public_id"),
                n.flag("is_hot", false),
                n.optionalLong("join_time").filter(ms -> ms > 0).map(Instant::ofEpochMilli));
    }

    /** Row 18: {@code result.room_info = {room_id, room, channels|channels_v2, roles, my_roles}}. */
    public static RoomDetails roomDetails(WireNode result, RoomId asked) {
        WireNode info = result.object("room_info");
        RoomId roomId = info.optionalId("room_id").map(RoomId::of).orElse(asked);
        Room room = info.optionalField("room").filter(WireNode::isObject).map(Decoders::room)
                .orElseGet(() -> Room.of(roomId, info.optionalText("room_name").orElse("")));
        String channelField = info.has("channels") ? "channels" : "channels_v2";
        List<Channel> channels = info.optionalArray(channelField).stream()
                .map(c -> channel(c, room.id(), Optional.empty())).toList();
        List<Role> roles = roles(info.optionalArray("roles"));
        Set<RoleId> mine = new LinkedHashSet<>();
        info.optionalArray("my_roles").forEach(r -> mine.add(RoleId.of(r.asId())));
        return new RoomDetails(room, channels, roles, mine);
    }

    /** A Channel object (§7.2), children in {@code channel_list}. */
    static Channel channel(WireNode n, RoomId room, Optional<ChannelId> enclosing) {
        ChannelId id = ChannelId.of(n.id("channel_id"));
        Optional<ChannelId> parent = n.has("parent_id") ? n.optionalId("parent_id").map(ChannelId::of) : enclosing;
        List<Channel> children = n.optionalArray("channel_list").stream()
                .map(c -> channel(c, room, Optional.of(id))).toList();
        return new Channel(room, id,
                n.optionalText("channel_name").orElse(""),
                ChannelType.fromCode(n.optionalInt("channel_type").orElse(-1)),
                parent,
                children,
                n.flag("is_private", false),
                passwordFlag(n),
                n.optionalInt("max_count").filter(c -> c > 0));
    }

    // `password` is a bool in the channel object; tolerate the password text itself, which some views may carry
    private static boolean passwordFlag(WireNode n) {
        Optional<WireNode> value = n.optionalField("password");
        if (value.isEmpty()) {
            return false;
        }
        if (value.get().json().isString()) {
            String text = value.get().json().stringValue();
            return !(text.isEmpty() || text.equals("0") || text.equals("false"));
        }
        return n.flag("password", false);
    }

    /** Row 24: {@code result.room_info = {user_info:[..], user_count}}. */
    public static Page<Member> members(WireNode result, PageRequest<Member> request) {
        WireNode info = result.object("room_info");
        List<Member> members = info.optionalArray("user_info").stream().map(Decoders::member).toList();
        int total = info.optionalInt("user_count").filter(t -> t >= 0).orElse(request.offset() + members.size());
        return new Page<>(members, request, total);
    }

    /** A member entry (§7.3). */
    static Member member(WireNode n) {
        Set<RoleId> roles = new LinkedHashSet<>();
        n.optionalArray("roles").forEach(r -> roles.add(RoleId.of(r.asId())));
        return new Member(UserId.of(n.longValue("user_id")),
                n.optionalText("nickname").orElse(""),
                n.nonBlankText("room_nickname").map(Nickname::of),
                roles,
                n.flag("bot", false),
                n.flag("is_master", false),
                n.nonBlankText("avatar"));
    }

    // ---- voice

    /** Row 28: {@code result.channel_id}; absent, empty or 0 means the user is in no channel. */
    public static Optional<ChannelId> whichChannel(WireNode result) {
        return result.optionalId("channel_id").map(ChannelId::of);
    }

    /** Row 29: {@code result.user_ids}, numbers or digit strings. */
    public static List<UserId> voiceUsers(WireNode result) {
        return result.optionalArray("user_ids").stream().map(u -> UserId.of(u.asLong())).toList();
    }

    // ---- channels

    /** Row 36: {@code result.channel}, or the channel as the result itself. */
    public static Channel createdChannel(WireNode result, RoomId room) {
        WireNode channel = result.has("channel") ? result.object("channel") : result;
        return channel(channel, room, Optional.empty());
    }

    /** Row 35: {@code {allow, deny}} bitmasks, also accepted under {@code user_perm}; missing means none. */
    public static PermissionOverwrite permissions(WireNode result) {
        WireNode perms = result.has("user_perm") ? result.object("user_perm") : result;
        return new PermissionOverwrite(bitmask(perms, "allow"), bitmask(perms, "deny"));
    }

    private static Permissions bitmask(WireNode n, String field) {
        return n.optionalText(field).filter(s -> !s.isEmpty()).map(Permissions::parse).orElse(Permissions.none());
    }

    /** Row 30: {@code result.invite_code}. */
    public static InviteCode inviteCode(WireNode result) {
        return new InviteCode(result.text("invite_code"));
    }

    // ---- messages

    /** Rows 1 and 5: {@code result.msg_id}. */
    public static MessageId messageId(WireNode result) {
        return MessageId.of(result.id("msg_id"));
    }

    // ---- roles

    /** Row 7: {@code result.roles}. */
    public static List<Role> roleList(WireNode result) {
        return roles(result.array("roles"));
    }

    private static List<Role> roles(List<WireNode> nodes) {
        List<Role> roles = new ArrayList<>(nodes.size());
        for (WireNode n : nodes) {
            // del_tag marks a deleted role that some views still list
            if (!n.flag("del_tag", false)) {
                roles.add(role(n));
            }
        }
        return List.copyOf(roles);
    }

    /** Rows 8 and 9: the role as {@code result} or as {@code result.role}. */
    public static Role changedRole(WireNode result) {
        return role(result.has("role") && result.field("role").isObject() ? result.object("role") : result);
    }

    /** A Role object (§6.3). A colour of 0 is "no colour". */
    static Role role(WireNode n) {
        return new Role(RoleId.of(n.id("id")),
                n.optionalText("name").orElse(""),
                n.optionalText("permissions").filter(s -> !s.isEmpty()).map(Permissions::parse).orElse(Permissions.none()),
                RoleType.fromCode(n.optionalInt("type").orElse(-1)),
                n.optionalInt("position").orElse(0),
                n.optionalInt("color").filter(c -> c != 0),
                n.nonBlankText("icon"),
                n.flag("hoist", false),
                n.flag("mentionable", false));
    }

    // ---- memes

    /** Row 13: {@code result.emoji} and {@code result.sticker}, items {@code {user_info, meme_info}}. */
    public static RoomMemes memes(WireNode result) {
        List<Meme> emoji = result.optionalArray("emoji").stream().map(m -> meme(m, MemeKind.EMOJI)).toList();
        List<Meme> stickers = result.optionalArray("sticker").stream().map(m -> meme(m, MemeKind.STICKER)).toList();
        return new RoomMemes(emoji, stickers);
    }

    private static Meme meme(WireNode item, MemeKind listedAs) {
        WireNode info = item.has("meme_info") ? item.object("meme_info") : item;
        MemeKind kind = info.optionalInt("mtype").map(t -> t == 2 ? MemeKind.STICKER : t == 1 ? MemeKind.EMOJI : listedAs)
                .orElse(listedAs);
        Optional<UserId> uploader = item.optionalField("user_info").filter(WireNode::isObject)
                .flatMap(u -> u.optionalLong("user_id")).filter(id -> id > 0).map(UserId::of);
        return new Meme(MemePath.of(info.id("path")),
                info.optionalText("name").orElse(""),
                info.optionalText("ext").orElse(""),
                kind,
                info.optionalLong("create_time").filter(s -> s > 0).map(Instant::ofEpochSecond),
                uploader);
    }

    // ---- media

    /** Row 6: {@code result.url}. */
    public static UploadedMedia uploaded(WireNode result) {
        return new UploadedMedia(result.text("url"));
    }

    /** Row 38: {@code result.task_id}, a string or a number. */
    public static StreamTaskId streamTask(WireNode result) {
        return StreamTaskId.of(result.text("task_id"));
    }
}
