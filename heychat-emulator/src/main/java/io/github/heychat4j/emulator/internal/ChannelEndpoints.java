package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.InviteCode;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.channel.VoiceBackend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Rows 25-37 of spec §2.1: voice channels and channel management. */
final class ChannelEndpoints {

    private ChannelEndpoints() {
    }

    /** Row 25, POST /chatroom/v2/channel/move_member; {@code to_user_ids} numbers or digit strings. */
    static JsonNode move(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId from = ChannelId.of(body.id("origin_channel_id"));
        ChannelId to = ChannelId.of(body.id("channel_id"));
        // the list's rules (1 to 50 users) are the domain's: UsersToMove refuses what breaks them
        List<UserId> users = body.userIds("to_user_ids");
        call.heychat().voice().move(room, from, to, new LinkedHashSet<>(users));
        return Json.object();
    }

    /**
     * Row 26, POST /chatroom/v2/channel/kick_out. The official body carries room_id, channel_id and
     * to_user_id; the generated types put room_id and channel_id in the query: both are accepted.
     */
    static JsonNode disconnect(Call call) {
        JsonBody body = call.body();
        UserId user = body.userId("to_user_id");
        RoomId room = RoomId.of(bodyOrQuery(call, "room_id"));
        ChannelId channel = ChannelId.of(bodyOrQuery(call, "channel_id"));
        call.heychat().voice().disconnect(call.voiceRef(room, channel), user);
        return Json.object();
    }

    private static String bodyOrQuery(Call call, String field) {
        Optional<String> fromBody = call.body().optionalId(field);
        if (fromBody.isPresent()) {
            return fromBody.get();
        }
        return call.query().optionalId(field)
                .orElseThrow(() -> new BadRequest(field, "is required (in the body or the query)"));
    }

    /** Row 27, POST /chatroom/v2/channel/mute_user (a toggle). */
    static JsonNode toggleMicrophone(Call call) {
        JsonBody body = call.body();
        UserId user = body.userId("to_user_id");
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        call.heychat().voice().toggleMicrophone(call.voiceRef(room, channel), user);
        return Json.object();
    }

    /**
     * Row 28, GET /chatroom/v2/channel/which_user: {@code {channel_id}}. A user in no channel gets
     * {@code channel_id: ""} (heychat4j's choice: the platform's answer for that case is not documented).
     */
    static JsonNode whichChannel(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        UserId user = call.query().userId("to_user_id");
        boolean voiceOnly = call.query().flag("must_audio", false);
        Optional<ChannelId> channel = call.heychat().voice().channelOf(room, user, voiceOnly);
        ObjectNode result = Json.object();
        result.put("channel_id", channel.map(ChannelId::value).orElse(""));
        return result;
    }

    /** Row 29, GET /chatroom/v2/channel/user/list: {@code {user_ids: [numbers]}}. */
    static JsonNode usersIn(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        ChannelId channel = ChannelId.of(call.query().id("channel_id"));
        call.query().optionalId("heybox_id");
        List<UserId> users = call.heychat().voice().usersIn(call.voiceRef(room, channel));
        ObjectNode result = Json.object();
        ArrayNode ids = result.putArray("user_ids");
        users.forEach(u -> ids.add(u.value()));
        return result;
    }

    /** Row 30, GET /chatroom/v2/invite/code: {@code {invite_code}}. */
    static JsonNode inviteCode(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        ChannelId channel = ChannelId.of(call.query().id("channel_id"));
        call.query().optionalId("user_id");
        InviteCode code = call.heychat().channels().inviteCode(call.ref(room, channel, ChannelType.TEXT));
        ObjectNode result = Json.object();
        result.put("invite_code", code.code());
        return result;
    }

    /** Row 31, POST /chatroom/v2/settings/channel/edit: one of slow_mode, max_count, is_private. */
    static JsonNode changeSetting(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        String setting = body.string("setting");
        int value = body.integer("value");
        ChannelSetting change;
        switch (setting) {
            case "slow_mode":
                change = ChannelSetting.slowMode(Duration.ofSeconds(value));
                break;
            case "max_count":
                change = ChannelSetting.maxMembers(value);
                break;
            case "is_private":
                if (value != 0 && value != 1) {
                    throw new BadRequest("value", "must be 1 or 0 for is_private, got " + value);
                }
                change = ChannelSetting.privacy(value == 1);
                break;
            default:
                throw new BadRequest("setting", "must be slow_mode, max_count or is_private, got \"" + setting + "\"");
        }
        ChannelRef ref = call.ref(room, channel, body.optionalInteger("channel_type"), ChannelType.TEXT);
        call.heychat().channels().changeSetting(ref, change);
        return Json.object();
    }

    /** Row 32, POST /chatroom/v2/channel/edit (rename). */
    static JsonNode rename(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        String name = body.string("channel_name");
        ChannelRef ref = call.ref(room, channel, body.optionalInteger("channel_type"), ChannelType.TEXT);
        call.heychat().channels().rename(ref, name);
        return Json.object();
    }

    /**
     * Row 33, POST /chatroom/channel/edit_password/no_encrypt: everything in the query, the body empty
     * or {@code {}}; an absent or empty {@code password} clears it.
     */
    static JsonNode password(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        ChannelId channel = ChannelId.of(call.query().id("channel_id"));
        Optional<ChannelPassword> password = call.query().get("password").filter(p -> !p.isEmpty())
                .map(ChannelPassword::of);
        call.heychat().channels().changePassword(call.ref(room, channel, ChannelType.VOICE), password);
        return Json.object();
    }

    /** Row 34, POST /chatroom/v2/role/role_user_perm: role and user overwrites, bitmasks as decimal strings. */
    static JsonNode overwritePermissions(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        call.query().optionalId("heybox_id");
        List<RoleOverwrite> roles = new ArrayList<>();
        for (JsonBody role : body.objects("roles", false)) {
            role.optionalInteger("channel_type");
            roles.add(new RoleOverwrite(RoleId.of(role.id("role_id")), role.permissions("allow"), role.permissions("deny")));
        }
        List<UserOverwrite> users = new ArrayList<>();
        for (JsonBody user : body.objects("users", false)) {
            users.add(new UserOverwrite(user.userId("to_user_id"), user.permissions("allow"), user.permissions("deny")));
        }
        call.heychat().channels().overwritePermissions(call.ref(room, channel, ChannelType.TEXT), roles, users);
        return Json.object();
    }

    /**
     * Row 35, GET /chatroom/v2/channel_user_perm/list_with_parent: {@code {allow, deny}} (assumed shape,
     * golden 35). The query names no room, so the room is the one that has the channel.
     */
    static JsonNode permissionsOf(Call call) {
        ChannelId channel = ChannelId.of(call.query().id("channel_id"));
        UserId user = call.query().userId("to_user_id");
        call.query().optionalId("parent_id");
        RoomId room = call.roomOf(channel);
        PermissionOverwrite overwrite = call.heychat().channels()
                .permissionsOf(call.ref(room, channel, ChannelType.TEXT), user);
        ObjectNode result = Json.object();
        result.put("allow", overwrite.allow().toDecimalString());
        result.put("deny", overwrite.deny().toDecimalString());
        return result;
    }

    /** Row 36, POST /chatroom/v3/channel/create: {@code {channel: Channel}} (assumed shape, golden 36). */
    static WireResult create(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        String name = body.string("channel_name");
        int code = body.integer("channel_type");
        ChannelType type = ChannelType.fromCode(code);
        if (type == ChannelType.UNKNOWN) {
            throw new BadRequest("channel_type", "must be a known channel type (0 to 5), got " + code);
        }
        VoiceBackend backend = body.optionalString("api_type").filter(a -> !a.isEmpty())
                .map(VoiceBackend::fromCode).orElse(VoiceBackend.TRTC);
        // A top-level parent is sent as "" or "0", or not at all.
        Optional<ChannelId> parent = body.optionalId("parent_id").filter(p -> !p.equals("0")).map(ChannelId::of);
        body.optionalString("nonce");
        Channel created = call.heychat().channels().create(room, new NewChannel(ChannelName.of(name), type, parent, backend));
        long creator = call.heychat().self().value();
        return out -> {
            out.writeStartObject();
            out.writeName("channel");
            WireEncoder.channel(out, created, creator);
            out.writeEndObject();
        };
    }

    /** Row 37, POST /chatroom/v2/channel/delete. */
    static JsonNode delete(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        call.heychat().channels().delete(call.ref(room, channel, ChannelType.TEXT));
        return Json.object();
    }
}
