package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.room.Nickname;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.heychat4j.emulator.Ids.BOB;
import static io.github.heychat4j.emulator.Ids.BOT_ROLE;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.HOST;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static io.github.heychat4j.emulator.Ids.VOICE_CATEGORY;
import static io.github.heychat4j.emulator.Ids.WEAK_BOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows 16-24: rooms and their members. */
class RoomEndpointsTest extends EmulatorTestSupport {

    private static Optional<Nickname> nicknameOf(io.github.heychat4j.domain.UserId user) {
        return world().member(ROOM, user).orElseThrow().roomNickname();
    }

    @Test
    void settingANicknameChangesIt() {
        wire.post("/chatroom/v2/room/nickname", json("{'nickname':'小B','room_id':'" + ROOM + "','to_user_id':8836257}")).okResult();

        assertEquals(Optional.of(Nickname.of("小B")), nicknameOf(BOB));
    }

    @Test
    void leavingOutTheNicknameClearsIt() {
        wire.post("/chatroom/v2/room/nickname", json("{'nickname':'小B','room_id':'" + ROOM + "','to_user_id':8836257}")).okResult();

        wire.post("/chatroom/v2/room/nickname", json("{'room_id':'" + ROOM + "','to_user_id':8836257}")).okResult();

        assertEquals(Optional.empty(), nicknameOf(BOB));
    }

    @Test
    void aNicknameOverTwentyCharactersIsABadRequest() {
        String msg = wire.post("/chatroom/v2/room/nickname",
                json("{'nickname':'" + "名".repeat(21) + "','room_id':'" + ROOM + "','to_user_id':8836257}")).failed(200);

        assertEquals("参数错误: nickname: at most 20 characters, got 21", msg);
    }

    @Test
    void settingSomeoneElsesNicknameWithoutManageNicknamesIsDenied() {
        String msg = wire.withToken(Ids.WEAK_TOKEN)
                .post("/chatroom/v2/room/nickname", json("{'nickname':'x','room_id':'" + ROOM + "','to_user_id':8836257}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
    }

    @Test
    void joinedRoomsComeInTheOfficialFlatForm() {
        JsonNode result = wire.get("/chatroom/v2/room/joined", "offset=0&limit=50").okResult();

        assertTrue(result.path("rooms").isArray());
        assertEquals(ROOM.value(), result.path("rooms").get(0).path("room_id").asString());
        assertEquals("heychat4j 演示房间", result.path("rooms").get(0).path("room_name").asString());
        assertEquals(1, result.path("total").asInt());
        assertEquals(50, result.path("limit").asInt());
    }

    @Test
    void joinedRoomsPagesOfMoreThanFiftyAreABadRequest() {
        String msg = wire.get("/chatroom/v2/room/joined", "offset=0&limit=51").failed(200);

        assertTrue(msg.startsWith("参数错误: limit"), msg);
    }

    @Test
    void viewingARoomGivesTheChannelTreeRolesAndTheBotsRoles() {
        JsonNode info = wire.get("/chatroom/v2/room/view", "room_id=" + ROOM).okResult().path("room_info");

        JsonNode category = null;
        for (JsonNode channel : info.path("channels")) {
            if (channel.path("channel_id").asString().equals(VOICE_CATEGORY.value())) {
                category = channel;
            }
        }
        assertEquals(3, category.path("channel_type").asInt());
        assertEquals(LOBBY.value(), category.path("channel_list").get(0).path("channel_id").asString());
        assertEquals(VOICE_CATEGORY.value(), category.path("channel_list").get(0).path("parent_id").asString());
        assertEquals("trtc", category.path("channel_list").get(0).path("api_type").asString());
        assertEquals(7, info.path("room").path("member_count").asInt());
        List<String> mine = new ArrayList<>();
        info.path("my_roles").forEach(r -> mine.add(r.asString()));
        assertTrue(mine.containsAll(List.of(BOT_ROLE.value(), HOST.value())), mine.toString());
    }

    @Test
    void viewingARoomTheBotIsNotInIsNotFound() {
        String msg = wire.withToken(Ids.OUTSIDER_TOKEN).get("/chatroom/v2/room/view", "room_id=" + ROOM).failed(200);

        assertTrue(msg.startsWith("请加入房间"), msg);
    }

    @Test
    void leavingARoomAnswersTheAckIds() {
        JsonNode result = wire.withToken(Ids.WEAK_TOKEN).post("/chatroom/v2/room/leave", json("{'room_id':'" + ROOM + "'}")).okResult();

        assertFalse(result.path("chatmobile_ack_id").asString().isEmpty());
        assertFalse(result.path("heychat_ack_id").asString().isEmpty());
        assertTrue(world().member(ROOM, WEAK_BOT).isEmpty());
    }

    @Test
    void leavingWithANumericRoomIdIsABadRequest() {
        assertEquals("参数错误: room_id must be a JSON string",
                wire.post("/chatroom/v2/room/leave", json("{'room_id':3587810143523774464}")).failed(200));
    }

    @Test
    void kickingRemovesTheMember() {
        wire.post("/chatroom/v2/room/kick_out", json("{'room_id':'" + ROOM + "','to_user_id':10000002}")).okResult();

        assertTrue(world().member(ROOM, EVE).isEmpty());
    }

    @Test
    void kickingTheOwnerIsDenied() {
        String msg = wire.post("/chatroom/v2/room/kick_out", json("{'room_id':'" + ROOM + "','to_user_id':8828375}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
    }

    @Test
    void banningSilencesForTheDurationAndZeroLiftsIt() {
        wire.post("/chatroom/v2/room/ban", json("{'duration':600,'reason':'刷屏','room_id':'" + ROOM + "','to_user_id':8836257}"))
                .okResult();
        assertEquals(world().clock().instant().plusSeconds(600), world().silencedUntil(ROOM, BOB).orElseThrow());

        wire.post("/chatroom/v2/room/ban", json("{'duration':0,'reason':'','room_id':'" + ROOM + "','to_user_id':8836257}")).okResult();
        assertTrue(world().silencedUntil(ROOM, BOB).isEmpty());
    }

    @Test
    void aNegativeBanDurationIsABadRequest() {
        String msg = wire.post("/chatroom/v2/room/ban",
                json("{'duration':-1,'reason':'','room_id':'" + ROOM + "','to_user_id':8836257}")).failed(200);

        assertTrue(msg.startsWith("参数错误: duration"), msg);
    }

    @Test
    void mutingAMicrophoneAcrossTheRoom() {
        wire.post("/chatroom/v2/room/mute",
                json("{'room_id':'" + ROOM + "','mute':true,'to_user_id':8836257,'channel_id':'" + LOBBY + "'}")).okResult();

        assertTrue(world().isMicrophoneMuted(ROOM, BOB));
    }

    @Test
    void muteMustBeAJsonBoolean() {
        assertEquals("参数错误: mute must be a JSON boolean", wire.post("/chatroom/v2/room/mute",
                json("{'room_id':'" + ROOM + "','mute':1,'to_user_id':8836257,'channel_id':'" + LOBBY + "'}")).failed(200));
    }

    @Test
    void mutingASpeakerAcrossTheRoom() {
        wire.post("/chatroom/v2/room/mute_earphone",
                json("{'room_id':'" + ROOM + "','mute':true,'to_user_id':8836257,'channel_id':'" + LOBBY + "'}")).okResult();

        assertTrue(world().isSpeakerMuted(ROOM, BOB));
    }

    @Test
    void mutingASpeakerWithoutMuteMembersIsDenied() {
        String msg = wire.withToken(Ids.WEAK_TOKEN).post("/chatroom/v2/room/mute_earphone",
                json("{'room_id':'" + ROOM + "','mute':true,'to_user_id':8836257,'channel_id':'" + LOBBY + "'}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
        assertFalse(world().isSpeakerMuted(ROOM, BOB));
    }

    @Test
    void listingMembersPagesThroughTheRoom() {
        JsonNode info = wire.get("/chatroom/v2/room/users", "heybox_id=2398561&offset=2&limit=3&room_id=" + ROOM)
                .okResult().path("room_info");

        assertEquals(7, info.path("user_count").asInt());
        assertEquals(3, info.path("user_info").size());
        assertEquals(ROOM.value(), info.path("room_id").asString());
        assertEquals(3, info.path("online_count").asInt());
    }

    @Test
    void listingMembersInPagesOfMoreThanThreeHundredIsABadRequest() {
        String msg = wire.get("/chatroom/v2/room/users", "offset=0&limit=301&room_id=" + ROOM).failed(200);

        assertTrue(msg.startsWith("参数错误: limit"), msg);
    }
}
