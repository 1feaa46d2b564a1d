package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.fake.RunningStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOT;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the shortest requests a long-lived client sends, which the platform evidently accepts, succeed
 * with the effect a bot author expects, and each deviation from the documents is in the journal entry.
 */
class LeniencyTest extends EmulatorTestSupport {

    private static final String SEND = "/chatroom/v2/channel_msg/send";
    private static final String UPDATE = "/chatroom/v2/channel_msg/update";
    private static final String DIRECT = "/chatroom/v3/msg/user";
    private static final String PUSH = "/chatroom/v3/channel/stream/push";
    private static final String KICK = "/chatroom/v2/room/kick_out";
    private static final String MINIMAL_QUERY = "client_type=heybox_chat&chat_os_type=bot&chat_version=1.30.0";

    private static String shortSend(String msg) {
        return json("{'channel_id':'" + GENERAL + "','msg_type':4,'room_id':'" + ROOM + "','msg':'" + msg
                + "','heychat_ack_id':'ack-short-1'}");
    }

    private static List<PostedMessage> general() {
        return world().messages(GENERAL);
    }

    private static List<String> lastNotes() {
        List<RecordedRequest> requests = emulator.requests();
        return requests.get(requests.size() - 1).notes();
    }

    @Test
    void theShortSendShapeIsPostedWithTheDocumentedDefaultsAndNoted() {
        Wire.Reply reply = wire.post(SEND, shortSend("**你好**"));

        assertFalse(reply.okResult().path("msg_id").asString().isEmpty(), reply.text());
        assertEquals(1, general().size());
        PostedMessage posted = general().get(0);
        assertEquals(MessageContent.markdown("**你好**"), posted.content());
        assertEquals(BOT, posted.author());
        assertEquals(Optional.empty(), posted.replyTo());
        assertEquals(List.of(
                "reply_id is absent (the documents require it): read as \"\"",
                "addition is absent (the documents require it): read as \"{}\"",
                "at_user_id is absent (the documents require it): read as \"\"",
                "at_role_id is absent (the documents require it): read as \"\"",
                "mention_channel_id is absent (the documents require it): read as \"\"",
                "channel_type is absent (the documents require it): the channel's type in the world is used"),
                lastNotes());
    }

    @Test
    void theShortUpdateShapeEditsTheMessage() {
        String id = wire.post(SEND, shortSend("旧的")).okResult().path("msg_id").asString();

        wire.post(UPDATE, json("{'channel_id':'" + GENERAL + "','msg_type':4,'room_id':'" + ROOM + "','msg':'新的',"
                + "'heychat_ack_id':'ack-short-2','msg_id':'" + id + "'}")).okResult();

        assertEquals(MessageContent.markdown("新的"), general().get(0).content());
        assertTrue(general().get(0).edited());
        assertTrue(lastNotes().contains("addition is absent (the documents require it): read as \"{}\""), lastNotes().toString());
    }

    @Test
    void aDirectMessageWithoutAdditionIsDelivered() {
        wire.post(DIRECT, json("{'to_user_id':" + ALICE.value() + ",'msg_type':1,'msg':'私信','heychat_ack_id':'ack-dm-1'}")).okResult();

        assertEquals(MessageContent.text("私信"), world().directMessages(BOT, ALICE).get(0).content());
        assertEquals(List.of("addition is absent (the documents require it): read as \"{}\""), lastNotes());
    }

    @Test
    void aRequestWithEveryDocumentedFieldHasNoNotes() {
        wire.post(SEND, json("{'channel_id':'" + GENERAL + "','channel_type':1,'msg_type':1,'room_id':'" + ROOM + "',"
                + "'msg':'全的','heychat_ack_id':'ack-full','reply_id':'','addition':'{}','at_user_id':'','at_role_id':'',"
                + "'mention_channel_id':''}")).okResult();

        assertEquals(List.of(), lastNotes());
    }

    @Test
    void aLargeCardIsPostedWithoutASizeAndNoted() {
        String card = "{\\\"data\\\":[{\\\"type\\\":\\\"card\\\",\\\"size\\\":\\\"large\\\",\\\"modules\\\":"
                + "[{\\\"type\\\":\\\"divider\\\",\\\"text\\\":\\\"分割\\\"}]}]}";
        wire.post(SEND, "{\"channel_id\":\"" + GENERAL + "\",\"msg_type\":20,\"room_id\":\"" + ROOM + "\",\"msg\":\""
                + card + "\",\"heychat_ack_id\":\"ack-card\"}").okResult();

        MessageContent.Cards posted = (MessageContent.Cards) general().get(0).content();
        Card only = posted.cards().get(0);
        assertEquals(Optional.empty(), only.size());
        assertEquals(1, only.modules().size());
        assertTrue(lastNotes().contains("msg.data[0].size \"large\" is not small or medium (the community's reading, "
                + "spec §4.6): the card is kept without a size"), lastNotes().toString());
    }

    @Test
    void theMinimalCommonQuerySetIsEnoughAndTheOthersAreNoted() {
        HttpRequest kick = wire.request(KICK, MINIMAL_QUERY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"room_id\":\"" + ROOM + "\",\"to_user_id\":" + EVE.value() + "}"))
                .build();

        wire.send(kick).okResult();

        assertTrue(world().member(ROOM, EVE).isEmpty());
        assertEquals(List.of(
                "query parameter x_client_type is absent (spec §1.2 recommends sending all seven common parameters)",
                "query parameter os_type is absent (spec §1.2 recommends sending all seven common parameters)",
                "query parameter x_os_type is absent (spec §1.2 recommends sending all seven common parameters)",
                "query parameter x_app is absent (spec §1.2 recommends sending all seven common parameters)"),
                lastNotes());
    }

    @Test
    void aRefusedRequestIsHttp200WithAFailedEnvelope() {
        Wire.Reply reply = wire.post(SEND, json("{'channel_id':'" + GENERAL + "','room_id':'" + ROOM + "','msg':'x','heychat_ack_id':'a'}"));

        assertEquals("参数错误: msg_type is required", reply.failed(200));
        assertEquals(200, emulator.requests().get(0).status());
        assertTrue(general().isEmpty());
    }

    @Test
    void anUnknownPathIsHttp200WithAFailedEnvelope() {
        assertEquals("接口不存在", wire.post("/chatroom/v2/nothing/here", "{}").failed(200));
    }

    @Test
    void aStreamCanBeStartedForAnOperatorWhoIsNotInTheRoom() {
        UserId stranger = UserId.of(4242);

        String task = wire.post(PUSH, json("{'room_id':'" + ROOM + "','channel_id':'" + LOBBY + "',"
                + "'stream_url':'https://example.com/live.flv','operator':" + stranger.value() + "}"))
                .okResult().path("task_id").asString();

        RunningStream stream = world().streams().get(0);
        assertEquals(task, stream.id().value());
        assertEquals(stranger, stream.request().operator());
        assertEquals(LOBBY, stream.request().voiceChannel().channel());
        assertTrue(stream.running());
    }

    @Test
    void theAdminJournalShowsTheNotes() {
        wire.post(SEND, shortSend("看日志")).okResult();

        JsonNode entry = new Wire(emulator.baseUri(), null)
                .get("/_emulator/requests", "").okResult().path("requests").get(0);

        assertEquals(SEND, entry.path("path").asString());
        assertEquals(6, entry.path("notes").size());
        assertEquals("reply_id is absent (the documents require it): read as \"\"", entry.path("notes").get(0).asString());
    }

    @Test
    void theRequestAsSentIsJournaledUnchanged() {
        wire.post(SEND, shortSend("原样")).okResult();

        assertEquals(shortSend("原样"), emulator.requests().get(0).body());
    }

}
