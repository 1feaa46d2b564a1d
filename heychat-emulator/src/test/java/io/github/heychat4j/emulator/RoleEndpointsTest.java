package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.heychat4j.emulator.Ids.ADMIN;
import static io.github.heychat4j.emulator.Ids.CAROL;
import static io.github.heychat4j.emulator.Ids.DOGE;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.HOST;
import static io.github.heychat4j.emulator.Ids.MEMBER;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows 7-15: roles and room memes. */
class RoleEndpointsTest extends EmulatorTestSupport {

    private static final String CREATE_BODY = "{'name':'VIP','icon':'','color_list':[],'room_id':'" + ROOM
            + "','permissions':'16384','type':0,'color':16734003,'hoist':1,'nonce':'n-1'}";

    private static Role role(RoleId id) {
        return world().roles(ROOM).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean hasRole(io.github.heychat4j.domain.UserId user, RoleId role) {
        return world().member(ROOM, user).orElseThrow().roles().contains(role);
    }

    @Test
    void listingRolesGivesEveryRoleWithItsPermissionsAsADecimalString() {
        JsonNode roles = wire.get("/chatroom/v2/room_role/roles", "room_id=" + ROOM).okResult().path("roles");

        JsonNode host = null;
        for (JsonNode r : roles) {
            if (r.path("id").asString().equals(HOST.value())) {
                host = r;
            }
        }
        assertEquals(5, roles.size());
        assertEquals("主持人", host.path("name").asString());
        assertEquals(role(HOST).permissions().toDecimalString(), host.path("permissions").asString());
        assertEquals(ROOM.value(), host.path("room_id").asString());
    }

    @Test
    void listingRolesWithoutARoomIsABadRequest() {
        assertEquals("参数错误: room_id is required", wire.get("/chatroom/v2/room_role/roles", "").failed(200));
    }

    @Test
    void creatingARoleAnswersTheRoleItself() {
        JsonNode created = wire.post("/chatroom/v2/room_role/create", json(CREATE_BODY)).okResult();

        Role role = role(RoleId.of(created.path("id").asString()));
        assertEquals("VIP", created.path("name").asString());
        assertEquals("VIP", role.name());
        assertEquals(Permissions.of(Permission.SEND_MESSAGES), role.permissions());
        assertEquals(1, created.path("hoist").asInt());
    }

    @Test
    void creatingANonCustomRoleIsABadRequest() {
        assertEquals("参数错误: type must be 0 (custom) for a new role, got 2",
                wire.post("/chatroom/v2/room_role/create", json(CREATE_BODY.replace("'type':0", "'type':2"))).failed(200));
    }

    @Test
    void creatingARoleWithoutManageRolesIsDenied() {
        String msg = wire.withToken(Ids.WEAK_TOKEN).post("/chatroom/v2/room_role/create", json(CREATE_BODY)).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
    }

    @Test
    void updatingARoleBelowTheBotChangesIt() {
        JsonNode updated = wire.post("/chatroom/v2/room_role/update", json("{'id':'" + MEMBER + "','name':'正式成员','icon':'',"
                + "'color_list':[],'room_id':'" + ROOM + "','permissions':'16384','type':0,'color':0,'hoist':0,'position':1,"
                + "'nonce':'n-2'}")).okResult();

        assertEquals("正式成员", updated.path("name").asString());
        assertEquals("正式成员", role(MEMBER).name());
    }

    @Test
    void updatingARoleAboveTheBotIsDenied() {
        String msg = wire.post("/chatroom/v2/room_role/update", json("{'id':'" + ADMIN + "','name':'x','icon':'',"
                + "'color_list':[],'room_id':'" + ROOM + "','permissions':'1','type':0,'color':0,'hoist':0,'position':4}"))
                .failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
        assertEquals("管理员", role(ADMIN).name());
    }

    @Test
    void deletingARoleRemovesIt() {
        wire.post("/chatroom/v2/room_role/delete", json("{'role_id':'" + MEMBER + "','room_id':'" + ROOM + "'}")).okResult();

        assertTrue(world().roles(ROOM).stream().noneMatch(r -> r.id().equals(MEMBER)));
    }

    @Test
    void deletingAnUnknownRoleIsNotFound() {
        assertTrue(wire.post("/chatroom/v2/room_role/delete", json("{'role_id':'42','room_id':'" + ROOM + "'}"))
                .failed(200).startsWith("角色不存在"));
    }

    @Test
    void grantingARoleAnswersAnEmptyResult() {
        JsonNode result = wire.post("/chatroom/v2/room_role/grant",
                json("{'to_user_id':10000002,'role_id':'" + MEMBER + "','room_id':'" + ROOM + "'}")).okResult();

        assertTrue(result.isObject() && result.isEmpty());
        assertTrue(hasRole(EVE, MEMBER));
    }

    @Test
    void grantingARoleAboveTheBotIsDenied() {
        String msg = wire.post("/chatroom/v2/room_role/grant",
                json("{'to_user_id':10000002,'role_id':'" + ADMIN + "','room_id':'" + ROOM + "'}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
        assertFalse(hasRole(EVE, ADMIN));
    }

    @Test
    void revokingARoleTakesItAway() {
        wire.post("/chatroom/v2/room_role/revoke",
                json("{'to_user_id':66837313,'role_id':'" + MEMBER + "','room_id':'" + ROOM + "'}")).okResult();

        assertFalse(hasRole(CAROL, MEMBER));
    }

    @Test
    void revokingWithAUserIdStringIsABadRequest() {
        assertEquals("参数错误: to_user_id must be a JSON number", wire.post("/chatroom/v2/room_role/revoke",
                json("{'to_user_id':'66837313','role_id':'" + MEMBER + "','room_id':'" + ROOM + "'}")).failed(200));
        assertTrue(hasRole(CAROL, MEMBER));
    }

    @Test
    void listingMemesSplitsEmojiAndStickers() {
        JsonNode result = wire.get("/chatroom/v3/msg/meme/room/list", "room_id=" + ROOM).okResult();

        assertEquals(DOGE, result.path("emoji").get(0).path("meme_info").path("path").asString());
        assertEquals("doge", result.path("emoji").get(0).path("meme_info").path("name").asString());
        assertEquals(1, result.path("emoji").get(0).path("meme_info").path("mtype").asInt());
        assertEquals(2, result.path("sticker").get(0).path("meme_info").path("mtype").asInt());
    }

    @Test
    void listingMemesOfARoomTheBotIsNotInIsNotFound() {
        String msg = wire.withToken(Ids.OUTSIDER_TOKEN).get("/chatroom/v3/msg/meme/room/list", "room_id=" + ROOM).failed(200);

        assertTrue(msg.startsWith("请加入房间"), msg);
    }

    @Test
    void deletingAMemeRemovesIt() {
        wire.post("/chatroom/v2/msg/meme/room/del", json("{'path':'" + DOGE + "','room_id':'" + ROOM + "'}")).okResult();

        assertTrue(world().memes(ROOM).find(MemePath.of(DOGE)).isEmpty());
    }

    @Test
    void deletingAMemeWithoutManageEmojisIsDenied() {
        String msg = wire.withToken(Ids.WEAK_TOKEN)
                .post("/chatroom/v2/msg/meme/room/del", json("{'path':'" + DOGE + "','room_id':'" + ROOM + "'}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
    }

    @Test
    void renamingAMemeChangesItsName() {
        wire.post("/chatroom/v2/msg/meme/room/edit", json("{'path':'" + DOGE + "','name':'doge笑','room_id':'" + ROOM + "'}"))
                .okResult();

        assertEquals("doge笑", world().memes(ROOM).find(MemePath.of(DOGE)).map(Meme::name).orElseThrow());
    }

    @Test
    void renamingAnUnknownMemeIsNotFound() {
        assertTrue(wire.post("/chatroom/v2/msg/meme/room/edit", json("{'path':'99','name':'x','room_id':'" + ROOM + "'}"))
                .failed(200).startsWith("表情不存在"));
    }
}
