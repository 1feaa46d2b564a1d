package io.github.heychat4j.commands;

import io.github.heychat4j.commands.internal.Cooldowns;
import io.github.heychat4j.commands.internal.InvokerPermissions;
import io.github.heychat4j.commands.internal.TypedText;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes the commands a bot's members run to their handlers: picked from the menu (a {@link CommandInvoked})
 * or typed by hand (a {@link MessagePosted} whose text starts with {@code /name}), both reach the same
 * handler with the same typed options. Before a handler runs, the router reads its options as declared,
 * checks the invoker's permissions in the room (through the ports: cached by the HTTP adapter, exact in the
 * fake) and the command's cooldowns (on the router's clock); what fails becomes a reply from
 * {@link CommandReplies}. Thread-safe.
 *
 * {@snippet :
 * CommandRouter commands = CommandRouter.create(heychat);
 * commands.on(Command.named("/kick", "踢出房间").with(OptionSpec.user("user", "要踢出的人")).requires(Permission.KICK_MEMBERS),
 *         cmd -> heychat.rooms().kick(cmd.room(), cmd.user("user")));
 * commands.on("/ping", cmd -> cmd.reply("pong"));
 * commands.listen();
 * System.out.println(commands.definitions());   // paste into the developer console
 * }
 *
 * <p><b>Once.</b> A command picked from the menu may be pushed by the platform as both a command and a
 * message with the same message id; the event gateway delivers each message id once (see
 * {@link io.github.heychat4j.domain.event.EventGateway}), so its handler runs once. The router relies on that
 * guarantee instead of keeping a second memory of ids.
 *
 * <p><b>Order of the checks:</b> the command is known; its options read; the invoker is allowed what it
 * requires; no cooldown is in force (the user's, then the channel's; a run starts both). A
 * {@link HeychatException} from the handler becomes the {@link CommandError.HandlerFailed} reply and goes to the
 * error hook; any other exception is a bug, left to the event gateway's handler-failure report.
 */
public final class CommandRouter {
    private static final System.Logger LOG = System.getLogger(CommandRouter.class.getName());

    private final Heychat heychat;
    private final CommandReplies replies;
    private final Consumer<CommandError.HandlerFailed> errorHook;
    private final Cooldowns cooldowns;
    private final Object lock = new Object();
    private volatile Map<String, Route> routes = Map.of();
    private final List<Consumer<CommandOutcome>> outcomeListeners = new CopyOnWriteArrayList<>();

    private record Route(Command command, CommandHandler handler) {
    }

    private CommandRouter(Builder builder) {
        this.heychat = builder.heychat;
        this.replies = builder.replies;
        this.errorHook = builder.errorHook;
        this.cooldowns = new Cooldowns(builder.clock);
    }

    /** A router with the default replies, the system clock, and an error hook that logs a warning. */
    public static CommandRouter create(Heychat heychat) {
        return builder(heychat).build();
    }

    /** A builder for a router over this Heychat. */
    public static Builder builder(Heychat heychat) {
        return new Builder(heychat);
    }

    /**
     * Declares a command and its handler.
     *
     * @return this router
     * @throws IllegalArgumentException when a command of that name is declared already, or an argument is null
     */
    public CommandRouter on(Command command, CommandHandler handler) {
        Names.requireNonNull("command", command);
        Names.requireNonNull("handler", handler);
        synchronized (lock) {
            if (routes.containsKey(command.name())) {
                throw new IllegalArgumentException("command: " + command.slashName() + " is declared twice");
            }
            Map<String, Route> more = new LinkedHashMap<>(routes);
            more.put(command.name(), new Route(command, handler));
            routes = java.util.Collections.unmodifiableMap(more);
        }
        return this;
    }

    /** Declares a command without options or checks, e.g. {@code on("/ping", cmd -> cmd.reply("pong"))}. */
    public CommandRouter on(String name, CommandHandler handler) {
        return on(Command.named(name, ""), handler);
    }

    /** The declared commands, in declaration order. */
    public List<Command> commands() {
        return routes.values().stream().map(Route::command).toList();
    }

    /** The developer console's definitions of the declared commands, as JSON ({@link CommandDefinitions}). */
    public String definitions() {
        return CommandDefinitions.json(commands());
    }

    /**
     * Starts routing: subscribes to the commands and messages the bot hears.
     *
     * @return the subscription; cancelling it stops routing
     */
    public Subscription listen() {
        Subscription menu = heychat.events().on(CommandInvoked.class, this::route);
        Subscription typed = heychat.events().on(MessagePosted.class, this::route);
        return both(menu, typed);
    }

    /** Tells {@code listener} what became of every command the router saw; a listener that throws is logged and ignored. */
    public Subscription onOutcome(Consumer<CommandOutcome> listener) {
        Names.requireNonNull("listener", listener);
        outcomeListeners.add(listener);
        AtomicBoolean active = new AtomicBoolean(true);
        return new Subscription() {
            @Override
            public void cancel() {
                active.set(false);
                outcomeListeners.remove(listener);
            }

            @Override
            public boolean isActive() {
                return active.get();
            }
        };
    }

    /** Routes a command picked from the menu (also usable without {@link #listen()}, e.g. from a custom subscription). */
    public void route(CommandInvoked event) {
        Names.requireNonNull("event", event);
        String name = event.name().startsWith("/") ? event.name().substring(1) : event.name();
        dispatch(name, Arrival.MENU, event.message(), event.channel(), event.sender(), event.time(),
                command -> OptionReader.fromMenu(command, event.options()));
    }

    /** Routes a message: a text that starts with {@code /name} is a typed command; any other message is ignored. */
    public void route(MessagePosted event) {
        Names.requireNonNull("event", event);
        TypedText.parse(event.text()).ifPresent(text -> dispatch(text.name(), Arrival.TYPED, event.id(), event.channel(), event.author(),
                event.time(), command -> OptionReader.fromText(command, text)));
    }

    private void dispatch(String name, Arrival arrival, MessageId message, ChannelRef channel, Sender invoker, Instant time,
                          Function<Command, OptionReader.Read> readOptions) {
        Route route = routes.get(name);
        Optional<CommandError> error;
        if (route == null) {
            error = Optional.of(new CommandError.UnknownCommand(name, arrival,
                    routes.values().stream().map(r -> r.command().slashName()).toList()));
        } else {
            error = run(route, arrival, message, channel, invoker, time, readOptions);
        }
        error.ifPresent(e -> reply(channel, e));
        CommandOutcome outcome = new CommandOutcome(name, arrival, message, channel, invoker.id(), error);
        for (Consumer<CommandOutcome> listener : outcomeListeners) {
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a command outcome listener failed on " + outcome, e);
            }
        }
    }

    private Optional<CommandError> run(Route route, Arrival arrival, MessageId message, ChannelRef channel, Sender invoker, Instant time,
                                       Function<Command, OptionReader.Read> readOptions) {
        Command command = route.command();
        OptionReader.Read read = readOptions.apply(command);
        if (read.error().isPresent()) {
            return read.error();
        }
        try {
            Optional<CommandError> refused = missingPermissions(command, channel, invoker).or(() -> cooldown(command, channel, invoker));
            if (refused.isPresent()) {
                return refused;
            }
            route.handler().handle(new Invocation(command, arrival, message, channel, invoker, time, read.options(), heychat.messages()));
            return Optional.empty();
        } catch (HeychatException e) {
            CommandError.HandlerFailed failed = new CommandError.HandlerFailed(command.name(), e);
            try {
                errorHook.accept(failed);
            } catch (RuntimeException hookFailed) {
                LOG.log(System.Logger.Level.WARNING, "the command error hook failed on " + failed, hookFailed);
            }
            return Optional.of(failed);
        }
    }

    private Optional<CommandError> missingPermissions(Command command, ChannelRef channel, Sender invoker) {
        if (command.requires().isEmpty()) {
            return Optional.empty();
        }
        Permissions allowed = InvokerPermissions.of(heychat.rooms(), channel.room(), invoker.id());
        Set<Permission> missing = command.requires().toSet().stream().filter(p -> !allowed.allows(p)).collect(Collectors.toSet());
        return missing.isEmpty() ? Optional.empty() : Optional.of(new CommandError.PermissionMissing(command.name(), missing));
    }

    private Optional<CommandError> cooldown(Command command, ChannelRef channel, Sender invoker) {
        return cooldowns.tryStart(List.of(
                        new Cooldowns.Key<>(List.of(command.name(), invoker.id()), command.userCooldown(), CooldownScope.USER),
                        new Cooldowns.Key<>(List.of(command.name(), channel.channel()), command.channelCooldown(), CooldownScope.CHANNEL)))
                .map(held -> new CommandError.CooldownActive(command.name(), held.getKey(), held.getValue()));
    }

    private void reply(ChannelRef channel, CommandError error) {
        replies.replyTo(error).ifPresent(content -> {
            try {
                heychat.messages().send(channel, content);
            } catch (HeychatException e) {
                LOG.log(System.Logger.Level.WARNING, "could not reply to " + error + " in " + channel, e);
            }
        });
    }

    private static Subscription both(Subscription... subscriptions) {
        return new Subscription() {
            @Override
            public void cancel() {
                Arrays.stream(subscriptions).forEach(Subscription::cancel);
            }

            @Override
            public boolean isActive() {
                return Arrays.stream(subscriptions).anyMatch(Subscription::isActive);
            }
        };
    }

    @Override
    public String toString() {
        return "CommandRouter" + routes.values().stream().map(r -> r.command().slashName()).toList();
    }

    /**
     * Builds a {@link CommandRouter}.
     *
     * {@snippet :
     * CommandRouter commands = CommandRouter.builder(heychat)
     *         .clock(world.clock())                                  // cooldowns on the test's clock
     *         .replies(CommandReplies.defaults().silent(CommandError.UnknownCommand.class))
     *         .onError(failed -> log.warn("/" + failed.command() + " failed", failed.error()))
     *         .build();
     * }
     */
    public static final class Builder {
        private final Heychat heychat;
        private Clock clock = Clock.systemUTC();
        private CommandReplies replies = CommandReplies.defaults();
        private Consumer<CommandError.HandlerFailed> errorHook = failed -> LOG.log(System.Logger.Level.WARNING,
                "/" + failed.command() + " failed: " + failed.error().getClass().getSimpleName(), failed.error());

        private Builder(Heychat heychat) {
            this.heychat = Names.requireNonNull("heychat", heychat);
        }

        /** The clock the cooldowns run on (a test's manual clock); the system clock by default. */
        public Builder clock(Clock newClock) {
            this.clock = Names.requireNonNull("clock", newClock);
            return this;
        }

        /** The replies to refusals and failures; {@link CommandReplies#defaults()} by default. */
        public Builder replies(CommandReplies newReplies) {
            this.replies = Names.requireNonNull("replies", newReplies);
            return this;
        }

        /** The bot's error hook: told of every {@link HeychatException} a handler throws. Logs a warning by default. */
        public Builder onError(Consumer<CommandError.HandlerFailed> hook) {
            this.errorHook = Names.requireNonNull("hook", hook);
            return this;
        }

        /** The router; not yet listening (call {@link CommandRouter#listen()}). */
        public CommandRouter build() {
            return new CommandRouter(this);
        }
    }
}
