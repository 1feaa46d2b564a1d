package io.github.heychat4j.archfixtures.naming;

/** Fixture: a vague name is fine when it is not public. */
final class PackagePrivateHelper {
}
