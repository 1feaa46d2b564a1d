package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.Emoji;

/**
 * One user's reaction on a message.
 *
 * {@snippet :
 * assertTrue(world.reactions(message).contains(new Reaction(BOT, Emoji.builtin("cube", "doge"))));
 * }
 *
 * @param user  who reacted
 * @param emoji with what
 */
public record Reaction(UserId user, Emoji emoji) {
    /** Validates that nothing is null. */
    public Reaction {
        Checks.notNull("user", user);
        Checks.notNull("emoji", emoji);
    }
}
