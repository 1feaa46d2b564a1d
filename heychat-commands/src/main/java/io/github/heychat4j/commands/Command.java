package io.github.heychat4j.commands;

import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A declared slash command: its name, description and options (what the developer console needs, see
 * {@link CommandDefinitions}), and the checks the router makes before its handler runs: the permissions
 * the invoker must have in the room, and cooldowns per user and per channel.
 *
 * {@snippet :
 * Command silence = Command.named("/silence", "禁言一段时间")
 *         .with(OptionSpec.user("user", "要禁言的人"), OptionSpec.integer("minutes", "分钟"))
 *         .requires(Permission.SILENCE_MEMBERS)
 *         .cooldownPerUser(Duration.ofSeconds(10));
 * }
 *
 * @param name            the name without its leading {@code /} (given with or without it)
 * @param description     what it does, shown in the menu; may be empty
 * @param options         the options in order; required ones first, as a member types them
 * @param requires        what the invoker must be allowed in the room ({@code ADMINISTRATOR} allows all)
 * @param userCooldown    how long a member waits between two runs of this command; zero for none
 * @param channelCooldown how long a channel waits between two runs of this command; zero for none
 */
public record Command(String name, String description, List<OptionSpec> options, Permissions requires, Duration userCooldown,
                      Duration channelCooldown) {
    /** Validates the name, unique option names, required options before optional ones, and non-negative cooldowns. */
    public Command {
        Names.requireNonNull("name", name);
        name = Names.requireName("name", name.startsWith("/") ? name.substring(1) : name);
        Names.requireNonNull("description", description);
        Names.requireNonNull("options", options);
        options = List.copyOf(options);
        Set<String> seen = new HashSet<>();
        boolean optionalSeen = false;
        for (OptionSpec option : options) {
            if (!seen.add(option.name())) {
                throw new IllegalArgumentException("options: names must be unique, \"" + option.name() + "\" is declared twice");
            }
            if (option.required() && optionalSeen) {
                throw new IllegalArgumentException("options: required options come before optional ones (a member types them in order), \""
                        + option.name() + "\" is required after an optional one");
            }
            optionalSeen |= !option.required();
        }
        Names.requireNonNull("requires", requires);
        requireCooldown("userCooldown", userCooldown);
        requireCooldown("channelCooldown", channelCooldown);
    }

    private static void requireCooldown(String field, Duration cooldown) {
        Names.requireNonNull(field, cooldown);
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException(field + ": must not be negative, got " + cooldown);
        }
    }

    /** A command without options, checks or cooldowns. */
    public static Command named(String name, String description) {
        return new Command(name, description, List.of(), Permissions.none(), Duration.ZERO, Duration.ZERO);
    }

    /** The same command with these options added after the declared ones. */
    public Command with(OptionSpec... more) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.addAll(List.of(Names.requireNonNull("options", more)));
        return new Command(name, description, all, requires, userCooldown, channelCooldown);
    }

    /** The same command, which the invoker may run only when allowed all of these in the room. */
    public Command requires(Permission... permissions) {
        return new Command(name, description, options, requires.with(Names.requireNonNull("permissions", permissions)), userCooldown,
                channelCooldown);
    }

    /** The same command, which one member may run once per {@code cooldown}. */
    public Command cooldownPerUser(Duration cooldown) {
        return new Command(name, description, options, requires, cooldown, channelCooldown);
    }

    /** The same command, which runs once per {@code cooldown} in one channel, whoever runs it. */
    public Command cooldownPerChannel(Duration cooldown) {
        return new Command(name, description, options, requires, userCooldown, cooldown);
    }

    /** The name as members type it and the platform sends it: with its {@code /}. */
    public String slashName() {
        return "/" + name;
    }

    /** The declared option with this name. */
    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** How to type it, e.g. {@code /kick <user> [reason]}. */
    public String usage() {
        return options.isEmpty() ? slashName()
                : slashName() + " " + options.stream().map(OptionSpec::placeholder).collect(Collectors.joining(" "));
    }
}
