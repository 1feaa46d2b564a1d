package io.github.heychat4j.archfixtures.cycle.b;

/** Fixture: the other half of a package cycle. */
public final class Beta {
    public io.github.heychat4j.archfixtures.cycle.a.Alpha alpha() {
        return null;
    }
}
