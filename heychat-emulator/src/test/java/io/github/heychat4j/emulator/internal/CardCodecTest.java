package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CardCodecTest {

    static String goldenCardMsg() throws IOException {
        try (InputStream in = CardCodecTest.class.getClassLoader().getResourceAsStream("golden/requests/01-channel-msg-send.card.json")) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow().path("msg").asString();
        }
    }

    @Test
    void theGoldenCardDecodesIntoEveryModuleKind() throws IOException {
        List<Card> cards = CardCodec.decode(goldenCardMsg(), new Deviations());

        Card card = cards.get(0);
        assertEquals(Optional.of("#3A7BFF"), card.borderColor());
        assertEquals(Optional.of(Card.CardSize.MEDIUM), card.size());
        assertEquals(new CardModule.Header(TextNode.plain("heychat4j 卡片消息")), card.modules().get(0));
        CardModule.Section mixed = assertInstanceOf(CardModule.Section.class, card.modules().get(2));
        assertEquals(new CardImage("https://chat.max-c.com/pic/2024/10/11/6c0e3b5a8f0d4b0f9a1e2d3c4b5a6978.png",
                Optional.of(CardImage.ImageSize.SMALL), Optional.empty(), Optional.empty()), mixed.paragraph().get(1));
        assertEquals(new CardModule.Countdown(CardModule.CountdownMode.DEFAULT, Instant.ofEpochSecond(1767225600)),
                card.modules().get(5));
        CardModule.ButtonGroup buttons = assertInstanceOf(CardModule.ButtonGroup.class, card.modules().get(6));
        assertEquals(new Button("签到", Button.Action.SERVER, "checkin", Button.Theme.SUCCESS), buttons.buttons().get(1));
    }

    @Test
    void encodingThenDecodingGivesTheSameCards() throws IOException {
        List<Card> cards = CardCodec.decode(goldenCardMsg(), new Deviations());

        assertEquals(cards, CardCodec.decode(CardCodec.encode(cards), new Deviations()));
    }

    @Test
    void anUnknownModuleTypeNamesWhereItIs() {
        BadRequest e = assertThrows(BadRequest.class,
                () -> CardCodec.decode("{\"data\":[{\"type\":\"card\",\"modules\":[{\"type\":\"video\"}]}]}", new Deviations()));

        assertEquals("msg.data[0].modules[0].type must be header, section, images, button-group, divider or countdown, got \"video\"",
                e.getMessage());
    }

    @Test
    void aButtonEventTheDomainCannotExpressIsRefused() {
        BadRequest e = assertThrows(BadRequest.class, () -> CardCodec.decode("{\"data\":[{\"modules\":[{\"type\":\"button-group\","
                + "\"btns\":[{\"type\":\"button\",\"text\":\"x\",\"event\":\"internal\",\"value\":\"v\"}]}]}]}", new Deviations()));

        assertEquals("msg.data[0].modules[0].btns[0].event must be link-to or server, got \"internal\"", e.getMessage());
    }

    @Test
    void aMsgThatIsNotCardJsonIsRefused() {
        assertThrows(BadRequest.class, () -> CardCodec.decode("hello", new Deviations()));
        assertThrows(BadRequest.class, () -> CardCodec.decode("[]", new Deviations()));
    }
}
