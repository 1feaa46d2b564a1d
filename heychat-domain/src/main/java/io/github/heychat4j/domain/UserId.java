package io.github.heychat4j.domain;

/**
 * A Heychat user id (a person or a bot). User ids are small positive numbers today (e.g. 8828375), and
 * the platform documents them as int64, so they are a {@code long}.
 *
 * {@snippet :
 * UserId alice = UserId.of(8828375);
 * }
 *
 * @param value the positive id
 */
public record UserId(long value) implements Comparable<UserId> {
    /** Validates the id: it must be positive. */
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("userId: must be positive, got " + value);
        }
    }

    /** Same as the constructor. */
    public static UserId of(long value) {
        return new UserId(value);
    }

    /** Parses a decimal string, as ids arrive in some events. */
    public static UserId parse(String value) {
        if (value == null || !value.matches("[0-9]{1,19}")) {
            // a long value is not echoed: it may be a secret passed in the wrong place
            throw new IllegalArgumentException("userId: must be a positive decimal number, got "
                    + (value == null ? "null" : value.length() <= 20 ? "\"" + value + "\"" : value.length() + " characters (not shown)"));
        }
        try {
            return new UserId(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("userId: must fit in a signed 64-bit number, got " + value, e);
        }
    }

    @Override
    public int compareTo(UserId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
