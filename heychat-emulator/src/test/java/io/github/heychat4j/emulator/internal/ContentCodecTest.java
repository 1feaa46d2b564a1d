package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContentCodecTest {

    static JsonBody golden(String name) throws IOException {
        try (InputStream in = ContentCodecTest.class.getClassLoader().getResourceAsStream("golden/requests/" + name)) {
            return JsonBody.parse(in.readAllBytes());
        }
    }

    @Test
    void theOfficialMentionSampleDecodesIntoMentionsOfAUserARoleAndAChannel() throws IOException {
        MessageContent.Markdown markdown = (MessageContent.Markdown) ContentCodec.decode(golden("01-channel-msg-send.mention.json"), new Deviations());

        assertEquals(Set.of(UserId.of(100030)), markdown.mentions().users());
        assertEquals(Set.of(RoleId.of("4611545164569485312")), markdown.mentions().roles());
        assertEquals(Set.of(ChannelId.of("3628471439769796608")), markdown.mentions().channels());
    }

    @Test
    void theGoldenTextMarkdownAndImageSamplesDecode() throws IOException {
        assertEquals(MessageContent.text("你好，这是一条来自 heychat4j 的文本消息"),
                ContentCodec.decode(golden("01-channel-msg-send.text.json"), new Deviations()));
        assertEquals(MessageContent.markdown("**加粗** *斜体* ~~删除线~~ `代码`\n> 引用\n[黑盒语音](https://chat.xiaoheihe.cn)"),
                ContentCodec.decode(golden("01-channel-msg-send.markdown.json"), new Deviations()));
        assertEquals(MessageContent.image("https://chat.max-c.com/pic/2024/10/11/6c0e3b5a8f0d4b0f9a1e2d3c4b5a6978.png", 194, 228),
                ContentCodec.decode(golden("01-channel-msg-send.image.json"), new Deviations()));
    }

    @Test
    void encodingThenDecodingKeepsTheContent() {
        MessageContent content = MessageContent.markdown("@{id:8828375} #{id:5} @{all}")
                .mentioning(UserId.of(8828375)).linking(ChannelId.of("5")).mentioningEveryone();

        assertEquals(content, ContentCodec.decode(JsonBody.of(ContentCodec.encode(content), ""), new Deviations()));
    }

    @Test
    void allAndHereAreOnlyMentionsInMarkdownWithMentions() {
        JsonBody plain = JsonBody.parse("{\"msg\":\"@{all} 看这里\",\"msg_type\":4,\"addition\":\"{}\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(MessageContent.markdown("@{all} 看这里"), ContentCodec.decode(plain, new Deviations()));
    }

    @Test
    void anImageWithoutItsSizeIsRefused() {
        JsonBody image = JsonBody.parse("{\"msg\":\"\",\"msg_type\":3,\"img\":\"https://a.b/c.png\",\"addition\":\"{}\"}"
                .getBytes(StandardCharsets.UTF_8));

        BadRequest e = assertThrows(BadRequest.class, () -> ContentCodec.decode(image, new Deviations()));
        assertEquals("addition.img_files_info must give the image's width and height for msg_type 3", e.getMessage());
    }

    @Test
    void aMentionListThatIsNotIdsIsRefused() {
        JsonBody body = JsonBody.parse("{\"msg\":\"x\",\"msg_type\":10,\"addition\":\"{}\",\"at_user_id\":\"bob\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("at_user_id must be a comma-separated list of ids, got \"bob\"",
                assertThrows(BadRequest.class, () -> ContentCodec.decode(body, new Deviations())).getMessage());
    }
}
