package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.SectionNode;
import io.github.heychat4j.domain.message.card.TextNode;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cards as the platform's card JSON (spec §4.6): {@code {"data":[{"type":"card","modules":[..]}]}}. The
 * text of it goes into a message's {@code msg} field, as a string.
 */
final class CardJson {
    private CardJson() {
    }

    /** The card message's {@code msg} text. */
    static String of(List<Card> cards) {
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        for (Card card : cards) {
            data.add(card(card));
        }
        return Json.write(root);
    }

    private static ObjectNode card(Card card) {
        ObjectNode node = Json.object();
        node.put("type", "card");
        card.borderColor().ifPresent(c -> node.put("border_color", c));
        card.size().ifPresent(s -> node.put("size", lower(s)));
        ArrayNode modules = node.putArray("modules");
        for (CardModule module : card.modules()) {
            modules.add(module(module));
        }
        return node;
    }

    private static ObjectNode module(CardModule module) {
        ObjectNode node = Json.object();
        if (module instanceof CardModule.Header header) {
            node.put("type", "header");
            node.set("content", text(header.content()));
        } else if (module instanceof CardModule.Section section) {
            node.put("type", "section");
            ArrayNode paragraph = node.putArray("paragraph");
            for (SectionNode part : section.paragraph()) {
                paragraph.add(sectionNode(part));
            }
        } else if (module instanceof CardModule.Images images) {
            node.put("type", "images");
            ArrayNode urls = node.putArray("urls");
            for (CardImage image : images.images()) {
                ObjectNode url = Json.object();
                url.put("url", image.url());
                imageDetails(image, url);
                urls.add(url);
            }
        } else if (module instanceof CardModule.ButtonGroup group) {
            node.put("type", "button-group");
            ArrayNode buttons = node.putArray("btns");
            for (Button button : group.buttons()) {
                buttons.add(button(button));
            }
        } else if (module instanceof CardModule.Divider divider) {
            node.put("type", "divider");
            divider.text().ifPresent(t -> node.put("text", t));
        } else if (module instanceof CardModule.Countdown countdown) {
            node.put("type", "countdown");
            node.put("mode", lower(countdown.mode()));
            node.put("end_time", countdown.end().getEpochSecond());
        } else {
            throw new IllegalArgumentException("card module: unsupported kind " + module.getClass().getSimpleName());
        }
        return node;
    }

    private static ObjectNode sectionNode(SectionNode part) {
        if (part instanceof TextNode text) {
            return text(text);
        }
        if (part instanceof CardImage image) {
            ObjectNode node = Json.object();
            node.put("type", "image");
            node.put("url", image.url());
            imageDetails(image, node);
            return node;
        }
        if (part instanceof Button button) {
            return button(button);
        }
        throw new IllegalArgumentException("section node: unsupported kind " + part.getClass().getSimpleName());
    }

    private static void imageDetails(CardImage image, ObjectNode node) {
        image.size().ifPresent(s -> node.put("size", lower(s)));
        image.width().ifPresent(w -> node.put("width", w));
        image.height().ifPresent(h -> node.put("height", h));
    }

    private static ObjectNode text(TextNode text) {
        ObjectNode node = Json.object();
        node.put("type", text.markdown() ? "markdown" : "plain-text");
        node.put("text", text.text());
        return node;
    }

    private static ObjectNode button(Button button) {
        ObjectNode node = Json.object();
        node.put("type", "button");
        node.put("text", button.text());
        node.put("event", button.action() == Button.Action.LINK_TO ? "link-to" : "server");
        node.put("value", button.value());
        node.put("theme", lower(button.theme()));
        return node;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
