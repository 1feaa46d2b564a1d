package io.github.heychat4j.archfixtures.rootleak;

/** Fixture: the aggregate may reach into sub-packages. */
public interface Aggregate {
    io.github.heychat4j.archfixtures.rootleak.sub.Concept concept();
}
