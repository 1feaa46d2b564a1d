package io.github.heychat4j.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageContentTest {
    private final UserId alice = UserId.of(8829926);

    @Test
    void plainTextIsWhatTheMessageShowsAndNoRecordSyntax() {
        assertEquals("你好", MessageContent.text("你好").plainText());
        assertEquals("hi @{id:8829926}", MessageContent.markdown("hi " + MessageContent.mention(alice)).mentioning(alice).plainText());
        assertEquals("", MessageContent.image("https://chat.max-c.com/a.png", 10, 10).plainText());
        Card first = Card.of(CardModule.header("公告"), CardModule.divider(), CardModule.markdown("**今晚**"),
                CardModule.images(CardImage.of("https://chat.max-c.com/a.png")),
                CardModule.section(io.github.heychat4j.domain.message.card.TextNode.plain("左"), Button.callback("右", "v")),
                CardModule.buttons(Button.link("报名", "https://example.com/join")));
        Card second = Card.of(CardModule.images(CardImage.of("https://chat.max-c.com/b.png")));
        Card third = Card.of(CardModule.text("再见"));

        assertEquals("公告\n**今晚**\n左\n右\n报名", first.plainText());
        assertEquals("", second.plainText());
        assertEquals("公告\n**今晚**\n左\n右\n报名\n再见", MessageContent.card(first, second, third).plainText());
    }

    @Test
    void markdownWithAMentionKeepsTextAndIdsTogether() {
        MessageContent.Markdown md = MessageContent.markdown("hi " + MessageContent.mention(alice)).mentioning(alice);
        assertEquals("hi @{id:8829926}", md.markdown());
        assertEquals(List.of(alice), List.copyOf(md.mentions().users()));
        assertTrue(md.mentions().notifiesAnyone());
    }

    @Test
    void aMentionMissingFromTheTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MessageContent.markdown("hi").mentioning(alice));
        assertEquals("mentions.users: the text must contain @{id:8829926} for each mention", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MessageContent.markdown("hi").mentioningEveryone());
    }

    @Test
    void channelLinksAloneDoNotNotifyAnyone() {
        ChannelId general = ChannelId.of("3628471439769796608");
        MessageContent.Markdown md = MessageContent.markdown("see " + MessageContent.link(general)).linking(general);
        assertFalse(md.mentions().notifiesAnyone());
        assertFalse(md.mentions().isEmpty());
    }

    @Test
    void roleMentionsAndEveryoneAreMarkedSeparately() {
        RoleId mods = RoleId.of("4611545164569485312");
        MessageContent.Markdown md = MessageContent.markdown(MessageContent.mention(mods) + " " + MessageContent.EVERYONE)
                .mentioningRoles(mods).mentioningEveryone();
        assertTrue(md.mentions().everyone());
        assertEquals(1, md.mentions().roles().size());
    }

    @Test
    void textMustNotBeBlankOrTooLong() {
        assertEquals("text: must not be blank", assertThrows(IllegalArgumentException.class, () -> MessageContent.text("")).getMessage());
        assertEquals("text: at most 10000 characters, got 10001",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.text("x".repeat(10_001))).getMessage());
    }

    @Test
    void imagesNeedAnHttpUrlAndASize() {
        assertThrows(IllegalArgumentException.class, () -> MessageContent.image("ftp://x/y.png", 1, 1));
        assertEquals("width: must be between 1 and 16384, got 0",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.image("https://chat.max-c.com/a.png", 0, 1)).getMessage());
    }

    @Test
    void cardLimitsAreEnforced() {
        Card one = Card.of(CardModule.header("公告"));
        assertEquals("cards: must have between 1 and 3 elements, got 4",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.card(one, one, one, one)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Card(Collections.nCopies(11, CardModule.divider()),
                java.util.Optional.empty(), java.util.Optional.empty()));
        assertEquals("text: at most 12 characters, got 13",
                assertThrows(IllegalArgumentException.class, () -> Button.callback("x".repeat(13), "v")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CardModule.buttons(Button.callback("a", "1"),
                Button.callback("b", "2"), Button.callback("c", "3"), Button.callback("d", "4")));
        assertThrows(IllegalArgumentException.class, () -> CardModule.header("x".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> CardModule.images(Collections.nCopies(19,
                CardImage.of("https://chat.max-c.com/a.png")).toArray(CardImage[]::new)));
        assertThrows(IllegalArgumentException.class, () -> Button.link("open", "not a url"));
        assertThrows(IllegalArgumentException.class, () -> one.withBorderColor("red"));
    }

    @Test
    void emojiHaveTheBracketForm() {
        assertEquals("[cube_doge]", Emoji.builtin("cube", "doge").code());
        assertEquals("[custom3358126864697663488_1737773988806922240.jpg]",
                Emoji.ofRoom(RoomId.of("3358126864697663488"), MemePath.of("1737773988806922240"), "jpg").code());
        assertEquals("[7_👀]", Emoji.parse("[7_👀]").code());
        assertThrows(IllegalArgumentException.class, () -> Emoji.parse("doge"));
    }

    @Test
    void ackIdsArePrintableAscii() {
        assertThrows(IllegalArgumentException.class, () -> AckId.of("has space"));
        assertThrows(IllegalArgumentException.class, () -> AckId.of("x".repeat(65)));
        assertEquals("1733388149129001", AckId.of("1733388149129001").value());
    }
}
