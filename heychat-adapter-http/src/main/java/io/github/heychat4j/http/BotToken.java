package io.github.heychat4j.http;

/**
 * The bot's secret token, sent in the {@code token} header of every request. The platform treats it
 * as opaque. Its {@link #toString()} is redacted, so a token never reaches a log line or an exception
 * message by accident.
 *
 * {@snippet :
 * BotToken token = BotToken.of(System.getenv("HEYCHAT_TOKEN"));
 * System.out.println(token);   // BotToken[****]
 * }
 *
 * @param value the token as the developer console issued it: 1 to 4096 visible ASCII characters
 */
public record BotToken(String value) {
    /** The longest token accepted. */
    public static final int MAX_LENGTH = 4096;

    /** Validates the token without ever echoing it. */
    public BotToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("token: must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("token: at most " + MAX_LENGTH + " characters, got " + value.length());
        }
        // A header value must be visible ASCII; saying which character is wrong would leak part of the secret.
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("token: must consist of visible ASCII characters only");
        }
    }

    /** Same as the constructor. */
    public static BotToken of(String value) {
        return new BotToken(value);
    }

    @Override
    public String toString() {
        return "BotToken[****]";
    }
}
