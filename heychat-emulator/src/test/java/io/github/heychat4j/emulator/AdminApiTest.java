package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.RoomId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;

import static io.github.heychat4j.emulator.Ids.AFK;
import static io.github.heychat4j.emulator.Ids.BOB;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API under /_emulator/: no token, loopback only. */
class AdminApiTest extends EmulatorTestSupport {

    private static final String KICK = "/chatroom/v2/room/kick_out";
    private static final String KICK_EVE = "{\"room_id\":\"3587810143523774464\",\"to_user_id\":10000002}";

    private static Wire admin() {
        return wire.withToken(null);
    }

    private static Wire.Reply adminGet(String path) {
        return admin().send(admin().request(path, "").GET().build());
    }

    private static Wire.Reply adminPost(String path, String body) {
        return admin().send(admin().request(path, "").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Wire.Reply adminDelete(String path) {
        return admin().send(admin().request(path, "").DELETE().build());
    }

    @Test
    void healthAnswersWithoutAToken() {
        JsonNode result = adminGet("/_emulator/health").okResult();

        assertEquals(1, result.path("rooms").asInt());
        assertTrue(result.path("resettable").asBoolean());
    }

    @Test
    void seedingServesANewWorldWithItsTokens() {
        String world = json("{'bots':[{'id':1,'nickname':'b','token':'seeded-token'}],'users':[{'id':2,'nickname':'p'}],"
                + "'rooms':[{'id':'42','name':'新房间','members':[{'user':1},{'user':2}]}]}");

        adminPost("/_emulator/world", world).okResult();

        assertEquals(RoomId.of("42"), emulator.world().rooms().get(0).id());
        Wire seeded = wire.withToken("seeded-token");
        assertEquals("新房间", seeded.get("/chatroom/v2/room/joined", "").okResult().path("rooms").get(0).path("room_name").asString());
        assertEquals("token无效", wire.get("/chatroom/v2/room/joined", "").failed(401));
    }

    @Test
    void seedingAWrongWorldFileIsABadRequestNamingTheField() {
        String msg = adminPost("/_emulator/world", json("{'rooms':[{'id':'42','name':'x','channels':[{'id':'1','name':'c','type':'cave'}]}]}"))
                .failed(400);

        assertTrue(msg.startsWith("参数错误: world file: rooms[0].channels[0].type must be text, voice"), msg);
        assertEquals(ROOM, emulator.world().rooms().get(0).id());
    }

    @Test
    void resettingAfterASeedBringsBackTheSeededWorldAndItsToken() {
        adminPost("/_emulator/world", json("{'bots':[{'id':1,'nickname':'b','token':'seeded-token'}],"
                + "'rooms':[{'id':'42','name':'新房间','members':[{'user':1}]}]}")).okResult();
        Wire seeded = wire.withToken("seeded-token");
        seeded.post("/chatroom/v2/room/leave", json("{'room_id':'42'}")).okResult();

        adminPost("/_emulator/reset", "").okResult();

        assertEquals("新房间", seeded.get("/chatroom/v2/room/joined", "").okResult().path("rooms").get(0).path("room_name").asString());
    }

    @Test
    void resettingEmptiesTheJournal() {
        wire.post(KICK, KICK_EVE).okResult();

        adminPost("/_emulator/reset", "").okResult();

        assertEquals(0, adminGet("/_emulator/requests").okResult().path("requests").size());
        assertEquals(0, emulator.requestCount(KICK));
    }

    @Test
    void theActiveFaultsAreListedWithWhatRemainsAndCanBeCleared() {
        adminPost("/_emulator/faults", json("{'path':'" + KICK + "','fault':'status','status':502,'times':2}")).okResult();
        adminPost("/_emulator/faults", json("{'path':'/chatroom/v2/room/view','fault':'latency','latency_ms':5}")).okResult();
        wire.post(KICK, KICK_EVE).failed(502);

        JsonNode faults = adminGet("/_emulator/faults").okResult().path("faults");

        assertEquals(2, faults.size());
        assertEquals(KICK, faults.get(0).path("path").asString());
        assertEquals("status", faults.get(0).path("fault").asString());
        assertEquals(502, faults.get(0).path("status").asInt());
        assertEquals(1, faults.get(0).path("times").asInt());
        assertEquals("latency", faults.get(1).path("fault").asString());
        assertEquals(5, faults.get(1).path("latency_ms").asInt());
        adminDelete("/_emulator/faults").okResult();
        assertEquals(0, adminGet("/_emulator/faults").okResult().path("faults").size());
    }

    @Test
    void resettingBringsBackTheStartingWorld() {
        wire.post(KICK, KICK_EVE).okResult();

        adminPost("/_emulator/reset", "").okResult();

        assertTrue(emulator.world().member(ROOM, EVE).isPresent());
    }

    @Test
    void theJournalListsRequestsButNeverTheToken() {
        wire.post(KICK, KICK_EVE).okResult();

        JsonNode requests = adminGet("/_emulator/requests").okResult().path("requests");

        assertEquals(1, requests.size());
        assertEquals(KICK, requests.get(0).path("path").asString());
        assertEquals("POST", requests.get(0).path("method").asString());
        assertEquals(KICK_EVE, requests.get(0).path("body").asString());
        assertEquals("heybox_chat", requests.get(0).path("query").path("client_type").asString());
        assertFalse(requests.toString().contains(Ids.TOKEN));
        assertFalse(emulator.requests().toString().contains(Ids.TOKEN));
    }

    @Test
    void aTokenSentInTheQueryIsNotKeptEither() {
        wire.get("/chatroom/v2/room/joined", "token=" + Ids.TOKEN).okResult();

        assertEquals("****", emulator.requests().get(0).query().get("token"));
    }

    @Test
    void deletingTheJournalEmptiesIt() {
        wire.get("/chatroom/v2/room/joined", "").okResult();

        adminDelete("/_emulator/requests").okResult();

        assertTrue(emulator.requests().isEmpty());
        assertEquals(0, emulator.requestCount("/chatroom/v2/room/joined"));
    }

    @Test
    void aStatusFaultCanBeInjectedOverHttp() {
        adminPost("/_emulator/faults", json("{'path':'" + KICK + "','fault':'status','status':502,'times':2}")).okResult();

        wire.post(KICK, KICK_EVE).failed(502);
        wire.post(KICK, KICK_EVE).failed(502);
        wire.post(KICK, KICK_EVE).okResult();
    }

    @Test
    void aTooManyRequestsFaultCanBeInjectedOverHttp() {
        adminPost("/_emulator/faults", json("{'path':'" + KICK + "','fault':'too_many_requests','retry_after_seconds':3}")).okResult();

        assertEquals("3", wire.post(KICK, KICK_EVE).headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aLostAnswerCanBeInjectedOverHttp() {
        adminPost("/_emulator/faults", json("{'path':'" + KICK + "','fault':'applied_but_lost'}")).okResult();

        assertThrows(java.io.IOException.class, () -> wire.sendOrThrow(wire.request(KICK, Wire.COMMON)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(KICK_EVE)).build()));
        assertTrue(emulator.world().member(ROOM, EVE).isEmpty());
    }

    @Test
    void theOtherFaultKindsCanBeInjectedOverHttp() {
        for (String fault : new String[] {"{'fault':'latency','latency_ms':10}", "{'fault':'drop_connection'}", "{'fault':'malformed_json'}"}) {
            adminPost("/_emulator/faults", json(fault.replace("{", "{'path':'/chatroom/v2/room/view',"))).okResult();
        }

        adminDelete("/_emulator/faults").okResult();

        assertTrue(wire.get("/chatroom/v2/room/view", "room_id=" + ROOM).ok());
    }

    @Test
    void anUnknownFaultKindIsABadRequest() {
        String msg = adminPost("/_emulator/faults", json("{'path':'" + KICK + "','fault':'explode'}")).failed(400);

        assertTrue(msg.startsWith("参数错误: fault must be status, too_many_requests"), msg);
    }

    @Test
    void aFaultOnTheAdminApiItselfIsABadRequest() {
        assertTrue(adminPost("/_emulator/faults", json("{'path':'/_emulator/health','fault':'drop_connection'}"))
                .failed(400).startsWith("参数错误: path"));
    }

    @Test
    void theMessagesOfAChannelCanBeRead() {
        wire.post("/chatroom/v2/channel_msg/send", json("{'msg':'**hi** @{id:8836257}','msg_type':10,'heychat_ack_id':'a-1',"
                + "'reply_id':'','room_id':'" + ROOM + "','addition':'{}','at_user_id':'8836257','at_role_id':'',"
                + "'mention_channel_id':'','channel_id':'" + GENERAL + "','channel_type':1}")).okResult();

        JsonNode messages = adminGet("/_emulator/state/rooms/" + ROOM + "/channels/" + GENERAL + "/messages")
                .okResult().path("messages");

        assertEquals(1, messages.size());
        assertEquals("**hi** @{id:8836257}", messages.get(0).path("msg").asString());
        assertEquals(10, messages.get(0).path("msg_type").asInt());
        assertEquals("8836257", messages.get(0).path("at_user_id").asString());
        assertEquals(Ids.BOT.value(), messages.get(0).path("user_id").asLong());
    }

    @Test
    void theMessagesOfAChannelOfAnotherRoomAreABadRequest() {
        assertEquals(400, adminGet("/_emulator/state/rooms/42/channels/" + GENERAL + "/messages").status());
    }

    @Test
    void aRoomCanBeReadWithWhoSitsWhere() {
        wire.post("/chatroom/v2/channel/move_member", json("{'room_id':'" + ROOM + "','origin_channel_id':'" + Ids.LOBBY
                + "','to_user_ids':[8836257],'channel_id':'" + AFK + "'}")).okResult();

        JsonNode room = adminGet("/_emulator/state/rooms/" + ROOM).okResult();

        JsonNode bob = null;
        for (JsonNode member : room.path("members")) {
            if (member.path("user_id").asLong() == BOB.value()) {
                bob = member;
            }
        }
        assertEquals(AFK.value(), bob.path("voice_channel_id").asString());
        assertEquals("heychat4j 演示房间", room.path("room").path("room_name").asString());
    }

    @Test
    void anUnknownAdminPathIsNotFound() {
        assertEquals("接口不存在", adminGet("/_emulator/nothing").failed(404));
    }

    @Test
    void onlyLoopbackClientsAreLetIn() {
        assertTrue(io.github.heychat4j.emulator.internal.EmulatorHandlerAccess.isLoopback("127.0.0.1"));
        assertTrue(io.github.heychat4j.emulator.internal.EmulatorHandlerAccess.isLoopback("::1"));
        assertFalse(io.github.heychat4j.emulator.internal.EmulatorHandlerAccess.isLoopback("10.1.2.3"));
    }
}
