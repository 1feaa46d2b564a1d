package io.github.heychat4j.archfixtures.rootleak;

/** Fixture: a kernel type that (wrongly) reaches into a sub-package. */
public final class Kernel {
    public io.github.heychat4j.archfixtures.rootleak.sub.Concept concept() {
        return null;
    }
}
