package io.github.heychat4j.archfixtures.cycle.a;

/** Fixture: half of a package cycle. */
public final class Alpha {
    public io.github.heychat4j.archfixtures.cycle.b.Beta beta() {
        return null;
    }
}
