package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Member;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rows 7-15 of spec §2.1: roles and room memes. */
final class RoleEndpoints {

    private RoleEndpoints() {
    }

    /** Row 7, GET /chatroom/v2/room_role/roles: {@code {roles: [Role]}}. */
    static WireResult list(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        List<Role> roles = call.heychat().roles().list(room);
        long owner = call.ownerOf(room);
        return out -> {
            out.writeStartObject();
            out.writeArrayPropertyStart("roles");
            for (Role role : roles) {
                WireEncoder.role(out, role, room, owner);
            }
            out.writeEndArray();
            out.writeEndObject();
        };
    }

    /**
     * Row 8, POST /chatroom/v2/room_role/create. Served as {@code result} = the role itself
     * (golden 08-role-create.direct.json); clients also accept {@code result.role}.
     */
    static WireResult create(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        int type = body.integer("type");
        if (type != 0) {
            throw new BadRequest("type", "must be 0 (custom) for a new role, got " + type);
        }
        body.string("nonce");
        Role role = call.heychat().roles().create(room, draft(body));
        return written(role, room, call.ownerOf(room));
    }

    /** Row 9, POST /chatroom/v2/room_role/update: {@code result} = the role itself, as row 8. */
    static WireResult update(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        RoleId id = RoleId.of(body.id("id"));
        body.integer("type");
        int position = body.integer("position");
        Role role = call.heychat().roles().update(room, id, draft(body), position);
        return written(role, room, call.ownerOf(room));
    }

    private static WireResult written(Role role, RoomId room, long owner) {
        return out -> WireEncoder.role(out, role, room, owner);
    }

    private static RoleDraft draft(JsonBody body) {
        OptionalInt color = body.optionalInteger("color");
        int hoist = body.integer("hoist");
        if (hoist != 0 && hoist != 1) {
            throw new BadRequest("hoist", "must be 1 or 0, got " + hoist);
        }
        return new RoleDraft(
                body.string("name"),
                body.permissions("permissions"),
                color.isPresent() ? Optional.of(color.getAsInt()) : Optional.empty(),
                body.integers("color_list"),
                body.optionalString("icon").filter(icon -> !icon.isEmpty()),
                hoist == 1);
    }

    /** Row 10, POST /chatroom/v2/room_role/delete. */
    static JsonNode delete(Call call) {
        JsonBody body = call.body();
        RoleId role = RoleId.of(body.id("role_id"));
        call.heychat().roles().delete(RoomId.of(body.id("room_id")), role);
        return Json.object();
    }

    /**
     * Row 11, POST /chatroom/v2/room_role/grant. Served as {@code result: {}}, the official example
     * (golden 11-role-grant.empty.json); the community variants with {@code result.user} are not served.
     */
    static JsonNode grant(Call call) {
        JsonBody body = call.body();
        UserId user = body.userId("to_user_id");
        RoleId role = RoleId.of(body.id("role_id"));
        call.heychat().roles().grant(RoomId.of(body.id("room_id")), user, role);
        return Json.object();
    }

    /** Row 12, POST /chatroom/v2/room_role/revoke: {@code result: {}} (official). */
    static JsonNode revoke(Call call) {
        JsonBody body = call.body();
        UserId user = body.userId("to_user_id");
        RoleId role = RoleId.of(body.id("role_id"));
        call.heychat().roles().revoke(RoomId.of(body.id("room_id")), user, role);
        return Json.object();
    }

    /** Row 13, GET /chatroom/v3/msg/meme/room/list: {@code {emoji: [...], sticker: [...]}}. */
    static WireResult memes(Call call) {
        RoomId room = RoomId.of(call.query().id("room_id"));
        RoomMemes memes = call.heychat().memes().list(room);
        List<Uploaded> emoji = uploaded(call, room, memes.emoji());
        List<Uploaded> stickers = uploaded(call, room, memes.stickers());
        return out -> {
            out.writeStartObject();
            out.writeArrayPropertyStart("emoji");
            emoji.forEach(m -> WireEncoder.meme(out, m.meme(), m.uploader()));
            out.writeEndArray();
            out.writeArrayPropertyStart("sticker");
            stickers.forEach(m -> WireEncoder.meme(out, m.meme(), m.uploader()));
            out.writeEndArray();
            out.writeEndObject();
        };
    }

    /** A meme and the member who uploaded it, looked up before the reply is written. */
    private record Uploaded(Meme meme, Optional<Member> uploader) {
    }

    private static List<Uploaded> uploaded(Call call, RoomId room, List<Meme> memes) {
        return memes.stream()
                .map(m -> new Uploaded(m, m.uploader().flatMap(u -> call.world().member(room, u))))
                .toList();
    }

    /** Row 14, POST /chatroom/v2/msg/meme/room/del. */
    static JsonNode deleteMeme(Call call) {
        JsonBody body = call.body();
        MemePath path = MemePath.of(body.id("path"));
        call.heychat().memes().delete(RoomId.of(body.id("room_id")), path);
        return Json.object();
    }

    /** Row 15, POST /chatroom/v2/msg/meme/room/edit. */
    static JsonNode renameMeme(Call call) {
        JsonBody body = call.body();
        MemePath path = MemePath.of(body.id("path"));
        String name = body.string("name");
        call.heychat().memes().rename(RoomId.of(body.id("room_id")), path, name);
        return Json.object();
    }
}
