package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Ban;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
    static JsonNode joined(Call call) {
        PageRequest request = new PageRequest(call.query().integer("offset", 0),
                call.query().integer("limit", PageRequest.JOINED_ROOMS_MAX_LIMIT));
        Page<Room> page = call.heychat().rooms().joinedRooms(request);
        ObjectNode result = Json.object();
        ArrayNode rooms = result.putArray("rooms");
        page.items().forEach(room -> rooms.add(WireEncoder.room(room)));
        result.put("total", page.total());
        result.put("offset", page.offset());
        result.put("limit", page.limit());
        return result;
    }

    /** Row 18, GET /chatroom/v2/room/view: {@code {room_info: {...}, screen_share_v2}}. */
    static JsonNode view(Call call) {
        RoomId id = RoomId.of(call.query().id("room_id"));
        RoomDetails details = call.heychat().rooms().details(id);
        long owner = details.room().owner().map(UserId::value).orElse(0L);
        ObjectNode result = Json.object();
        ObjectNode info = result.putObject("room_info");
        info.put("room_id", id.value());
        ObjectNode room = WireEncoder.room(details.room());
        room.put("member_count", call.world().members(id).size());
        info.set("room", room);
        ArrayNode channels = info.putArray("channels");
        for (Channel channel : details.channels()) {
            channels.add(WireEncoder.channel(channel, owner));
        }
        ArrayNode roles = info.putArray("roles");
        for (Role role : details.roles()) {
            roles.add(WireEncoder.role(role, id, owner));
        }
        info.set("my_roles", WireEncoder.roleIds(details.myRoles()));
        result.put("screen_share_v2", false);
        return result;
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
        Ban ban = Ban.of(Duration.ofSeconds(seconds), body.string("reason"));
        call.heychat().rooms().ban(room, user, ban);
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
    static JsonNode members(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        call.query().optionalId("heybox_id");
        PageRequest request = new PageRequest(call.query().integer("offset", 0),
                call.query().integer("limit", PageRequest.ROOM_MEMBERS_MAX_LIMIT));
        Page<Member> page = call.heychat().rooms().members(room, request);
        List<Member> everyone = call.world().members(room);
        long online = everyone.stream().filter(m -> call.world().voiceChannelOf(room, m.id()).isPresent()).count();
        ObjectNode result = Json.object();
        ObjectNode info = result.putObject("room_info");
        info.put("room_id", room.value());
        info.put("user_count", page.total());
        ArrayNode users = info.putArray("user_info");
        page.items().forEach(m -> users.add(WireEncoder.member(m)));
        // "Online" in the emulator means connected to a voice channel: the only presence the world models.
        info.put("online_count", online);
        info.put("offline_count", everyone.size() - online);
        return result;
    }
}
