package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;

/**
 * An image in a card.
 *
 * @param url    its http(s) URL
 * @param size   its display size, if not the default
 * @param width  width in pixels, if known
 * @param height height in pixels, if known
 */
public record CardImage(String url, Optional<ImageSize> size, Optional<Integer> width, Optional<Integer> height)
        implements SectionNode {
    /** Validates every field. */
    public CardImage {
        Checks.httpUrl("url", url);
        Checks.notNull("size", size);
        Checks.notNull("width", width);
        Checks.notNull("height", height);
        width.ifPresent(w -> Checks.between("width", w, 1, 16_384));
        height.ifPresent(h -> Checks.between("height", h, 1, 16_384));
    }

    /** An image at its default size. */
    public static CardImage of(String url) {
        return new CardImage(url, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** An image with known pixel size. */
    public static CardImage of(String url, int width, int height) {
        return new CardImage(url, Optional.empty(), Optional.of(width), Optional.of(height));
    }

    /** The display size of a card image. */
    public enum ImageSize {
        /** {@code "small"} */
        SMALL,
        /** {@code "medium"} */
        MEDIUM,
        /** {@code "large"} */
        LARGE
    }
}
