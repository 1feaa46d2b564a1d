package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;
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
