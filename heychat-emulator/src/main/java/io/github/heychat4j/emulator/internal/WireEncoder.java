package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The platform's objects as the emulator writes them (spec §6.3, §7; golden/responses/*.json): 64-bit
 * ids as strings, user ids as numbers, flags as 0/1 where the platform uses ints, permissions as
 * decimal strings. Fields the domain does not carry get the platform's neutral value ({@code ""}, 0).
 */
public final class WireEncoder {

    private WireEncoder() {
    }

    /** A room of the joined list (spec §7.1). */
    public static ObjectNode room(Room room) {
        ObjectNode r = Json.object();
        r.put("room_id", room.id().value());
        r.put("room_name", room.name());
        r.put("room_avatar", room.avatar().orElse(""));
        r.put("create_by", room.owner().map(UserId::value).orElse(0L));
        r.put("room_pic", room.banner().orElse(""));
        r.put("is_public", room.isPublic() ? 1 : 0);
        r.put("public_id", room.publicId().orElse(""));
        r.put("is_hot", room.hot() ? 1 : 0);
        r.put("join_time", room.joinedAt().map(Instant::toEpochMilli).orElse(0L));
        return r;
    }

    /** A channel and its children (spec §7.2); top-level channels have parent {@code "0"}. */
    public static ObjectNode channel(Channel channel, long createdBy) {
        ObjectNode c = Json.object();
        c.put("channel_id", channel.id().value());
        c.put("channel_name", channel.name());
        c.put("channel_type", channel.type().code());
        c.put("parent_id", channel.parent().map(p -> p.value()).orElse("0"));
        if (channel.type().isVoice()) {
            // The domain does not keep the voice back end; every emulated voice channel runs on the default one.
            c.put("api_type", "trtc");
        }
        c.put("is_private", channel.isPrivate() ? 1 : 0);
        c.put("password", channel.passwordProtected());
        c.put("max_count", channel.maxMembers().orElse(0));
        c.put("create_by", createdBy);
        ArrayNode children = c.putArray("channel_list");
        for (Channel child : channel.children()) {
            children.add(channel(child, createdBy));
        }
        return c;
    }

    /**
     * A role (spec §6.3). The domain keeps no creator, creation time or gradient: the room's owner, 0
     * and an empty gradient stand in.
     */
    public static ObjectNode role(Role role, RoomId room, long creator) {
        ObjectNode r = Json.object();
        r.put("id", role.id().value());
        r.put("name", role.name());
        r.put("icon", role.icon().orElse(""));
        r.put("color", role.color().orElse(0));
        r.putArray("color_list");
        r.put("room_id", room.value());
        r.put("permissions", role.permissions().toDecimalString());
        r.put("type", role.type().code());
        r.put("position", role.position());
        r.put("hoist", role.hoist() ? 1 : 0);
        r.put("mentionable", role.mentionable());
        r.put("del_tag", 0);
        r.put("creator", creator);
        r.put("create_time", 0);
        return r;
    }

    /** Role ids as an array of strings. */
    public static ArrayNode roleIds(Collection<RoleId> roles) {
        ArrayNode ids = Json.array();
        roles.stream().map(RoleId::value).sorted().forEach(ids::add);
        return ids;
    }

    /** A member of the room-users list (spec §7.3). */
    public static ObjectNode member(Member member) {
        ObjectNode m = Json.object();
        m.put("user_id", member.id().value());
        m.put("nickname", member.nickname());
        m.put("avatar", member.avatar().orElse(""));
        m.put("bot", member.bot());
        m.put("level", 1);
        m.set("roles", roleIds(member.roles()));
        m.put("room_nickname", member.roomNickname().map(Nickname::value).orElse(""));
        m.put("is_master", member.owner());
        return m;
    }

    /** One item of the meme list: the uploader and the meme (spec §2.4 #13). */
    public static ObjectNode meme(Meme meme, Optional<Member> uploader) {
        ObjectNode item = Json.object();
        ObjectNode user = item.putObject("user_info");
        user.put("user_id", meme.uploader().map(UserId::value).orElse(0L));
        user.put("nickname", uploader.map(Member::nickname).orElse(""));
        user.put("avatar", uploader.flatMap(Member::avatar).orElse(""));
        ObjectNode info = item.putObject("meme_info");
        info.put("name", meme.name());
        info.put("path", meme.path().value());
        info.put("ext", meme.extension());
        info.put("create_time", meme.createdAt().map(Instant::getEpochSecond).orElse(0L));
        info.put("mtype", meme.kind() == MemeKind.EMOJI ? 1 : 2);
        return item;
    }
}
