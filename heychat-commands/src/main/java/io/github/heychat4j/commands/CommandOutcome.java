package io.github.heychat4j.commands;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import java.util.Optional;

/**
 * What became of one command the router saw, after its handler and any reply: for metrics, logs, and for tests
 * that wait for a command to be done when the bot runs over a real gateway.
 *
 * {@snippet :
 * router.onOutcome(outcome -> metrics.count(outcome.command(), outcome.error().isEmpty()));
 * }
 *
 * @param command the command's name without {@code /}
 * @param arrival picked from the menu or typed
 * @param message the invocation's message id
 * @param channel where
 * @param invoker who
 * @param error   why it did not run or finish; empty when the handler ran and returned
 */
public record CommandOutcome(String command, Arrival arrival, MessageId message, ChannelRef channel, UserId invoker,
                             Optional<CommandError> error) {
    /** Validates that nothing is null. */
    public CommandOutcome {
        Names.requireNonNull("command", command);
        Names.requireNonNull("arrival", arrival);
        Names.requireNonNull("message", message);
        Names.requireNonNull("channel", channel);
        Names.requireNonNull("invoker", invoker);
        Names.requireNonNull("error", error);
    }

    /** Whether the handler ran and returned normally. */
    public boolean succeeded() {
        return error.isEmpty();
    }
}
