package io.github.heychat4j.archfixtures.naming;

/** Fixture: another vague public name. */
public final class StringUtils {
}
