package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.SectionNode;
import io.github.heychat4j.domain.message.card.TextNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Card messages ({@code msg_type} 20) on the wire: {@code msg} is the string form of
 * {@code {"data":[card...]}} (spec §4.6). Decodes into the domain's {@link Card} types and encodes them
 * back, for the admin API's message view.
 */
public final class CardCodec {

    private CardCodec() {
    }

    /**
     * Decodes the {@code msg} of a card message.
     *
     * @param deviations where a card's deviations from the documents are noted
     */
    public static List<Card> decode(String msg, Deviations deviations) {
        JsonNode parsed = Json.parse(msg.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new BadRequest("msg", "must hold the card JSON for msg_type 20"));
        if (!parsed.isObject()) {
            throw new BadRequest("msg", "must hold a JSON object {\"data\":[...]} for msg_type 20");
        }
        // Field names in errors read "msg.data[0].modules[1].type": the card JSON sits inside msg.
        JsonBody root = JsonBody.of((ObjectNode) parsed, "msg.");
        List<Card> cards = new ArrayList<>();
        for (JsonBody card : root.objects("data", true)) {
            cards.add(card(card, deviations));
        }
        return cards;
    }

    private static Card card(JsonBody card, Deviations deviations) {
        Optional<String> type = card.optionalString("type");
        if (type.isPresent() && !type.get().equals("card")) {
            throw new BadRequest(card.nameOf("type"), "must be \"card\", got \"" + type.get() + "\"");
        }
        List<CardModule> modules = new ArrayList<>();
        for (JsonBody module : card.objects("modules", true)) {
            modules.add(module(module));
        }
        Card result = new Card(modules, Optional.empty(), Optional.empty());
        Optional<String> border = card.optionalString("border_color");
        if (border.isPresent()) {
            result = result.withBorderColor(border.get());
        }
        Optional<String> size = card.optionalString("size");
        Optional<Card.CardSize> known = size.flatMap(CardCodec::cardSize);
        if (known.isPresent()) {
            result = result.withSize(known.get());
        } else if (size.isPresent()) {
            // Leniency (uncertain): "small"|"medium" is the community's reading (spec §4.6, from HBN and
            // others), no official statement, and a long-lived third-party SDK sends "large" on every card
            // (issue 16). The platform is not known to refuse any size, so another value is accepted and
            // the card is kept without a size, which the domain cannot hold; the journal says so.
            deviations.note(card.nameOf("size") + " \"" + size.get() + "\" is not small or medium (the community's "
                    + "reading, spec §4.6): the card is kept without a size");
        }
        return result;
    }

    private static CardModule module(JsonBody module) {
        String type = module.string("type");
        switch (type) {
            case "header":
                return new CardModule.Header(textNode(module.object("content")));
            case "section": {
                List<SectionNode> nodes = new ArrayList<>();
                for (JsonBody node : module.objects("paragraph", true)) {
                    nodes.add(sectionNode(node));
                }
                return new CardModule.Section(nodes);
            }
            case "images": {
                List<CardImage> images = new ArrayList<>();
                for (JsonBody image : module.objects("urls", true)) {
                    images.add(image(image));
                }
                return new CardModule.Images(images);
            }
            case "button-group": {
                List<Button> buttons = new ArrayList<>();
                for (JsonBody button : module.objects("btns", true)) {
                    buttons.add(button(button));
                }
                return new CardModule.ButtonGroup(buttons);
            }
            case "divider":
                return new CardModule.Divider(module.optionalString("text").filter(t -> !t.isEmpty()));
            case "countdown":
                return new CardModule.Countdown(
                        enumOf(CardModule.CountdownMode.class, module.nameOf("mode"), module.string("mode")),
                        Instant.ofEpochSecond(module.longInteger("end_time")));
            default:
                throw new BadRequest(module.nameOf("type"),
                        "must be header, section, images, button-group, divider or countdown, got \"" + type + "\"");
        }
    }

    private static SectionNode sectionNode(JsonBody node) {
        String type = node.string("type");
        switch (type) {
            case "plain-text":
            case "markdown":
                return textNode(node);
            case "image":
                return image(node);
            case "button":
                return button(node);
            default:
                throw new BadRequest(node.nameOf("type"),
                        "must be plain-text, markdown, image or button, got \"" + type + "\"");
        }
    }

    private static TextNode textNode(JsonBody node) {
        String type = node.string("type");
        String text = node.string("text");
        switch (type) {
            case "plain-text":
                return TextNode.plain(text);
            case "markdown":
                return TextNode.markdown(text);
            default:
                throw new BadRequest(node.nameOf("type"), "must be plain-text or markdown, got \"" + type + "\"");
        }
    }

    private static CardImage image(JsonBody node) {
        Optional<CardImage.ImageSize> size = node.optionalString("size")
                .map(s -> enumOf(CardImage.ImageSize.class, node.nameOf("size"), s));
        Optional<Integer> width = node.has("width") ? Optional.of(node.integer("width")) : Optional.empty();
        Optional<Integer> height = node.has("height") ? Optional.of(node.integer("height")) : Optional.empty();
        return new CardImage(node.string("url"), size, width, height);
    }

    private static Button button(JsonBody node) {
        String event = node.string("event");
        Button.Action action;
        switch (event) {
            case "link-to":
                action = Button.Action.LINK_TO;
                break;
            case "server":
                action = Button.Action.SERVER;
                break;
            default:
                throw new BadRequest(node.nameOf("event"), "must be link-to or server, got \"" + event + "\"");
        }
        Button.Theme theme = node.optionalString("theme")
                .map(t -> enumOf(Button.Theme.class, node.nameOf("theme"), t))
                .orElse(Button.Theme.DEFAULT);
        return new Button(node.string("text"), action, node.string("value"), theme);
    }

    private static Optional<Card.CardSize> cardSize(String wire) {
        for (Card.CardSize size : Card.CardSize.values()) {
            if (size.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new BadRequest(field, "must be one of " + String.join(", ", allowed) + ", got \"" + wire + "\"");
    }

    /** Encodes cards as the {@code msg} string of a card message. */
    public static String encode(List<Card> cards) {
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        for (Card card : cards) {
            ObjectNode c = data.addObject();
            c.put("type", "card");
            card.borderColor().ifPresent(color -> c.put("border_color", color));
            card.size().ifPresent(size -> c.put("size", wire(size)));
            ArrayNode modules = c.putArray("modules");
            for (CardModule module : card.modules()) {
                modules.add(module(module));
            }
        }
        return Json.text(root);
    }

    private static ObjectNode module(CardModule module) {
        ObjectNode m = Json.object();
        if (module instanceof CardModule.Header) {
            m.put("type", "header");
            m.set("content", textNode(((CardModule.Header) module).content()));
        } else if (module instanceof CardModule.Section) {
            m.put("type", "section");
            ArrayNode paragraph = m.putArray("paragraph");
            for (SectionNode node : ((CardModule.Section) module).paragraph()) {
                paragraph.add(sectionNode(node));
            }
        } else if (module instanceof CardModule.Images) {
            m.put("type", "images");
            ArrayNode urls = m.putArray("urls");
            for (CardImage image : ((CardModule.Images) module).images()) {
                urls.add(imageFields(Json.object(), image));
            }
        } else if (module instanceof CardModule.ButtonGroup) {
            m.put("type", "button-group");
            ArrayNode btns = m.putArray("btns");
            for (Button button : ((CardModule.ButtonGroup) module).buttons()) {
                btns.add(button(button));
            }
        } else if (module instanceof CardModule.Divider) {
            m.put("type", "divider");
            ((CardModule.Divider) module).text().ifPresent(t -> m.put("text", t));
        } else {
            CardModule.Countdown countdown = (CardModule.Countdown) module;
            m.put("type", "countdown");
            m.put("mode", wire(countdown.mode()));
            m.put("end_time", countdown.end().getEpochSecond());
        }
        return m;
    }

    private static ObjectNode sectionNode(SectionNode node) {
        if (node instanceof TextNode) {
            return textNode((TextNode) node);
        }
        if (node instanceof CardImage) {
            ObjectNode image = Json.object();
            image.put("type", "image");
            return imageFields(image, (CardImage) node);
        }
        return button((Button) node);
    }

    private static ObjectNode textNode(TextNode text) {
        ObjectNode n = Json.object();
        n.put("type", text.markdown() ? "markdown" : "plain-text");
        n.put("text", text.text());
        return n;
    }

    private static ObjectNode imageFields(ObjectNode n, CardImage image) {
        n.put("url", image.url());
        image.size().ifPresent(size -> n.put("size", wire(size)));
        image.width().ifPresent(w -> n.put("width", w));
        image.height().ifPresent(h -> n.put("height", h));
        return n;
    }

    private static ObjectNode button(Button button) {
        ObjectNode n = Json.object();
        n.put("type", "button");
        n.put("text", button.text());
        n.put("event", button.action() == Button.Action.LINK_TO ? "link-to" : "server");
        n.put("value", button.value());
        n.put("theme", wire(button.theme()));
        return n;
    }

    private static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
