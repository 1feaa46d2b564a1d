package io.github.heychat4j.examples.readme;

import io.github.heychat4j.commands.Command;
import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.commands.OptionSpec;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.role.Permission;
import java.time.Clock;
import java.time.Duration;

/**
 * The README's command bot, verbatim with its imports: one command, typed or picked from the menu, with a permission
 * and a cooldown (ReadmeSnippetsTest checks the README's snippets; CommandsReadmeTest runs it).
 */
final class CommandsReadme {
    private CommandsReadme() {
    }

    static CommandRouter silenceCommand(Heychat heychat, Clock clock) {
        CommandRouter commands = CommandRouter.builder(heychat).clock(clock).build();
        commands.on(Command.named("/silence", "禁言一段时间")
                        .with(OptionSpec.user("user", "要禁言的人"), OptionSpec.integer("minutes", "分钟"))
                        .requires(Permission.SILENCE_MEMBERS)
                        .cooldownPerUser(Duration.ofSeconds(5)),
                cmd -> {
                    heychat.rooms().silence(cmd.room(), cmd.user("user"), Duration.ofMinutes(cmd.integer("minutes")), "moderator");
                    cmd.reply("已禁言 " + cmd.integer("minutes") + " 分钟");
                });
        commands.listen();
        System.out.println(commands.definitions());   // paste into the developer console
        return commands;
    }
}
