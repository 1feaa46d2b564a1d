package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.fake.DirectMessage;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.fake.Reaction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOB;
import static io.github.heychat4j.emulator.Ids.BOT;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows 1-5: channel messages, reactions, direct messages. */
class MessageEndpointsTest extends EmulatorTestSupport {

    private static final String SEND = "/chatroom/v2/channel_msg/send";
    private static final String UPDATE = "/chatroom/v2/channel_msg/update";
    private static final String DELETE = "/chatroom/v2/channel_msg/delete";
    private static final String REACT = "/chatroom/v2/channel_msg/emoji/reply";
    private static final String DIRECT = "/chatroom/v3/msg/user";
    private static final AtomicInteger ACKS = new AtomicInteger();

    static ObjectNode sendBody(int type, String msg) {
        ObjectNode body = Json.object();
        body.put("msg", msg);
        body.put("msg_type", type);
        body.put("heychat_ack_id", "ack-" + ACKS.incrementAndGet());
        body.put("reply_id", "");
        body.put("room_id", ROOM.value());
        body.put("addition", "{}");
        body.put("at_user_id", "");
        body.put("at_role_id", "");
        body.put("mention_channel_id", "");
        body.put("channel_id", GENERAL.value());
        body.put("channel_type", 1);
        return body;
    }

    private static String sendText(String text) {
        return wire.post(SEND, Json.text(sendBody(1, text))).okResult().path("msg_id").asString();
    }

    private static List<PostedMessage> general() {
        return world().messages(GENERAL);
    }

    @Test
    void sendingTextPostsItAndAnswersTheIds() {
        ObjectNode body = sendBody(1, "你好");

        JsonNode result = wire.post(SEND, Json.text(body)).okResult();

        assertEquals(body.path("heychat_ack_id").asString(), result.path("heychat_ack_id").asString());
        assertEquals(MessageContent.text("你好"), general().get(0).content());
        assertEquals(general().get(0).id().value(), result.path("msg_id").asString());
        assertFalse(result.path("msg_seq").asString().isEmpty());
        assertFalse(result.path("chatmobile_ack_id").asString().isEmpty());
    }

    @Test
    void sendingMarkdownWithMentionsKeepsTheMentions() {
        ObjectNode body = sendBody(10, "@{id:8836257} 来开黑 @{here}");
        body.put("at_user_id", "8836257");

        wire.post(SEND, Json.text(body)).okResult();

        MessageContent.Markdown sent = assertInstanceOf(MessageContent.Markdown.class, general().get(0).content());
        assertEquals(List.of(BOB), List.copyOf(sent.mentions().users()));
        assertTrue(sent.mentions().online());
    }

    @Test
    void sendingAnImageReadsItsSizeFromTheAddition() {
        ObjectNode body = sendBody(3, "");
        body.put("img", "https://chat.max-c.com/pic/a.png");
        body.put("addition", "{\"img_files_info\":[{\"url\":\"https://chat.max-c.com/pic/a.png\",\"width\":194,\"height\":228}]}");

        wire.post(SEND, Json.text(body)).okResult();

        assertEquals(MessageContent.image("https://chat.max-c.com/pic/a.png", 194, 228), general().get(0).content());
    }

    @Test
    void sendingAReplyRemembersWhatItRepliesTo() {
        String first = sendText("问题");
        ObjectNode reply = sendBody(1, "回答");
        reply.put("reply_id", first);

        wire.post(SEND, Json.text(reply)).okResult();

        assertEquals(MessageId.of(first), general().get(1).replyTo().orElseThrow());
    }

    @Test
    void sendingTheSameAckIdTwiceIsADuplicate() {
        ObjectNode body = sendBody(1, "一次");
        wire.post(SEND, Json.text(body)).okResult();

        String msg = wire.post(SEND, Json.text(body)).failed(200);

        assertEquals("消息已发送，请勿重复发送", msg);
        assertEquals(1, general().size());
    }

    @Test
    void sendingABannedWordIsBlocked() {
        assertEquals("包含违禁词", wire.post(SEND, Json.text(sendBody(1, "加群看广告"))).failed(200));
    }

    @Test
    void sendingToAVoiceChannelIsTheWrongTarget() {
        ObjectNode body = sendBody(1, "hi");
        body.put("channel_id", LOBBY.value());
        body.put("channel_type", 0);

        String msg = wire.post(SEND, Json.text(body)).failed(200);

        assertTrue(msg.startsWith("频道类型不支持该操作"), msg);
    }

    @Test
    void sendingAnUnknownMessageTypeIsABadRequest() {
        assertEquals("参数错误: msg_type must be 1, 3, 4, 10 or 20, got 7",
                wire.post(SEND, Json.text(sendBody(7, "x"))).failed(200));
    }

    @Test
    void sendingAnAdditionThatIsNotAJsonStringIsABadRequest() {
        ObjectNode body = sendBody(1, "x");
        body.putObject("addition");

        assertEquals("参数错误: addition must be a JSON string", wire.post(SEND, Json.text(body)).failed(200));
    }

    @Test
    void editingReplacesTheContent() {
        String id = sendText("原文");
        ObjectNode body = sendBody(1, "改过了");
        body.put("msg_id", id);

        JsonNode result = wire.post(UPDATE, Json.text(body)).okResult();

        assertEquals(body.path("heychat_ack_id").asString(), result.path("heychat_ack_id").asString());
        assertEquals(MessageContent.text("改过了"), general().get(0).content());
        assertTrue(general().get(0).edited());
    }

    @Test
    void editingAnUnknownMessageIsNotFound() {
        ObjectNode body = sendBody(1, "改");
        body.put("msg_id", "2026607597894049792");

        assertTrue(wire.post(UPDATE, Json.text(body)).failed(200).startsWith("消息不存在"));
    }

    @Test
    void deletingRemovesTheMessage() {
        String id = sendText("删我");

        wire.post(DELETE, json("{'msg_id':'" + id + "','room_id':'" + ROOM + "','channel_id':'" + GENERAL + "'}")).okResult();

        assertTrue(general().isEmpty());
    }

    @Test
    void deletingWithANumericMessageIdIsABadRequest() {
        assertEquals("参数错误: msg_id must be a JSON string",
                wire.post(DELETE, json("{'msg_id':2026607597894049792,'room_id':'" + ROOM + "','channel_id':'" + GENERAL + "'}"))
                        .failed(200));
    }

    @Test
    void reactingAddsAndRemovesTheBotsReaction() {
        String id = sendText("点赞");
        String add = "{'msg_id':'" + id + "','emoji':'[cube_doge]','is_add':1,'channel_id':'" + GENERAL + "','room_id':'" + ROOM + "'}";

        wire.post(REACT, json(add)).okResult();
        assertEquals(java.util.Set.of(new Reaction(BOT, Emoji.parse("[cube_doge]"))), world().reactions(MessageId.of(id)));

        wire.post(REACT, json(add.replace("'is_add':1", "'is_add':0"))).okResult();
        assertTrue(world().reactions(MessageId.of(id)).isEmpty());
    }

    @Test
    void reactingWithIsAddTwoIsABadRequest() {
        String id = sendText("点赞");

        assertEquals("参数错误: is_add must be 1 or 0, got 2", wire.post(REACT,
                json("{'msg_id':'" + id + "','emoji':'[cube_doge]','is_add':2,'channel_id':'" + GENERAL + "','room_id':'" + ROOM + "'}"))
                .failed(200));
    }

    @Test
    void sendingADirectMessageReachesTheUser() {
        JsonNode result = wire.post(DIRECT,
                json("{'msg':'你好','msg_type':4,'heychat_ack_id':'dm-1','addition':'{}','to_user_id':8828375}")).okResult();

        List<DirectMessage> sent = world().directMessages(BOT, ALICE);
        assertEquals(MessageContent.markdown("你好"), sent.get(0).content());
        assertEquals(sent.get(0).id().value(), result.path("msg_id").asString());
        assertEquals("dm-1", result.path("heychat_ack_id").asString());
        assertFalse(result.path("heybox_ack_id").asString().isEmpty());
    }

    @Test
    void aDirectMessageToAUserIdStringIsABadRequest() {
        assertEquals("参数错误: to_user_id must be a JSON number", wire.post(DIRECT,
                json("{'msg':'你好','msg_type':1,'heychat_ack_id':'dm-2','addition':'{}','to_user_id':'8828375'}")).failed(200));
    }

    @Test
    void aFourthDirectMessageBeforeAReplyReachesTheLimit() {
        for (int i = 0; i < 3; i++) {
            wire.post(DIRECT, json("{'msg':'第" + i + "条','msg_type':1,'heychat_ack_id':'dm-l" + i + "','addition':'{}','to_user_id':8828375}"))
                    .okResult();
        }

        String msg = wire.post(DIRECT, json("{'msg':'第四条','msg_type':1,'heychat_ack_id':'dm-l4','addition':'{}','to_user_id':8828375}"))
                .failed(200);

        assertTrue(msg.contains("上限"), msg);
    }
}
