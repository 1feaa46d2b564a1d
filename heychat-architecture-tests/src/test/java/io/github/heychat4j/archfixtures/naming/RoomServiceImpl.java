package io.github.heychat4j.archfixtures.naming;

/** Fixture: a vague public name. */
public final class RoomServiceImpl {
}
