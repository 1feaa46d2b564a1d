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
import tools.jackson.core.JsonGenerator;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The platform's objects as the emulator writes them (spec §6.3, §7; golden/responses/*.json): 64-bit
 * ids as strings, user ids as numbers, flags as 0/1 where the platform uses ints, permissions as
 * decimal strings. Fields the domain does not carry get the platform's neutral value ({@code ""}, 0).
 * Each object is written field by field into a generator, in the platform's field order.
 */
public final class WireEncoder {

    private WireEncoder() {
    }

    /** A room of the joined list (spec §7.1). */
    public static void room(JsonGenerator out, Room room) {
        out.writeStartObject();
        roomFields(out, room);
        out.writeEndObject();
    }

    /** The fields of a room, for an object that adds its own (the room view adds {@code member_count}). */
    public static void roomFields(JsonGenerator out, Room room) {
        out.writeStringProperty("room_id", room.id().value());
        out.writeStringProperty("room_name", room.name());
        out.writeStringProperty("room_avatar", room.avatar().orElse(""));
        out.writeNumberProperty("create_by", room.owner().map(UserId::value).orElse(0L));
        out.writeStringProperty("room_pic", room.banner().orElse(""));
        out.writeNumberProperty("is_public", room.isPublic() ? 1 : 0);
        out.writeStringProperty("public_id", room.publicId().orElse(""));
        out.writeNumberProperty("is_hot", room.hot() ? 1 : 0);
        out.writeNumberProperty("join_time", room.joinedAt().map(Instant::toEpochMilli).orElse(0L));
    }

    /** A channel and its children (spec §7.2); top-level channels have parent {@code "0"}. */
    public static void channel(JsonGenerator out, Channel channel, long createdBy) {
        out.writeStartObject();
        out.writeStringProperty("channel_id", channel.id().value());
        out.writeStringProperty("channel_name", channel.name());
        out.writeNumberProperty("channel_type", channel.type().code());
        out.writeStringProperty("parent_id", channel.parent().map(p -> p.value()).orElse("0"));
        if (channel.type().isVoice()) {
            // The domain does not keep the voice back end; every emulated voice channel runs on the default one.
            out.writeStringProperty("api_type", "trtc");
        }
        out.writeNumberProperty("is_private", channel.isPrivate() ? 1 : 0);
        out.writeBooleanProperty("password", channel.passwordProtected());
        out.writeNumberProperty("max_count", channel.maxMembers().orElse(0));
        out.writeNumberProperty("create_by", createdBy);
        out.writeArrayPropertyStart("channel_list");
        for (Channel child : channel.children()) {
            channel(out, child, createdBy);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * A role (spec §6.3). The domain keeps no creator, creation time or gradient: the room's owner, 0
     * and an empty gradient stand in.
     */
    public static void role(JsonGenerator out, Role role, RoomId room, long creator) {
        out.writeStartObject();
        out.writeStringProperty("id", role.id().value());
        out.writeStringProperty("name", role.name());
        out.writeStringProperty("icon", role.icon().orElse(""));
        out.writeNumberProperty("color", role.color().orElse(0));
        out.writeArrayPropertyStart("color_list");
        out.writeEndArray();
        out.writeStringProperty("room_id", room.value());
        out.writeStringProperty("permissions", role.permissions().toDecimalString());
        out.writeNumberProperty("type", role.type().code());
        out.writeNumberProperty("position", role.position());
        out.writeNumberProperty("hoist", role.hoist() ? 1 : 0);
        out.writeBooleanProperty("mentionable", role.mentionable());
        out.writeNumberProperty("del_tag", 0);
        out.writeNumberProperty("creator", creator);
        out.writeNumberProperty("create_time", 0);
        out.writeEndObject();
    }

    /** Role ids as an array of strings, in id order. */
    public static void roleIds(JsonGenerator out, Collection<RoleId> roles) {
        out.writeStartArray();
        roles.stream().map(RoleId::value).sorted().forEach(out::writeString);
        out.writeEndArray();
    }

    /** A member of the room-users list (spec §7.3). */
    public static void member(JsonGenerator out, Member member) {
        out.writeStartObject();
        out.writeNumberProperty("user_id", member.id().value());
        out.writeStringProperty("nickname", member.nickname());
        out.writeStringProperty("avatar", member.avatar().orElse(""));
        out.writeBooleanProperty("bot", member.bot());
        out.writeNumberProperty("level", 1);
        out.writeName("roles");
        roleIds(out, member.roles());
        out.writeStringProperty("room_nickname", member.roomNickname().map(Nickname::value).orElse(""));
        out.writeBooleanProperty("is_master", member.owner());
        out.writeEndObject();
    }

    /** One item of the meme list: the uploader and the meme (spec §2.4 #13). */
    public static void meme(JsonGenerator out, Meme meme, Optional<Member> uploader) {
        out.writeStartObject();
        out.writeObjectPropertyStart("user_info");
        out.writeNumberProperty("user_id", meme.uploader().map(UserId::value).orElse(0L));
        out.writeStringProperty("nickname", uploader.map(Member::nickname).orElse(""));
        out.writeStringProperty("avatar", uploader.flatMap(Member::avatar).orElse(""));
        out.writeEndObject();
        out.writeObjectPropertyStart("meme_info");
        out.writeStringProperty("name", meme.name());
        out.writeStringProperty("path", meme.path().value());
        out.writeStringProperty("ext", meme.extension());
        out.writeNumberProperty("create_time", meme.createdAt().map(Instant::getEpochSecond).orElse(0L));
        out.writeNumberProperty("mtype", meme.kind() == MemeKind.EMOJI ? 1 : 2);
        out.writeEndObject();
        out.writeEndObject();
    }
}
