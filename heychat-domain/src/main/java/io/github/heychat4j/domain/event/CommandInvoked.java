package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member picked one of the bot's slash commands from the command menu (the platform's event
 * {@code "50"}), with the options typed. A command typed by hand arrives only as a {@link MessagePosted}
 * whose text starts with the command; one picked from the menu can arrive as both, and the gateway
 * delivers each message id once (see {@link EventGateway}).
 *
 * {@snippet :
 * heychat.events().on(CommandInvoked.class, cmd -> {
 *     if (cmd.is("/ping")) {
 *         heychat.messages().send(cmd.channel(), MessageContent.text("pong"));
 *     }
 * });
 * }
 *
 * @param message the message id of the invocation
 * @param channel where it was run
 * @param sender  who ran it
 * @param name    the command's name, with its leading {@code /} as the platform sends it (e.g. {@code /kick})
 * @param options the options in the order the platform sent them
 * @param time    when it was sent
 */
public record CommandInvoked(MessageId message, ChannelRef channel, Sender sender, String name, List<CommandOption> options,
                             Instant time) implements HeychatEvent {
    /** Validates that nothing is null, the name is not blank, and copies the options. */
    public CommandInvoked {
        Checks.notNull("message", message);
        Checks.notNull("channel", channel);
        Checks.notNull("sender", sender);
        Checks.notBlank("name", name);
        Checks.size("options", options, 0, Integer.MAX_VALUE);
        options = List.copyOf(Checks.elements("options", options));
        Checks.notNull("time", time);
    }

    /** Whether this is the named command; the leading {@code /} is optional in {@code command}, case matters. */
    public boolean is(String command) {
        Checks.notBlank("command", command);
        return bare(name).equals(bare(command));
    }

    private static String bare(String command) {
        return command.startsWith("/") ? command.substring(1) : command;
    }

    /** The option with this name, if the member filled it in. */
    public Optional<CommandOption> option(String optionName) {
        Checks.notNull("optionName", optionName);
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(sender.id());
    }
}
