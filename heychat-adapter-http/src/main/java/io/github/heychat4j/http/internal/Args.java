package io.github.heychat4j.http.internal;

/** Argument checks the ports share: bad input fails before any I/O, naming the parameter. */
public final class Args {
    private Args() {
    }

    /** Fails with "{field}: must not be null". */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }
}
