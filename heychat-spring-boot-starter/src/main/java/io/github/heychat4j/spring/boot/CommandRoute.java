package io.github.heychat4j.spring.boot;

import io.github.heychat4j.commands.Command;
import io.github.heychat4j.commands.CommandHandler;

/**
 * A command declared as a bean: the starter adds it to the application's {@link io.github.heychat4j.commands.CommandRouter}
 * (one it makes when there is none) and the router listens from the context's start. Needs {@code heychat-commands}.
 *
 * {@snippet :
 * @Bean
 * CommandRoute ping() {
 *     return CommandRoute.of(Command.named("/ping", "回答 pong"), cmd -> cmd.reply("pong"));
 * }
 * }
 *
 * @param command what the command is: name, options, permissions, cooldowns
 * @param handler what it does
 */
public record CommandRoute(Command command, CommandHandler handler) {
    /** Validates that nothing is null. */
    public CommandRoute {
        if (command == null) {
            throw new IllegalArgumentException("command: must not be null");
        }
        if (handler == null) {
            throw new IllegalArgumentException("handler: must not be null");
        }
    }

    /** Same as the constructor. */
    public static CommandRoute of(Command command, CommandHandler handler) {
        return new CommandRoute(command, handler);
    }
}
