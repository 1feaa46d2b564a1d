package io.github.heychat4j.archfixtures.domain;

import io.github.heychat4j.archfixtures.adapter.one.FirstAdapter;

/** Fixture: a domain type that (wrongly) uses an adapter. */
public final class LeakyValue {
    public FirstAdapter adapter() {
        return new FirstAdapter();
    }
}
