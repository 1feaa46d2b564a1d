package io.github.heychat4j.domain.message.card;

import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One module of a {@link Card}: a header, a section, images, buttons, a divider or a countdown. */
public sealed interface CardModule {
    /** The longest header text. */
    int MAX_HEADER_LENGTH = 100;
    /** The most nodes in a section. */
    int MAX_SECTION_NODES = 5;
    /** The most images in an images module. */
    int MAX_IMAGES = 18;
    /** The most buttons in a button group. */
    int MAX_BUTTONS = 3;

    /** A plain-text header. */
    static Header header(String text) {
        return new Header(TextNode.plain(text));
    }

    /** A section of one markdown paragraph. */
    static Section markdown(String markdown) {
        return new Section(List.of(TextNode.markdown(markdown)));
    }

    /** A section of one plain-text paragraph. */
    static Section text(String text) {
        return new Section(List.of(TextNode.plain(text)));
    }

    /** A section of the given nodes. */
    static Section section(SectionNode... nodes) {
        return new Section(Checks.elements("paragraph", nodes));
    }

    /** An images module. */
    static Images images(CardImage... images) {
        return new Images(Checks.elements("images", images));
    }

    /** A group of buttons. */
    static ButtonGroup buttons(Button... buttons) {
        return new ButtonGroup(Checks.elements("buttons", buttons));
    }

    /** A divider line without text. */
    static Divider divider() {
        return new Divider(Optional.empty());
    }

    /** A countdown to {@code end}. */
    static Countdown countdown(CountdownMode mode, Instant end) {
        return new Countdown(mode, end);
    }

    /** @param content plain text or markdown, at most {@value CardModule#MAX_HEADER_LENGTH} characters */
    record Header(TextNode content) implements CardModule {
        /** Validates the header length. */
        public Header {
            Checks.notNull("header", content);
            Checks.maxCodePoints("header", content.text(), MAX_HEADER_LENGTH);
        }
    }

    /** @param paragraph 1 to {@value CardModule#MAX_SECTION_NODES} nodes */
    record Section(List<SectionNode> paragraph) implements CardModule {
        /** Validates the number of nodes. */
        public Section {
            paragraph = List.copyOf(Checks.size("paragraph", paragraph, 1, MAX_SECTION_NODES));
        }
    }

    /** @param images 1 to {@value CardModule#MAX_IMAGES} images */
    record Images(List<CardImage> images) implements CardModule {
        /** Validates the number of images. */
        public Images {
            images = List.copyOf(Checks.size("images", images, 1, MAX_IMAGES));
        }
    }

    /** @param buttons 1 to {@value CardModule#MAX_BUTTONS} buttons */
    record ButtonGroup(List<Button> buttons) implements CardModule {
        /** Validates the number of buttons. */
        public ButtonGroup {
            buttons = List.copyOf(Checks.size("buttons", buttons, 1, MAX_BUTTONS));
        }
    }

    /** @param text a label on the line, if any, at most 100 characters */
    record Divider(Optional<String> text) implements CardModule {
        /** Validates the label. */
        public Divider {
            Checks.notNull("text", text);
            text.ifPresent(t -> Checks.maxCodePoints("divider", t, MAX_HEADER_LENGTH));
        }
    }

    /**
     * @param mode how the countdown is shown
     * @param end  when it ends (the platform takes whole unix seconds)
     */
    record Countdown(CountdownMode mode, Instant end) implements CardModule {
        /** Validates that nothing is null and the end is after the epoch. */
        public Countdown {
            Checks.notNull("mode", mode);
            Checks.notNull("end", end);
            if (end.getEpochSecond() <= 0) {
                throw new IllegalArgumentException("end: must be after 1970-01-01, got " + end);
            }
        }
    }

    /** How a countdown is shown. */
    enum CountdownMode {
        /** {@code "default"} */
        DEFAULT,
        /** {@code "calendar"} */
        CALENDAR,
        /** {@code "second"} */
        SECOND
    }
}
