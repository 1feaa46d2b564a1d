package io.github.heychat4j.fake;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemePath;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One call a bot made: when, which, with what, and how it ended.
 *
 * {@snippet :
 * JournalEntry kick = world.journal().entries(Operation.ROOMS_KICK).get(0);
 * assertEquals(List.of(ROOM, ALICE), kick.arguments());
 * assertTrue(kick.succeeded());
 * }
 *
 * @param at        when the call started, on the world's clock
 * @param bot       the bot that made it
 * @param operation which port method
 * @param arguments its arguments in order (an omitted default, like {@code SendOptions.defaults()}, is left out)
 * @param result    what it returned, when it returned something
 * @param failure   what it threw, when it failed
 */
public record JournalEntry(Instant at, UserId bot, Operation operation, List<Object> arguments,
                           Optional<Object> result, Optional<HeychatException> failure) {
    /** Validates that nothing is null and copies the arguments. */
    public JournalEntry {
        Checks.notNull("at", at);
        Checks.notNull("bot", bot);
        Checks.notNull("operation", operation);
        arguments = List.copyOf(Checks.notNull("arguments", arguments));
        Checks.notNull("result", result);
        Checks.notNull("failure", failure);
    }

    /** Whether the call returned normally. */
    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** This call, ended with {@code value} ({@code null} for a method without a result). */
    public JournalEntry returning(Object value) {
        return new JournalEntry(at, bot, operation, arguments, Optional.ofNullable(value), Optional.empty());
    }

    /** This call, ended with {@code thrown}. */
    public JournalEntry failing(HeychatException thrown) {
        return new JournalEntry(at, bot, operation, arguments, Optional.empty(), Optional.of(thrown));
    }

    /**
     * One readable line, e.g. {@code messages.send(text channel 5 in room 1, Text[text=hi]) -> ok} or
     * {@code rooms.kick(room 1, user 2) -> PermissionDeniedException: 权限不足 (needs KICK_MEMBERS)}.
     */
    public String describe() {
        return describe(id -> Optional.empty());
    }

    /**
     * The same line with the ids that {@code labels} knows shown by their label instead, e.g.
     * {@code rooms.kick(room 测试房间, user alice (1000001)) -> ok}: the testkit labels the ids of the fixtures it made.
     *
     * @param labels the label of an id ({@link RoomId}, {@link UserId}, {@link ChannelId}, {@link RoleId},
     *               {@link MemePath}), or empty to show the id itself
     * @return the line
     */
    public String describe(Function<Object, Optional<String>> labels) {
        Checks.notNull("labels", labels);
        String args = arguments.stream().map(v -> describeArgument(v, labels)).collect(Collectors.joining(", "));
        String outcome = failure.map(f -> f.getClass().getSimpleName() + ": " + f.getMessage()).orElse("ok");
        return operation.methodName() + "(" + args + ") -> " + outcome;
    }

    /**
     * One argument as {@link #describe(Function)} shows it: an id with its kind ({@code user alice (1000001)},
     * {@code room 测试房间}, {@code text channel 大厅 in room 测试房间}), optionals and collections element by
     * element, anything else by its {@code toString}.
     *
     * @param value  the argument
     * @param labels the label of an id, or empty to show the id itself
     * @return its text
     */
    public static String describeArgument(Object value, Function<Object, Optional<String>> labels) {
        Checks.notNull("labels", labels);
        if (value instanceof RoomId id) {
            return "room " + label(id, id.value(), labels);
        }
        if (value instanceof UserId id) {
            return "user " + label(id, Long.toString(id.value()), labels);
        }
        if (value instanceof ChannelId id) {
            return "channel " + label(id, id.value(), labels);
        }
        if (value instanceof ChannelRef ref) {
            // ChannelRef's own text form, with labels
            return ref.type().name().toLowerCase(Locale.ROOT) + " channel " + label(ref.channel(), ref.channel().value(), labels)
                    + " in room " + label(ref.room(), ref.room().value(), labels);
        }
        if (value instanceof RoleId id) {
            return "role " + label(id, id.value(), labels);
        }
        if (value instanceof MessageId id) {
            return "message " + id.value();
        }
        if (value instanceof MemePath path) {
            return "meme " + label(path, path.value(), labels);
        }
        if (value instanceof StreamTaskId id) {
            return "task " + id.value();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(v -> describeArgument(v, labels)).orElse("empty");
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> describeArgument(v, labels)).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String label(Object id, String plain, Function<Object, Optional<String>> labels) {
        Optional<String> label = labels.apply(id);
        return label == null ? plain : label.orElse(plain);
    }
}
