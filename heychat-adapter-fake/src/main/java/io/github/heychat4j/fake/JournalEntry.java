package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemePath;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
        String args = arguments.stream().map(JournalEntry::describeValue).collect(Collectors.joining(", "));
        String outcome = failure.map(f -> f.getClass().getSimpleName() + ": " + f.getMessage()).orElse("ok");
        return operation.methodName() + "(" + args + ") -> " + outcome;
    }

    private static String describeValue(Object value) {
        if (value instanceof RoomId id) {
            return "room " + id.value();
        }
        if (value instanceof UserId id) {
            return "user " + id.value();
        }
        if (value instanceof ChannelId id) {
            return "channel " + id.value();
        }
        if (value instanceof RoleId id) {
            return "role " + id.value();
        }
        if (value instanceof MessageId id) {
            return "message " + id.value();
        }
        if (value instanceof MemePath path) {
            return "meme " + path.value();
        }
        if (value instanceof StreamTaskId id) {
            return "task " + id.value();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(JournalEntry::describeValue).orElse("empty");
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(JournalEntry::describeValue).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
