package io.github.heychat4j.commands;

/** The argument rules of this package's value types, written once. */
final class Names {
    private Names() {
    }

    static String requireText(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    /** A command or option name: one word, no {@code /} inside, at most 32 characters. */
    static String requireName(String field, String value) {
        requireText(field, value);
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '"')) {
            throw new IllegalArgumentException(field + ": must be one word without '/' or '\"', got \"" + value + "\"");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_NAME) {
            throw new IllegalArgumentException(field + ": at most " + MAX_NAME + " characters, got " + length);
        }
        return value;
    }

    static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    /** Discord's limit, which the Heychat console's form resembles; the platform documents none. */
    static final int MAX_NAME = 32;
}
