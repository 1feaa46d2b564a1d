package io.github.heychat4j.domain.message.card;

/** A node of a card section: text, an image or a button. */
public sealed interface SectionNode permits TextNode, CardImage, Button {
}
