package io.github.heychat4j.archfixtures.adapter.two;

/** Fixture: an adapter with no dependency on another. */
public final class SecondAdapter {
}
