package io.github.heychat4j.examples.commands;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;

/** The moderation bot's conversations on the fake: each command is done before the person's action returns. */
class ModerationOnTheFakeTest extends ModerationConversations {
    @Override
    protected Heychat connect(FakeWorld fake, UserId bot) {
        return fake.heychatFor(bot);
    }
}
