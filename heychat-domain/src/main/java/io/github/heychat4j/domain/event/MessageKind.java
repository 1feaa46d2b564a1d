package io.github.heychat4j.domain.event;

import java.util.Arrays;

/** What kind of message a member posted, as the platform's {@code msg_type} code. */
public enum MessageKind {
    /** Plain text (1). */
    TEXT(1),
    /** An image (3). */
    IMAGE(3),
    /** Markdown (4). */
    MARKDOWN(4),
    /** Markdown that mentions people or roles (10). */
    MARKDOWN_WITH_MENTIONS(10),
    /** One or more cards (20), which only bots send; the event's text is empty. */
    CARD(20),
    /** A code heychat4j does not know. */
    UNKNOWN(-1);

    private final int code;

    MessageKind(int code) {
        this.code = code;
    }

    /** The platform's code; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The kind for a platform code; {@link #UNKNOWN} for codes not listed here. */
    public static MessageKind fromCode(int code) {
        return Arrays.stream(values()).filter(k -> k.code == code && k != UNKNOWN).findFirst().orElse(UNKNOWN);
    }
}
