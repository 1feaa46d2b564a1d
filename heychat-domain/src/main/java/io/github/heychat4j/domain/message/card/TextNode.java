package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.message.MessageContent;

/**
 * A piece of card text, plain or markdown.
 *
 * @param markdown whether {@code text} is markdown
 * @param text     1 to {@value MessageContent#MAX_TEXT_LENGTH} characters
 */
public record TextNode(boolean markdown, String text) implements SectionNode {
    /** Validates the text. */
    public TextNode {
        Checks.notBlank("text", text);
        Checks.maxCodePoints("text", text, MessageContent.MAX_TEXT_LENGTH);
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
