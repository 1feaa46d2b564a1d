package io.github.heychat4j.domain.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The domain's input validation rules, kept in one place so that every message names the field and
 * the rule in the same words. Exported only to the adapters (a qualified export in {@code module-info.java}):
 * bot authors see only the {@link IllegalArgumentException}s.
 */
public final class Checks {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final String MAX_UNSIGNED_64 = "18446744073709551615";

    private Checks() {
    }

    /** Fails with "{field}: must not be null" when {@code value} is null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    /** A decimal string of an unsigned 64-bit number without sign, leading zeros or spaces. */
    public static String unsigned64(String field, String value) {
        notNull(field, value);
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": must be a decimal unsigned 64-bit id, got \"" + value + "\"");
        }
        if (value.length() > 1 && value.charAt(0) == '0') {
            throw new IllegalArgumentException(field + ": must not have leading zeros, got \"" + value + "\"");
        }
        // 20 digits is the only length that can exceed 2^64-1; equal-length decimal strings compare like numbers
        if (value.length() == MAX_UNSIGNED_64.length() && value.compareTo(MAX_UNSIGNED_64) > 0) {
            throw new IllegalArgumentException(field + ": must be at most 2^64-1, got " + value);
        }
        return value;
    }

    /** Non-null and not blank. */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    /** At most {@code max} characters, counted as Unicode code points (an emoji is one character). */
    public static String maxCodePoints(String field, String value, int max) {
        notNull(field, value);
        int count = value.codePointCount(0, value.length());
        if (count > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters, got " + count);
        }
        return value;
    }

    /** {@code min <= value <= max}. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code min <= value <= max}. */
    public static long between(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code value >= 0}. */
    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, got " + value);
        }
        return value;
    }

    /** A collection of at most {@code max} elements, none of them null. */
    public static <C extends Collection<?>> C size(String field, C values, int min, int max) {
        notNull(field, values);
        if (hasNull(values)) {
            throw new IllegalArgumentException(field + ": must not contain null");
        }
        if (values.size() < min || values.size() > max) {
            String rule = min == max ? "exactly " + min : min == 0 ? "at most " + max : "between " + min + " and " + max;
            throw new IllegalArgumentException(field + ": must have " + rule + " elements, got " + values.size());
        }
        return values;
    }

    /** Whether {@code values} holds a null (asked without {@code contains(null)}, which some collections refuse). */
    public static boolean hasNull(Collection<?> values) {
        return values.stream().anyMatch(Objects::isNull);
    }

    /** A collection with no null element; any size. */
    public static <C extends Collection<?>> C elements(String field, C values) {
        return size(field, values, 0, Integer.MAX_VALUE);
    }

    /** An array with no null element, as a list (for varargs); any size. */
    public static <T> java.util.List<T> elements(String field, T[] values) {
        notNull(field, values);
        return elements(field, java.util.Arrays.asList(values));
    }

    /**
     * A name or reason shown to people: not blank and free of control characters (a line break or a NUL would
     * reach the platform and every client that shows it).
     */
    public static String printable(String field, String value) {
        notBlank(field, value);
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": must not contain control characters");
        }
        return value;
    }

    /** An absolute http or https URL. */
    public static String httpUrl(String field, String value) {
        notBlank(field, value);
        if (!(value.startsWith("http://") || value.startsWith("https://")) || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(field + ": must be an absolute http(s) URL, got \"" + value + "\"");
        }
        return value;
    }
}
