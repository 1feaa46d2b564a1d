package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.fake.FakeWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.heychat4j.emulator.Ids.AFK;
import static io.github.heychat4j.emulator.Ids.BOB;
import static io.github.heychat4j.emulator.Ids.CAROL;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.MEMBER;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled demo world lets an example bot do what the examples show, over the wire. */
class DemoWorldTest {

    private static HeychatEmulator emulator;
    private static Wire wire;

    @BeforeAll
    static void start() {
        emulator = HeychatEmulator.builder().start();
        wire = new Wire(emulator.baseUri(), "demo-token");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static FakeWorld world() {
        return emulator.world();
    }

    @Test
    void theDemoRoomHasItsChannelsRolesAndPeople() {
        emulator.reset();

        assertEquals("heychat4j 演示房间", world().rooms().get(0).name());
        assertEquals(Set.of("综合", "公告", "语音频道", "开黑大厅", "挂机"),
                world().channels(ROOM).stream().map(c -> c.name()).collect(Collectors.toSet()));
        assertEquals(Set.of("@全体成员", "管理员", "机器人", "主持人", "成员"),
                world().roles(ROOM).stream().map(r -> r.name()).collect(Collectors.toSet()));
        assertEquals(Set.of("alice", "bob", "carol", "dave", "eve", "demo-bot"),
                world().members(ROOM).stream().map(m -> m.nickname()).collect(Collectors.toSet()));
        assertEquals(2, world().usersIn(LOBBY).size());
    }

    @Test
    void theDemoBotCanDoWhatAnExampleBotDoes() {
        emulator.reset();

        wire.post("/chatroom/v2/channel/move_member", json("{'room_id':'" + ROOM + "','origin_channel_id':'" + LOBBY
                + "','to_user_ids':[8836257],'channel_id':'" + AFK + "'}")).okResult();
        wire.post("/chatroom/v2/room/nickname", json("{'nickname':'卡萝','room_id':'" + ROOM + "','to_user_id':66837313}")).okResult();
        wire.post("/chatroom/v2/room_role/grant", json("{'to_user_id':10000002,'role_id':'" + MEMBER + "','room_id':'" + ROOM + "'}"))
                .okResult();
        wire.post("/chatroom/v2/channel_msg/send", json("{'msg':'欢迎 @{id:10000002}','msg_type':10,'heychat_ack_id':'demo-1',"
                + "'reply_id':'','room_id':'" + ROOM + "','addition':'{}','at_user_id':'10000002','at_role_id':'',"
                + "'mention_channel_id':'','channel_id':'" + GENERAL + "','channel_type':1}")).okResult();
        wire.post("/chatroom/v2/room/ban", json("{'duration':60,'reason':'刷屏','room_id':'" + ROOM + "','to_user_id':10000002}")).okResult();
        wire.post("/chatroom/v2/room/kick_out", json("{'room_id':'" + ROOM + "','to_user_id':10000002}")).okResult();

        assertEquals(Optional.of(AFK), world().voiceChannelOf(ROOM, BOB));
        assertEquals(Optional.of(Nickname.of("卡萝")), world().member(ROOM, CAROL).orElseThrow().roomNickname());
        assertEquals(1, world().messages(GENERAL).size());
        assertTrue(world().member(ROOM, EVE).isEmpty());
    }

    private static String json(String text) {
        return text.replace('\'', '"');
    }
}
