/**
 * An in-memory Heychat for tests: {@link io.github.heychat4j.fake.FakeWorld} holds rooms, channels,
 * members, roles, messages and voice presence, and {@link io.github.heychat4j.fake.FakeHeychat} enforces
 * the platform's rules over it, with a journal, fault injection and a manual clock.
 */
module io.github.heychat4j.fake {
    requires transitive io.github.heychat4j.domain;

    exports io.github.heychat4j.fake;
}
