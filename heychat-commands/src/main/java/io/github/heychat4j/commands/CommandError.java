package io.github.heychat4j.commands;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.role.Permission;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Why a command did not run, or did not finish: each becomes a reply ({@link CommandReplies}, replaceable)
 * instead of a stack trace. Sealed, so a reply table can switch over every kind.
 *
 * {@snippet :
 * CommandReplies replies = CommandReplies.defaults()
 *         .with(CommandError.PermissionMissing.class, e -> "只有管理员能用 /" + e.command());
 * }
 */
public sealed interface CommandError {
    /** The command's name without {@code /} (for an unknown command: what was typed or picked). */
    String command();

    /**
     * No command of that name is declared.
     *
     * @param command what was typed or picked, without {@code /}
     * @param arrival how it came; a typed one is often meant for another bot of the room
     * @param known   the declared commands' names with their {@code /}
     */
    record UnknownCommand(String command, Arrival arrival, List<String> known) implements CommandError {
        /** Copies the names. */
        public UnknownCommand {
            Names.requireNonNull("command", command);
            Names.requireNonNull("arrival", arrival);
            known = List.copyOf(known);
        }
    }

    /**
     * A required option was not given.
     *
     * @param command the command's name
     * @param option  the missing option
     * @param usage   how to type the command
     */
    record MissingOption(String command, OptionSpec option, String usage) implements CommandError {
        /** Validates that nothing is null. */
        public MissingOption {
            Names.requireNonNull("command", command);
            Names.requireNonNull("option", option);
            Names.requireNonNull("usage", usage);
        }
    }

    /**
     * An option was given but does not read as its type (or is not one of its choices).
     *
     * @param command the command's name
     * @param option  the option
     * @param given   what was given, as text
     * @param usage   how to type the command
     */
    record MalformedOption(String command, OptionSpec option, String given, String usage) implements CommandError {
        /** Validates that nothing is null. */
        public MalformedOption {
            Names.requireNonNull("command", command);
            Names.requireNonNull("option", option);
            Names.requireNonNull("given", given);
            Names.requireNonNull("usage", usage);
        }
    }

    /**
     * The invoker lacks permissions the command requires, in the room it was run in.
     *
     * @param command the command's name
     * @param missing what they are not allowed
     */
    record PermissionMissing(String command, Set<Permission> missing) implements CommandError {
        /** Copies the set. */
        public PermissionMissing {
            Names.requireNonNull("command", command);
            missing = Set.copyOf(missing);
        }
    }

    /**
     * The command ran too recently.
     *
     * @param command   the command's name
     * @param scope     the invoker's cooldown or the channel's
     * @param remaining how long until it may run again
     */
    record CooldownActive(String command, CooldownScope scope, Duration remaining) implements CommandError {
        /** Validates that nothing is null. */
        public CooldownActive {
            Names.requireNonNull("command", command);
            Names.requireNonNull("scope", scope);
            Names.requireNonNull("remaining", remaining);
        }
    }

    /**
     * The platform refused what the handler (or the router's permission check) asked of it. Also reported to
     * the router's error hook.
     *
     * @param command the command's name
     * @param error   what the platform said
     */
    record HandlerFailed(String command, HeychatException error) implements CommandError {
        /** Validates that nothing is null. */
        public HandlerFailed {
            Names.requireNonNull("command", command);
            Names.requireNonNull("error", error);
        }
    }
}
