package io.github.heychat4j.examples.readme;

import io.github.heychat4j.commands.CommandError;
import io.github.heychat4j.commands.CommandReplies;
import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;

/** docs/commands.md's "Replies" snippet, so that it compiles. */
final class CommandsDocReplies {
    private CommandsDocReplies() {
    }

    /** docs/commands.md's "Replies" snippet, verbatim. */
    static CommandRouter quieterReplies(Heychat heychat) {
        CommandReplies replies = CommandReplies.defaults()
                .with(CommandError.CooldownActive.class, c -> "慢一点，" + c.remaining().toSeconds() + " 秒后再试")
                .silent(CommandError.UnknownCommand.class);
        CommandRouter commands = CommandRouter.builder(heychat).replies(replies).build();
        return commands;
    }
}
