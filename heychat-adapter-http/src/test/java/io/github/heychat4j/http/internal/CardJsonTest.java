package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.TextNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts of a card the golden sample leaves out (it has no image sizes to compare): a card's size and border,
 * and an image's size, width and height, in a section and in an images module; absent ones are not sent at all.
 */
class CardJsonTest {
    private static final String PIC = "https://chat.max-c.com/pic/cat.png";

    @Test
    void aCardsSizeAndBorderAndItsImagesDetailsAreSent() {
        Card card = new Card(List.of(
                CardModule.section(TextNode.plain("a"), new CardImage(PIC, Optional.of(CardImage.ImageSize.SMALL), Optional.of(64),
                        Optional.of(48))),
                CardModule.images(new CardImage(PIC, Optional.of(CardImage.ImageSize.LARGE), Optional.of(194), Optional.of(228)))),
                Optional.of("#3A7BFF"), Optional.of(Card.CardSize.SMALL));

        assertEquals("{\"data\":[{\"type\":\"card\",\"border_color\":\"#3A7BFF\",\"size\":\"small\",\"modules\":["
                        + "{\"type\":\"section\",\"paragraph\":[{\"type\":\"plain-text\",\"text\":\"a\"},"
                        + "{\"type\":\"image\",\"url\":\"" + PIC + "\",\"size\":\"small\",\"width\":64,\"height\":48}]},"
                        + "{\"type\":\"images\",\"urls\":[{\"url\":\"" + PIC + "\",\"size\":\"large\",\"width\":194,\"height\":228}]}]}]}",
                CardJson.of(List.of(card)));
    }

    @Test
    void whatACardDoesNotSayIsNotSent() {
        Card card = Card.of(CardModule.section(CardImage.of(PIC)), CardModule.images(CardImage.of(PIC)));

        assertEquals("{\"data\":[{\"type\":\"card\",\"modules\":[{\"type\":\"section\",\"paragraph\":[{\"type\":\"image\",\"url\":\""
                + PIC + "\"}]},{\"type\":\"images\",\"urls\":[{\"url\":\"" + PIC + "\"}]}]}]}", CardJson.of(List.of(card)));
    }

    @Test
    void aButtonInASectionIsSentAsAButton() {
        Card card = Card.of(CardModule.section(TextNode.markdown("**a**"), Button.callback("签到", "checkin")));

        assertEquals("{\"data\":[{\"type\":\"card\",\"modules\":[{\"type\":\"section\",\"paragraph\":["
                + "{\"type\":\"markdown\",\"text\":\"**a**\"},"
                + "{\"type\":\"button\",\"text\":\"签到\",\"event\":\"server\",\"value\":\"checkin\",\"theme\":\"default\"}]}]}]}",
                CardJson.of(List.of(card)));
    }
}
