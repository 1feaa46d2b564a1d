package io.github.heychat4j.archfixtures.rootleak.sub;

/** Fixture: a concept built on the kernel. */
public final class Concept {
}
