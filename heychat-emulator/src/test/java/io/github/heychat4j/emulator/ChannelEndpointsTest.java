package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.github.heychat4j.emulator.Ids.AFK;
import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOB;
import static io.github.heychat4j.emulator.Ids.CAROL;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.MEMBER;
import static io.github.heychat4j.emulator.Ids.NEWS;
import static io.github.heychat4j.emulator.Ids.NO_SUCH_CHANNEL;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static io.github.heychat4j.emulator.Ids.VOICE_CATEGORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows 25-37: voice channels and channel management. */
class ChannelEndpointsTest extends EmulatorTestSupport {

    private static final String IN_LOBBY = "'room_id':'" + ROOM + "','channel_id':'" + LOBBY + "'";

    private static Optional<Channel> channel(ChannelId id) {
        return world().channel(id);
    }

    @Test
    void movingUsersTakesNumbersAndDigitStrings() {
        wire.post("/chatroom/v2/channel/move_member", json("{'room_id':'" + ROOM + "','origin_channel_id':'" + LOBBY
                + "','to_user_ids':[8836257,'66837313'],'channel_id':'" + AFK + "'}")).okResult();

        assertEquals(Optional.of(AFK), world().voiceChannelOf(ROOM, BOB));
        assertEquals(Optional.of(AFK), world().voiceChannelOf(ROOM, CAROL));
    }

    @Test
    void movingSomeoneWhoIsNotInTheOriginChannelIsNotFound() {
        String msg = wire.post("/chatroom/v2/channel/move_member", json("{'room_id':'" + ROOM + "','origin_channel_id':'" + LOBBY
                + "','to_user_ids':[8828375],'channel_id':'" + AFK + "'}")).failed(200);

        assertTrue(msg.startsWith("用户不存在"), msg);
    }

    @Test
    void movingWithToUserIdsNotAnArrayIsABadRequest() {
        assertEquals("参数错误: to_user_ids must be a JSON array", wire.post("/chatroom/v2/channel/move_member",
                json("{'room_id':'" + ROOM + "','origin_channel_id':'" + LOBBY + "','to_user_ids':'8836257','channel_id':'" + AFK + "'}"))
                .failed(200));
    }

    @Test
    void kickingFromAVoiceChannelWithEverythingInTheBody() {
        wire.post("/chatroom/v2/channel/kick_out", json("{" + IN_LOBBY + ",'to_user_id':8836257}")).okResult();

        assertTrue(world().voiceChannelOf(ROOM, BOB).isEmpty());
    }

    @Test
    void kickingFromAVoiceChannelWithTheRoomAndChannelInTheQuery() {
        wire.post("/chatroom/v2/channel/kick_out", "heybox_id=2398561&room_id=" + ROOM + "&channel_id=" + LOBBY,
                json("{'to_user_id':8836257}")).okResult();

        assertTrue(world().voiceChannelOf(ROOM, BOB).isEmpty());
    }

    @Test
    void kickingFromAVoiceChannelWithoutARoomIsABadRequest() {
        assertEquals("参数错误: room_id is required (in the body or the query)", wire.post("/chatroom/v2/channel/kick_out",
                json("{'channel_id':'" + LOBBY + "','to_user_id':8836257}")).failed(200));
    }

    @Test
    void togglingAMicrophoneTwiceUnmutesAgain() {
        wire.post("/chatroom/v2/channel/mute_user", json("{'to_user_id':8836257," + IN_LOBBY + "}")).okResult();
        assertTrue(world().isMicrophoneMutedIn(LOBBY, BOB));

        wire.post("/chatroom/v2/channel/mute_user", json("{'to_user_id':8836257," + IN_LOBBY + "}")).okResult();
        assertFalse(world().isMicrophoneMutedIn(LOBBY, BOB));
    }

    @Test
    void togglingAMicrophoneInATextChannelIsTheWrongTarget() {
        String msg = wire.post("/chatroom/v2/channel/mute_user",
                json("{'to_user_id':8836257,'room_id':'" + ROOM + "','channel_id':'" + GENERAL + "'}")).failed(200);

        assertTrue(msg.startsWith("频道类型不支持该操作"), msg);
    }

    @Test
    void findingWhichChannelAUserIsIn() {
        assertEquals(LOBBY.value(), wire.get("/chatroom/v2/channel/which_user",
                "to_user_id=8836257&room_id=" + ROOM + "&must_audio=true").okResult().path("channel_id").asString());
        assertEquals("", wire.get("/chatroom/v2/channel/which_user",
                "to_user_id=8828375&room_id=" + ROOM).okResult().path("channel_id").asString());
    }

    @Test
    void findingWhichChannelWithAUserIdThatIsNotANumberIsABadRequest() {
        assertEquals("参数错误: to_user_id must be decimal digits, got \"bob\"",
                wire.get("/chatroom/v2/channel/which_user", "to_user_id=bob&room_id=" + ROOM).failed(200));
    }

    @Test
    void listingTheUsersOfAVoiceChannelGivesNumbers() {
        JsonNode ids = wire.get("/chatroom/v2/channel/user/list", "channel_id=" + LOBBY + "&room_id=" + ROOM + "&heybox_id=2398561")
                .okResult().path("user_ids");

        assertTrue(ids.get(0).isIntegralNumber());
        assertEquals(List.of(BOB.value(), CAROL.value()), List.of(ids.get(0).asLong(), ids.get(1).asLong()));
    }

    @Test
    void listingTheUsersOfAVoiceChannelWithoutTheChannelIsABadRequest() {
        assertEquals("参数错误: channel_id is required",
                wire.get("/chatroom/v2/channel/user/list", "room_id=" + ROOM).failed(200));
    }

    @Test
    void creatingAnInviteCode() {
        String code = wire.get("/chatroom/v2/invite/code", "user_id=2398561&room_id=" + ROOM + "&channel_id=" + GENERAL)
                .okResult().path("invite_code").asString();

        assertFalse(code.isEmpty());
    }

    @Test
    void creatingAnInviteCodeForAnUnknownChannelIsNotFound() {
        String msg = wire.get("/chatroom/v2/invite/code", "room_id=" + ROOM + "&channel_id=" + NO_SUCH_CHANNEL).failed(200);

        assertTrue(msg.startsWith("频道不存在"), msg);
    }

    @Test
    void changingTheSlowModeSetting() {
        wire.post("/chatroom/v2/settings/channel/edit", json("{'channel_id':'" + GENERAL + "','room_id':'" + ROOM
                + "','setting':'slow_mode','value':10,'channel_type':1}")).okResult();

        assertEquals(Duration.ofSeconds(10), world().slowMode(GENERAL));
    }

    @Test
    void changingTheMemberLimitAndPrivacy() {
        wire.post("/chatroom/v2/settings/channel/edit", json("{" + IN_LOBBY + ",'setting':'max_count','value':8,'channel_type':0}"))
                .okResult();
        wire.post("/chatroom/v2/settings/channel/edit", json("{" + IN_LOBBY + ",'setting':'is_private','value':1,'channel_type':0}"))
                .okResult();

        assertEquals(Optional.of(8), channel(LOBBY).orElseThrow().maxMembers());
        assertTrue(channel(LOBBY).orElseThrow().isPrivate());
    }

    @Test
    void anUnknownSettingIsABadRequest() {
        assertEquals("参数错误: setting must be slow_mode, max_count or is_private, got \"topic\"",
                wire.post("/chatroom/v2/settings/channel/edit", json("{'channel_id':'" + GENERAL + "','room_id':'" + ROOM
                        + "','setting':'topic','value':1,'channel_type':1}")).failed(200));
    }

    @Test
    void renamingAChannel() {
        wire.post("/chatroom/v2/channel/edit", json("{'room_id':'" + ROOM + "','channel_id':'" + GENERAL
                + "','channel_name':'闲聊大厅','channel_type':1}")).okResult();

        assertEquals("闲聊大厅", channel(GENERAL).orElseThrow().name());
    }

    @Test
    void renamingAChannelWithoutManageChannelsIsDenied() {
        String msg = wire.withToken(Ids.WEAK_TOKEN).post("/chatroom/v2/channel/edit", json("{'room_id':'" + ROOM
                + "','channel_id':'" + GENERAL + "','channel_name':'x','channel_type':1}")).failed(200);

        assertTrue(msg.startsWith("权限不足"), msg);
    }

    @Test
    void settingAndClearingAPasswordThroughTheQuery() {
        String query = "room_id=" + ROOM + "&channel_id=" + LOBBY;
        wire.post("/chatroom/channel/edit_password/no_encrypt", "password=123456&" + query, "{}").okResult();
        assertEquals(Optional.of(ChannelPassword.of("123456")), world().password(LOBBY));

        wire.send(wire.request("/chatroom/channel/edit_password/no_encrypt", Wire.COMMON + "&" + query)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).okResult();
        assertEquals(Optional.empty(), world().password(LOBBY));
    }

    @Test
    void aPasswordWithWhiteSpaceIsABadRequest() {
        String msg = wire.post("/chatroom/channel/edit_password/no_encrypt",
                "password=" + Wire.encode("12 34") + "&room_id=" + ROOM + "&channel_id=" + LOBBY, "{}").failed(200);

        assertEquals("参数错误: password: must not contain white space", msg);
    }

    @Test
    void overwritingChannelPermissionsForRolesAndUsers() {
        wire.post("/chatroom/v2/role/role_user_perm", "heybox_id=2398561", json("{" + IN_LOBBY
                + ",'roles':[{'role_id':'" + MEMBER + "','allow':'12582912','deny':'16777216','channel_type':0}],"
                + "'users':[{'to_user_id':8836257,'allow':'4194304','deny':'0'}]}")).okResult();

        assertEquals(Permissions.parse("12582912"), world().roleOverwrites(LOBBY).get(0).allow());
        assertEquals(Permissions.of(Permission.CONNECT), world().userOverwrites(LOBBY).get(0).allow());
    }

    @Test
    void aPermissionBitmaskAsANumberIsABadRequest() {
        assertEquals("参数错误: roles[0].allow must be a JSON string", wire.post("/chatroom/v2/role/role_user_perm", json("{"
                + IN_LOBBY + ",'roles':[{'role_id':'" + MEMBER + "','allow':12582912,'deny':'0','channel_type':0}],'users':[]}"))
                .failed(200));
    }

    @Test
    void readingAUsersPermissionsInAChannel() {
        wire.post("/chatroom/v2/role/role_user_perm", json("{" + IN_LOBBY
                + ",'roles':[],'users':[{'to_user_id':8836257,'allow':'4194304','deny':'8388608'}]}")).okResult();

        JsonNode result = wire.get("/chatroom/v2/channel_user_perm/list_with_parent",
                "channel_id=" + LOBBY + "&to_user_id=8836257&parent_id=" + VOICE_CATEGORY).okResult();

        assertEquals("4194304", result.path("allow").asString());
        assertEquals("8388608", result.path("deny").asString());
    }

    @Test
    void readingPermissionsInAnUnknownChannelIsNotFound() {
        String msg = wire.get("/chatroom/v2/channel_user_perm/list_with_parent",
                "channel_id=" + NO_SUCH_CHANNEL + "&to_user_id=8836257").failed(200);

        assertTrue(msg.startsWith("频道不存在"), msg);
    }

    @Test
    void creatingAVoiceChannelInACategory() {
        JsonNode created = wire.post("/chatroom/v3/channel/create", json("{'room_id':'" + ROOM + "','channel_name':'开黑语音2',"
                + "'channel_type':0,'api_type':'trtc','parent_id':'" + VOICE_CATEGORY + "','nonce':'c-1'}")).okResult().path("channel");

        Channel channel = channel(ChannelId.of(created.path("channel_id").asString())).orElseThrow();
        assertEquals(ChannelType.VOICE, channel.type());
        assertEquals(Optional.of(VOICE_CATEGORY), channel.parent());
        assertEquals(VOICE_CATEGORY.value(), created.path("parent_id").asString());
        assertEquals("开黑语音2", created.path("channel_name").asString());
    }

    @Test
    void creatingAChannelOfAnUnknownTypeIsABadRequest() {
        assertEquals("参数错误: channel_type must be a known channel type (0 to 5), got 9", wire.post("/chatroom/v3/channel/create",
                json("{'room_id':'" + ROOM + "','channel_name':'x','channel_type':9}")).failed(200));
    }

    @Test
    void deletingAChannel() {
        wire.post("/chatroom/v2/channel/delete", json("{'channel_id':'" + NEWS + "','room_id':'" + ROOM + "'}")).okResult();

        assertTrue(channel(NEWS).isEmpty());
    }

    @Test
    void deletingAnUnknownChannelIsNotFound() {
        String msg = wire.post("/chatroom/v2/channel/delete", json("{'channel_id':'" + NO_SUCH_CHANNEL + "','room_id':'" + ROOM + "'}"))
                .failed(200);

        assertTrue(msg.startsWith("频道不存在"), msg);
        assertTrue(channel(GENERAL).isPresent());
        assertTrue(world().member(ROOM, ALICE).isPresent());
    }
}
