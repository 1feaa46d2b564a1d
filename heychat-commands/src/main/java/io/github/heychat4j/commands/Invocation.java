package io.github.heychat4j.commands;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.OptionType;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SentMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One run of a command that passed every check, as its handler sees it: who ran it where, how it arrived,
 * and its options typed as declared, whether picked from the menu or typed by hand. A required option is
 * always there (the router refused the command otherwise); an optional one is read with the
 * {@code optional...} accessors.
 *
 * {@snippet :
 * commands.on(silence, cmd -> {
 *     heychat.rooms().silence(cmd.room(), cmd.user("user"), Duration.ofMinutes(cmd.integer("minutes")), cmd.optionalString("reason").orElse(""));
 *     cmd.reply("已禁言 " + cmd.integer("minutes") + " 分钟");
 * });
 * }
 */
public final class Invocation {
    private final Command command;
    private final Arrival arrival;
    private final MessageId message;
    private final ChannelRef channel;
    private final Sender invoker;
    private final Instant time;
    private final Map<String, CommandOption> options;
    private final MessageGateway messages;

    /**
     * An invocation; the router makes them, a unit test of a handler may too.
     *
     * @param options the typed options by name, each of its declared type
     * @throws IllegalArgumentException when an argument is null, or an option is undeclared or not of its declared type
     */
    public Invocation(Command command, Arrival arrival, MessageId message, ChannelRef channel, Sender invoker, Instant time,
                      List<CommandOption> options, MessageGateway messages) {
        this.command = Names.requireNonNull("command", command);
        this.arrival = Names.requireNonNull("arrival", arrival);
        this.message = Names.requireNonNull("message", message);
        this.channel = Names.requireNonNull("channel", channel);
        this.invoker = Names.requireNonNull("invoker", invoker);
        this.time = Names.requireNonNull("time", time);
        this.messages = Names.requireNonNull("messages", messages);
        Map<String, CommandOption> byName = new LinkedHashMap<>();
        for (CommandOption option : Names.requireNonNull("options", options)) {
            OptionSpec spec = command.option(option.name()).orElseThrow(() -> new IllegalArgumentException(
                    "options." + option.name() + ": not declared by " + command.slashName()));
            if (spec.type() != option.type() || option instanceof CommandOption.UnknownOption) {
                throw new IllegalArgumentException("options." + option.name() + ": must be " + spec.type() + ", got " + option);
            }
            byName.put(option.name(), option);
        }
        this.options = Map.copyOf(byName);
    }

    /** The command that ran. */
    public Command command() {
        return command;
    }

    /** Picked from the menu or typed by hand. */
    public Arrival arrival() {
        return arrival;
    }

    /** The message id of the invocation (the same for both arrivals of one command). */
    public MessageId message() {
        return message;
    }

    /** The channel it was run in. */
    public ChannelRef channel() {
        return channel;
    }

    /** The room it was run in. */
    public RoomId room() {
        return channel.room();
    }

    /** Who ran it, as the event tells. */
    public Sender invoker() {
        return invoker;
    }

    /** Who ran it. */
    public UserId invokerId() {
        return invoker.id();
    }

    /** When it was sent. */
    public Instant time() {
        return time;
    }

    /** Whether the member gave this option. */
    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The given options, typed. */
    public List<CommandOption> options() {
        return command.options().stream().filter(o -> options.containsKey(o.name())).map(o -> options.get(o.name())).toList();
    }

    /** Posts plain text in the channel the command was run in. */
    public SentMessage reply(String text) {
        return messages.send(channel, MessageContent.text(text));
    }

    /** Posts a message in the channel the command was run in. */
    public SentMessage reply(MessageContent content) {
        return messages.send(channel, content);
    }

    /** A required string option. @throws IllegalArgumentException when it is not a declared required string */
    public String string(String option) {
        return required(option, OptionType.STRING, CommandOption.StringOption.class).value();
    }

    /** An optional string option. */
    public Optional<String> optionalString(String option) {
        return optional(option, OptionType.STRING, CommandOption.StringOption.class).map(CommandOption.StringOption::value);
    }

    /** A required whole number. */
    public long integer(String option) {
        return required(option, OptionType.INTEGER, CommandOption.IntegerOption.class).value();
    }

    /** An optional whole number. */
    public OptionalLong optionalInteger(String option) {
        return optional(option, OptionType.INTEGER, CommandOption.IntegerOption.class)
                .map(o -> OptionalLong.of(o.value())).orElse(OptionalLong.empty());
    }

    /** A required number. */
    public double number(String option) {
        return required(option, OptionType.NUMBER, CommandOption.NumberOption.class).value();
    }

    /** An optional number. */
    public OptionalDouble optionalNumber(String option) {
        return optional(option, OptionType.NUMBER, CommandOption.NumberOption.class)
                .map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty());
    }

    /** A required boolean. */
    public boolean bool(String option) {
        return required(option, OptionType.BOOLEAN, CommandOption.BooleanOption.class).value();
    }

    /** An optional boolean. */
    public Optional<Boolean> optionalBool(String option) {
        return optional(option, OptionType.BOOLEAN, CommandOption.BooleanOption.class).map(CommandOption.BooleanOption::value);
    }

    /** A required user. */
    public UserId user(String option) {
        return required(option, OptionType.USER, CommandOption.UserOption.class).value();
    }

    /** An optional user. */
    public Optional<UserId> optionalUser(String option) {
        return optional(option, OptionType.USER, CommandOption.UserOption.class).map(CommandOption.UserOption::value);
    }

    /** A required channel option, in the room the command was run in. */
    public ChannelId channel(String option) {
        return required(option, OptionType.CHANNEL, CommandOption.ChannelOption.class).value();
    }

    /** An optional channel option. */
    public Optional<ChannelId> optionalChannel(String option) {
        return optional(option, OptionType.CHANNEL, CommandOption.ChannelOption.class).map(CommandOption.ChannelOption::value);
    }

    /** A required role. */
    public RoleId role(String option) {
        return required(option, OptionType.ROLE, CommandOption.RoleOption.class).value();
    }

    /** An optional role. */
    public Optional<RoleId> optionalRole(String option) {
        return optional(option, OptionType.ROLE, CommandOption.RoleOption.class).map(CommandOption.RoleOption::value);
    }

    /** A required select option: the chosen {@link Choice#value()}. */
    public String select(String option) {
        return required(option, OptionType.SELECT, CommandOption.SelectOption.class).value();
    }

    /** An optional select option. */
    public Optional<String> optionalSelect(String option) {
        return optional(option, OptionType.SELECT, CommandOption.SelectOption.class).map(CommandOption.SelectOption::value);
    }

    /** A required image. */
    public Attachment image(String option) {
        return required(option, OptionType.IMAGE, CommandOption.ImageOption.class).value();
    }

    /** An optional image. */
    public Optional<Attachment> optionalImage(String option) {
        return optional(option, OptionType.IMAGE, CommandOption.ImageOption.class).map(CommandOption.ImageOption::value);
    }

    /** A required file. */
    public Attachment file(String option) {
        return required(option, OptionType.FILE, CommandOption.FileOption.class).value();
    }

    /** An optional file. */
    public Optional<Attachment> optionalFile(String option) {
        return optional(option, OptionType.FILE, CommandOption.FileOption.class).map(CommandOption.FileOption::value);
    }

    private <O extends CommandOption> O required(String option, OptionType type, Class<O> kind) {
        OptionSpec spec = declared(option, type);
        if (!spec.required()) {
            throw new IllegalArgumentException("option " + option + ": is optional in " + command.slashName() + "; read it with optional"
                    + Character.toUpperCase(accessor(type).charAt(0)) + accessor(type).substring(1) + "(\"" + option + "\")");
        }
        return kind.cast(options.get(option));
    }

    private <O extends CommandOption> Optional<O> optional(String option, OptionType type, Class<O> kind) {
        declared(option, type);
        return Optional.ofNullable(options.get(option)).map(kind::cast);
    }

    private OptionSpec declared(String option, OptionType type) {
        Names.requireNonNull("option", option);
        OptionSpec spec = command.option(option).orElseThrow(() -> new IllegalArgumentException(
                "option " + option + ": not declared by " + command.slashName() + " (declared: " + command.usage() + ")"));
        if (spec.type() != type) {
            throw new IllegalArgumentException("option " + option + ": is " + spec.type() + " in " + command.slashName() + ", read it with "
                    + accessor(spec.type()) + "(\"" + option + "\")");
        }
        return spec;
    }

    private static String accessor(OptionType type) {
        return switch (type) {
            case BOOLEAN -> "bool";
            case SUBCOMMAND, SUBCOMMAND_GROUP, UNKNOWN -> "options";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    @Override
    public String toString() {
        return "Invocation[" + command.slashName() + " by " + invoker.id() + " in " + channel + " (" + arrival + "), options="
                + options() + "]";
    }
}
