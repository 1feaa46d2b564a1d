package io.github.heychat4j.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.TextNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The factories of message content, cards and send options build what they say. */
class ContentBuildersTest {
    @Test
    void contentFactoriesBuildTheirRecords() {
        assertEquals(new MessageContent.Text("hi"), MessageContent.text("hi"));
        assertEquals(new MessageContent.Image("https://x.example/a.png", 10, 20), MessageContent.image("https://x.example/a.png", 10, 20));
        Card card = Card.of(CardModule.text("x"));
        assertEquals(new MessageContent.Cards(List.of(card)), MessageContent.card(card));
    }

    @Test
    void markdownMentionsMustAppearInTheText() {
        UserId carol = UserId.of(66837313);
        RoleId vip = RoleId.of("5");

        assertEquals(Set.of(carol), MessageContent.markdown("hi " + MessageContent.mention(carol)).mentioning(carol).mentions().users());
        assertTrue(MessageContent.markdown("hi @{here}").mentioningOnline().mentions().online());
        assertThrows(IllegalArgumentException.class, () -> MessageContent.markdown("hi").mentioning(carol));
        assertEquals("mentions.roles: the text must contain " + MessageContent.mention(vip) + " for each mention",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.markdown("hi").mentioningRoles(vip)).getMessage());
        assertEquals("mentions.everyone: the text must contain @{all} for each mention",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.markdown("hi").mentioningEveryone()).getMessage());
        assertEquals("mentions.online: the text must contain @{here} for each mention",
                assertThrows(IllegalArgumentException.class, () -> MessageContent.markdown("hi").mentioningOnline()).getMessage());
    }

    @Test
    void sendOptionsAndSentMessagesCarryWhatTheyWereGiven() {
        MessageId id = MessageId.of("2026607597894049792");
        AckId ack = AckId.of("ack-1");

        assertEquals(new SendOptions(Optional.of(id), Optional.empty()), SendOptions.replyingTo(id));
        assertEquals(new SendOptions(Optional.of(id), Optional.of(ack)), SendOptions.replyingTo(id).withAckId(ack));
        assertEquals(new SentMessage(Optional.of(id), ack), SentMessage.of(id, ack));
        assertEquals("ack-1", ack.toString());
    }

    @Test
    void cardModuleFactoriesBuildTheirRecords() {
        Button open = Button.link("打开", "https://x.example");
        CardImage image = CardImage.of("https://x.example/a.png");
        Instant end = Instant.ofEpochSecond(1_733_400_000L);

        assertEquals(new CardModule.Section(List.of(TextNode.markdown("**a**"))), CardModule.markdown("**a**"));
        assertEquals(new CardModule.Section(List.of(TextNode.plain("a"))), CardModule.text("a"));
        assertEquals(new CardModule.Section(List.of(TextNode.plain("a"), open)), CardModule.section(TextNode.plain("a"), open));
        assertEquals(new CardModule.Images(List.of(image)), CardModule.images(image));
        assertEquals(new CardModule.ButtonGroup(List.of(open)), CardModule.buttons(open));
        assertEquals(new CardModule.Divider(Optional.empty()), CardModule.divider());
        assertEquals(new CardModule.Countdown(CardModule.CountdownMode.SECOND, end), CardModule.countdown(CardModule.CountdownMode.SECOND, end));
        assertEquals(new TextNode(true, "**a**"), TextNode.markdown("**a**"));
    }

    @Test
    void aCountdownEndsAfterTheEpoch() {
        assertEquals(1L, CardModule.countdown(CardModule.CountdownMode.DEFAULT, Instant.ofEpochSecond(1)).end().getEpochSecond());
        assertEquals("end: must be after 1970-01-01, got 1970-01-01T00:00:00Z", assertThrows(IllegalArgumentException.class,
                () -> CardModule.countdown(CardModule.CountdownMode.DEFAULT, Instant.EPOCH)).getMessage());
    }

    @Test
    void buttonsImagesAndCardsAreBuiltStepByStep() {
        assertEquals(new Button("打开", Button.Action.LINK_TO, "https://x.example", Button.Theme.PRIMARY), Button.link("打开", "https://x.example"));
        assertEquals(new Button("签到", Button.Action.SERVER, "sign-in", Button.Theme.DEFAULT), Button.callback("签到", "sign-in"));
        assertEquals(new Button("签到", Button.Action.SERVER, "sign-in", Button.Theme.DANGER),
                Button.callback("签到", "sign-in").withTheme(Button.Theme.DANGER));
        assertEquals(new CardImage("https://x.example/a.png", Optional.empty(), Optional.empty(), Optional.empty()),
                CardImage.of("https://x.example/a.png"));
        assertEquals(new CardImage("https://x.example/a.png", Optional.empty(), Optional.of(16_384), Optional.of(1)),
                CardImage.of("https://x.example/a.png", 16_384, 1));
        assertThrows(IllegalArgumentException.class, () -> CardImage.of("https://x.example/a.png", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> CardImage.of("https://x.example/a.png", 1, 16_385));
        Card card = Card.of(CardModule.text("x")).withBorderColor("#FF8800").withSize(Card.CardSize.SMALL);
        assertEquals(new Card(List.of(CardModule.text("x")), Optional.of("#FF8800"), Optional.of(Card.CardSize.SMALL)), card);
    }
}
