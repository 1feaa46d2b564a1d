package io.github.heychat4j.http;

import java.time.Duration;

/** The validation rules the policy records share, so that every message names the field the same way. */
final class PolicyChecks {
    private PolicyChecks() {
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    static Duration between(String field, Duration value, Duration min, Duration max) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static Duration positive(String field, Duration value, Duration max) {
        between(field, value, Duration.ZERO, max);
        if (value.isZero()) {
            throw new IllegalArgumentException(field + ": must be positive, got " + value);
        }
        return value;
    }

    static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
