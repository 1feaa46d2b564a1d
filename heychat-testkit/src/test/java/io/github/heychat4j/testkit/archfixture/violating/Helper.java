package io.github.heychat4j.testkit.archfixture.violating;

/** Fixture: a class of the violating package that depends only on its own package, which is allowed. */
final class Helper {
    private final LeakyModerator moderator;

    Helper(LeakyModerator moderator) {
        this.moderator = moderator;
    }

    LeakyModerator moderator() {
        return moderator;
    }
}
