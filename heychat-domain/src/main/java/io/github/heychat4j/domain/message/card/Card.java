package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One card of a card message (卡片消息): a column of modules.
 *
 * {@snippet :
 * Card card = Card.of(
 *         CardModule.header("今晚开黑"),
 *         CardModule.markdown("**20:00** 在 #{id:3377790315288076288}"),
 *         CardModule.buttons(Button.link("报名", "https://example.com/join")))
 *     .withBorderColor("#FF8800");
 * heychat.messages().send(channel, MessageContent.card(card));
 * }
 *
 * @param modules     1 to {@value #MAX_MODULES} modules
 * @param borderColor the border colour as {@code #RRGGBB}, if any
 * @param size        the card's size, if not the default
 */
public record Card(List<CardModule> modules, Optional<String> borderColor, Optional<CardSize> size) {
    /** The most modules in one card. */
    public static final int MAX_MODULES = 10;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Validates every field. */
    public Card {
        modules = List.copyOf(Checks.size("modules", modules, 1, MAX_MODULES));
        Checks.notNull("borderColor", borderColor);
        borderColor.ifPresent(c -> {
            if (!COLOR.matcher(c).matches()) {
                throw new IllegalArgumentException("borderColor: must look like #RRGGBB, got \"" + c + "\"");
            }
        });
        Checks.notNull("size", size);
    }

    /** A card of the given modules, default border and size. */
    public static Card of(CardModule... modules) {
        return new Card(Checks.elements("modules", modules), Optional.empty(), Optional.empty());
    }

    /**
     * The words this card shows, one per line in module order: headers, the texts of sections (plain or
     * markdown source), button labels and divider labels. Images and countdowns show no text.
     *
     * @return the card's text, possibly empty
     */
    public String plainText() {
        List<String> lines = new ArrayList<>();
        for (CardModule module : modules) {
            if (module instanceof CardModule.Header header) {
                lines.add(header.content().text());
            } else if (module instanceof CardModule.Section section) {
                for (SectionNode node : section.paragraph()) {
                    if (node instanceof TextNode text) {
                        lines.add(text.text());
                    } else if (node instanceof Button button) {
                        lines.add(button.text());
                    }
                }
            } else if (module instanceof CardModule.ButtonGroup group) {
                group.buttons().forEach(button -> lines.add(button.text()));
            } else if (module instanceof CardModule.Divider divider) {
                divider.text().ifPresent(lines::add);
            }
        }
        return String.join("\n", lines);
    }

    /** This card with a border colour {@code #RRGGBB}. */
    public Card withBorderColor(String color) {
        return new Card(modules, Optional.of(Checks.notNull("borderColor", color)), size);
    }

    /** This card with a size. */
    public Card withSize(CardSize newSize) {
        return new Card(modules, borderColor, Optional.of(Checks.notNull("size", newSize)));
    }

    /** The size of a card. */
    public enum CardSize {
        /** {@code "small"} */
        SMALL,
        /** {@code "medium"} */
        MEDIUM
    }
}
