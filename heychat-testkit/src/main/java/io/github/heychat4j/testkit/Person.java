package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Someone in a {@link TestWorld} who acts, so that the bot under test hears it: every method is one thing
 * a person does on Heychat, and the bot's handlers have run when it returns (the fake delivers on the
 * acting thread; for a bot over HTTP, such as the one {@code @HeychatEmulatorTest} hands a test, the action waits
 * until that bot has handled what it pushed). No permission checks: the scenario says it happened.
 *
 * {@snippet :
 * Person alice = world.person("alice");
 * alice.says(world.channel("综合"), "hi");
 * alice.runs("/kick", Map.of("user", world.user("bob"), "days", 3));
 * alice.reacts(message, "[cube_doge]");
 * alice.clicks(card, "报名");
 * }
 */
public final class Person {
    private final FakeWorld world;
    private final TestWorld names;
    private final String name;
    private final UserId id;

    Person(TestWorld names, String name, UserId id) {
        this.world = names.fake();
        this.names = names;
        this.name = name;
        this.id = id;
    }

    /** Their user id. */
    public UserId id() {
        return id;
    }

    /** The name the test knows them by. */
    public String name() {
        return name;
    }

    /** Posts plain text in a channel; the bots in the room hear a {@code MessagePosted}. */
    public PostedMessage says(ChannelRef channel, String text) {
        requireArgument("channel", channel);
        return acted(world.post(id, channel, MessageContent.text(text)));
    }

    /**
     * Posts markdown in a channel, its mentions ({@code @{id:..}}, {@code #{id:..}}, {@code @{all}},
     * {@code @{here}}) read from the markup as the platform's client writes them.
     */
    public PostedMessage saysMarkdown(ChannelRef channel, String markdown) {
        requireArgument("channel", channel);
        requireArgument("markdown", markdown);
        return acted(world.post(id, channel, new MessageContent.Markdown(markdown, Mentions.parse(markdown))));
    }

    /**
     * Runs a slash command picked from the menu in their default channel: the first text channel, in
     * declaration order, of the first room they are a member of.
     *
     * @see #runs(ChannelRef, String, Map)
     */
    public CommandInvoked runs(String command, Map<String, ?> options) {
        return runs(defaultChannel(), command, options);
    }

    /**
     * Runs a slash command picked from the menu. Each option's value becomes its typed option:
     * {@link UserId} a user, {@link ChannelRef} or {@link ChannelId} a channel, {@link RoleId} a role,
     * {@link Long} or {@link Integer} an integer, {@link Double} a number, {@link Boolean} a boolean,
     * {@link String} a string, an {@link Attachment} an image (when it has a width and a height) or a file,
     * and a {@link CommandOption} of the same name itself (for select options and subcommands). The options
     * keep the map's order when it has one ({@link LinkedHashMap}, {@link SortedMap}); otherwise (as with
     * {@code Map.of}) they are sorted by name, so the event is the same in every run.
     *
     * @param channel where
     * @param command the command, with or without the leading {@code /}
     * @param options the options by name
     * @return the event the bots heard
     * @throws IllegalArgumentException when a value is of none of these types (naming the option)
     */
    public CommandInvoked runs(ChannelRef channel, String command, Map<String, ?> options) {
        requireArgument("channel", channel);
        requireArgument("options", options);
        return acted(world.runCommand(id, channel, command, typed(options)));
    }

    /** Joins the named room; the bots in it hear a {@code MemberJoined}. */
    public void joins(String room) {
        joins(names.room(room));
    }

    /** Joins a room; the bots in it hear a {@code MemberJoined}. */
    public void joins(RoomId room) {
        world.join(room, id);
        names.acted();
    }

    /** Leaves the named room; the bots in it hear a {@code MemberLeft}. */
    public void leaves(String room) {
        leaves(names.room(room));
    }

    /** Leaves a room; the bots in it hear a {@code MemberLeft}. */
    public void leaves(RoomId room) {
        world.leave(room, id);
        names.acted();
    }

    /** Reacts to a channel message; the bots in the room hear a {@code ReactionAdded}. */
    public void reacts(MessageId message, Emoji emoji) {
        world.react(id, message, emoji);
        names.acted();
    }

    /** Reacts with an emoji in its bracket form, e.g. {@code "[cube_doge]"}. */
    public void reacts(MessageId message, String emojiCode) {
        reacts(message, Emoji.parse(emojiCode));
    }

    /** Takes a reaction back; the bots in the room hear a {@code ReactionRemoved}. */
    public void unreacts(MessageId message, Emoji emoji) {
        world.unreact(id, message, emoji);
        names.acted();
    }

    /** Takes back a reaction given in its bracket form. */
    public void unreacts(MessageId message, String emojiCode) {
        unreacts(message, Emoji.parse(emojiCode));
    }

    /** Clicks the card's callback button with this text; the card's author hears a {@code ButtonClicked}. */
    public ButtonClicked clicks(MessageId cardMessage, String buttonText) {
        return acted(world.click(id, cardMessage, buttonText));
    }

    /** What the action returned, once the bots of the world have handled it. */
    private <T> T acted(T result) {
        names.acted();
        return result;
    }

    private ChannelRef defaultChannel() {
        for (Room room : world.roomsOf(id)) {
            for (Channel channel : world.channels(room.id())) {
                if (channel.type().acceptsMessages()) {
                    return channel.ref();
                }
            }
        }
        throw new IllegalStateException(name + " is in no room with a text channel; say where: runs(channel, command, options)");
    }

    /** The one mapping from a test's option values to typed command options. */
    static List<CommandOption> typed(Map<String, ?> options) {
        Map<String, ?> ordered = options instanceof LinkedHashMap<?, ?> || options instanceof SortedMap<?, ?>
                ? options : new TreeMap<>(options);
        List<CommandOption> typed = new ArrayList<>();
        ordered.forEach((optionName, value) -> typed.add(option(optionName, value)));
        return typed;
    }

    private static CommandOption option(String name, Object value) {
        if (value instanceof UserId user) {
            return new CommandOption.UserOption(name, user);
        } else if (value instanceof ChannelRef channel) {
            return new CommandOption.ChannelOption(name, channel.channel());
        } else if (value instanceof ChannelId channel) {
            return new CommandOption.ChannelOption(name, channel);
        } else if (value instanceof RoleId role) {
            return new CommandOption.RoleOption(name, role);
        } else if (value instanceof Long number) {
            return new CommandOption.IntegerOption(name, number);
        } else if (value instanceof Integer number) {
            return new CommandOption.IntegerOption(name, number);
        } else if (value instanceof Double number) {
            return new CommandOption.NumberOption(name, number);
        } else if (value instanceof Boolean flag) {
            return new CommandOption.BooleanOption(name, flag);
        } else if (value instanceof String text) {
            return new CommandOption.StringOption(name, text);
        } else if (value instanceof Attachment attachment) {
            return attachment.width().isPresent() && attachment.height().isPresent()
                    ? new CommandOption.ImageOption(name, attachment) : new CommandOption.FileOption(name, attachment);
        } else if (value instanceof CommandOption option && option.name().equals(name)) {
            return option;
        }
        throw new IllegalArgumentException("options." + name + ": a value of type "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + " is no command option; give a UserId, ChannelRef, ChannelId, RoleId, Long, Integer, Double, Boolean, String,"
                + " Attachment, or a CommandOption named \"" + name + "\"");
    }

    private static void requireArgument(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
    }

    @Override
    public String toString() {
        return "Person[" + name + ", " + id + "]";
    }
}
