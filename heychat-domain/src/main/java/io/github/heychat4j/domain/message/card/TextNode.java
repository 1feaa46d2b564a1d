package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A piece of card text, plain or markdown.
 *
 * @param markdown whether {@code text} is markdown
 * @param text     1 to {@value #MAX_LENGTH} characters
 */
public record TextNode(boolean markdown, String text) implements SectionNode {
    /** The longest card text: 10000 characters. */
    public static final int MAX_LENGTH = 10_000;

    /** Validates the text. */
    public TextNode {
        Checks.notBlank("text", text);
        Checks.maxCodePoints("text", text, MAX_LENGTH);
    }

    /** Plain text. */
    public static TextNode plain(String text) {
        return new TextNode(false, text);
    }

    /** Markdown. */
    public static TextNode markdown(String text) {
        return new TextNode(true, text);
    }
}
