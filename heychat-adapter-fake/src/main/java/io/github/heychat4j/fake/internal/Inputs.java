package io.github.heychat4j.fake.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * The fake's input checks. The domain's own checks are not exported, so the few the fake needs live
 * here, worded the same way: the field, then the rule.
 */
public final class Inputs {
    private Inputs() {
    }

    /** Fails with "{field}: must not be null". */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    /** A collection of {@code min} to {@code max} elements, none of them null. */
    public static <C extends Collection<?>> C size(String field, C values, int min, int max) {
        notNull(field, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + ": must not contain null");
        }
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(field + ": must have between " + min + " and " + max + " elements, got "
                    + values.size());
        }
        return values;
    }
}
