package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A card button. {@link Action#LINK_TO} opens {@code value} as a URL; {@link Action#SERVER} sends a
 * click event with {@code value} to the bot.
 *
 * @param text   the label, 1 to {@value #MAX_TEXT_LENGTH} characters
 * @param action what a click does
 * @param value  the URL or the value sent to the bot, 1 to 1000 characters
 * @param theme  its colour
 */
public record Button(String text, Action action, String value, Theme theme) implements SectionNode {
    /** The longest label. */
    public static final int MAX_TEXT_LENGTH = 12;

    /** Validates every field. */
    public Button {
        Checks.notBlank("text", text);
        Checks.maxCodePoints("text", text, MAX_TEXT_LENGTH);
        Checks.notNull("action", action);
        Checks.notBlank("value", value);
        Checks.maxCodePoints("value", value, 1000);
        if (action == Action.LINK_TO) {
            Checks.httpUrl("value", value);
        }
        Checks.notNull("theme", theme);
    }

    /** A button that opens a URL. */
    public static Button link(String text, String url) {
        return new Button(text, Action.LINK_TO, url, Theme.PRIMARY);
    }

    /** A button whose click reaches the bot with {@code value}. */
    public static Button callback(String text, String value) {
        return new Button(text, Action.SERVER, value, Theme.DEFAULT);
    }

    /** This button in another colour. */
    public Button withTheme(Theme newTheme) {
        return new Button(text, action, value, newTheme);
    }

    /** What a click does. */
    public enum Action {
        /** {@code "link-to"}: open the value as a URL. */
        LINK_TO,
        /** {@code "server"}: send a click event to the bot. */
        SERVER
    }

    /** The colour of a button. */
    public enum Theme {
        /** {@code "default"} */
        DEFAULT,
        /** {@code "primary"} */
        PRIMARY,
        /** {@code "success"} */
        SUCCESS,
        /** {@code "danger"} */
        DANGER
    }
}
