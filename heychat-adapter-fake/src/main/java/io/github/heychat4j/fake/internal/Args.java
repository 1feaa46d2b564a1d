package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/** A call's arguments, checked for null (naming the parameter) as they are collected for the journal. */
public final class Args {
    private final List<Object> values;

    private Args(List<Object> values) {
        this.values = values;
    }

    /** The first argument. */
    public static Args of(String name, Object value) {
        return new Args(List.of(Checks.notNull(name, value)));
    }

    /** These arguments and one more. */
    public Args and(String name, Object value) {
        List<Object> more = new ArrayList<>(values);
        more.add(Checks.notNull(name, value));
        return new Args(List.copyOf(more));
    }

    /** The values in order. */
    public List<Object> values() {
        return values;
    }
}
