package io.github.heychat4j.archfixtures.adapter.one;

/** Fixture: an adapter that (wrongly) uses another adapter. */
public final class FirstAdapter {
    public String peer() {
        return new io.github.heychat4j.archfixtures.adapter.two.SecondAdapter().toString();
    }
}
