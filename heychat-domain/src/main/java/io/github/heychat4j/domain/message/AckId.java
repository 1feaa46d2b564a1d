package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.internal.Checks;

/**
 * The client's de-duplication id for a message ({@code heychat_ack_id}). The platform refuses a second
 * message with the same id inside {@value #DEDUPLICATION_WINDOW_SECONDS} seconds, which makes a resend
 * after a lost answer safe. Adapters make one per message; give one yourself only to de-duplicate
 * across processes.
 *
 * @param value 1 to {@value #MAX_LENGTH} printable ASCII characters
 */
public record AckId(String value) {
    /** The longest id accepted. */
    public static final int MAX_LENGTH = 64;
    /** How long the platform remembers an id. */
    public static final int DEDUPLICATION_WINDOW_SECONDS = 60;

    /** Validates the id. */
    public AckId {
        Checks.notBlank("ackId", value);
        if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("ackId: 1 to " + MAX_LENGTH + " printable ASCII characters, got \"" + value + "\"");
        }
    }

    /** Same as the constructor. */
    public static AckId of(String value) {
        return new AckId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
