package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Rows 16-24 of spec §2.1: rooms and their members. */
final class RoomEndpoints {

    private RoomEndpoints() {
    }

    /** Row 16, POST /chatroom/v2/room/nickname; no {@code nickname} (or an empty one) clears it. */
    static JsonNode nickname(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        UserId user = body.userId("to_user_id");
        Optional<Nickname> nickname = body.optionalString("nickname").filter(n -> !n.isEmpty()).map(Nickname::of);
        call.heychat().rooms().changeNickname(room, user, nickname);
        return Json.object();
    }

    /**
     * Row 17, GET /chatroom/v2/room/joined. Served in the official flat form
     * {@code {rooms: [Room], total, offset, limit}} (golden 17-room-joined.flat.json).
     */
    static WireResult joined(Call call) {
        PageRequest<Room> request = RoomGateway.JOINED_ROOMS.page(call.query().integer("offset", 0),
                call.query().integer("limit", RoomGateway.JOINED_ROOMS.maxLimit()));
        Page<Room> page = call.heychat().rooms().joinedRooms(request);
        return out -> {
            out.writeStartObject();
            out.writeArrayPropertyStart("rooms");
            for (Room room : page.items()) {
                WireEncoder.room(out, room);
            }
            out.writeEndArray();
            out.writeNumberProperty("total", page.total());
            out.writeNumberProperty("offset", page.offset());
            out.writeNumberProperty("limit", page.limit());
            out.writeEndObject();
        };
    }

    /** Row 18, GET /chatroom/v2/room/view: {@code {room_info: {...}, screen_share_v2}}. */
    static WireResult view(Call call) {
        RoomId id = RoomId.of(call.query().id("room_id"));
        RoomDetails details = call.heychat().rooms().details(id);
        int memberCount = call.world().members(id).size();
        long owner = details.room().owner().map(UserId::value).orElse(0L);
        return out -> {
            out.writeStartObject();
            out.writeObjectPropertyStart("room_info");
            out.writeStringProperty("room_id", id.value());
            out.writeObjectPropertyStart("room");
            WireEncoder.roomFields(out, details.room());
            out.writeNumberProperty("member_count", memberCount);
            out.writeEndObject();
            out.writeArrayPropertyStart("channels");
            for (Channel channel : details.channels()) {
                WireEncoder.channel(out, channel, owner);
            }
            out.writeEndArray();
            out.writeArrayPropertyStart("roles");
            for (Role role : details.roles()) {
                WireEncoder.role(out, role, id, owner);
            }
            out.writeEndArray();
            out.writeName("my_roles");
            WireEncoder.roleIds(out, details.myRoles());
            out.writeEndObject();
            out.writeBooleanProperty("screen_share_v2", false);
            out.writeEndObject();
        };
    }

    /**
     * Row 19, POST /chatroom/v2/room/leave. Served with the OpenAPI export's result
     * {@code {chatmobile_ack_id, heychat_ack_id}} (golden 19-room-leave.acks.json).
     */
    static JsonNode leave(Call call) {
        call.heychat().rooms().leave(RoomId.of(call.body().id("room_id")));
        String ack = call.nextSequence();
        ObjectNode result = Json.object();
        result.put("chatmobile_ack_id", ack);
        result.put("heychat_ack_id", ack);
        return result;
    }

    /** Row 20, POST /chatroom/v2/room/kick_out. */
    static JsonNode kick(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        call.heychat().rooms().kick(room, body.userId("to_user_id"));
        return Json.object();
    }

    /** Row 21, POST /chatroom/v2/room/ban; {@code duration} 0 lifts the ban. */
    static JsonNode ban(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        UserId user = body.userId("to_user_id");
        int seconds = body.integer("duration");
        Silence ban = Silence.of(Duration.ofSeconds(seconds), body.string("reason"));
        call.heychat().rooms().silence(room, user, ban);
        return Json.object();
    }

    /** Row 22, POST /chatroom/v2/room/mute. */
    static JsonNode muteMicrophone(Call call) {
        JsonBody body = call.body();
        call.heychat().rooms().setMicrophoneMuted(voiceChannel(call, body), body.userId("to_user_id"), body.bool("mute"));
        return Json.object();
    }

    /** Row 23, POST /chatroom/v2/room/mute_earphone. */
    static JsonNode muteSpeaker(Call call) {
        JsonBody body = call.body();
        call.heychat().rooms().setSpeakerMuted(voiceChannel(call, body), body.userId("to_user_id"), body.bool("mute"));
        return Json.object();
    }

    private static ChannelRef voiceChannel(Call call, JsonBody body) {
        RoomId room = RoomId.of(body.id("room_id"));
        return call.voiceRef(room, ChannelId.of(body.id("channel_id")));
    }

    /** Row 24, GET /chatroom/v2/room/users: {@code {room_info: {room_id, user_count, user_info, ...}}}. */
    static WireResult members(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        call.query().optionalId("heybox_id");
        PageRequest<Member> request = RoomGateway.ROOM_MEMBERS.page(call.query().integer("offset", 0),
                call.query().integer("limit", RoomGateway.ROOM_MEMBERS.maxLimit()));
        Page<Member> page = call.heychat().rooms().members(room, request);
        List<Member> everyone = call.world().members(room);
        long online = everyone.stream().filter(m -> call.world().voiceChannelOf(room, m.id()).isPresent()).count();
        return out -> {
            out.writeStartObject();
            out.writeObjectPropertyStart("room_info");
            out.writeStringProperty("room_id", room.value());
            out.writeNumberProperty("user_count", page.total());
            out.writeArrayPropertyStart("user_info");
            for (Member member : page.items()) {
                WireEncoder.member(out, member);
            }
            out.writeEndArray();
            // "Online" in the emulator means connected to a voice channel: the only presence the world models.
            out.writeNumberProperty("online_count", online);
            out.writeNumberProperty("offline_count", everyone.size() - online);
            out.writeEndObject();
            out.writeEndObject();
        };
    }
}
