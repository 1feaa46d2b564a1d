package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.Journal;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.internal.CallArguments;
import io.github.heychat4j.testkit.internal.HeardEvents;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assertions about what a bot did, read from its {@link io.github.heychat4j.fake.Journal}. A failure
 * lists every call the bot made, with the names the {@link TestWorld}'s fixtures gave the ids, so the reason
 * is on screen:
 *
 * <pre>
 * expected a kick of user alice (1000001) in room 测试房间, but the bot did:
 *   messages.send(text channel 综合 in room 测试房间, Text[text=警告 2/3]) -&gt; ok
 *   rooms.kick(room 测试房间, user alice (1000001)) -&gt; PermissionDeniedException: 权限不足 ...
 * </pre>
 *
 * {@snippet :
 * import static io.github.heychat4j.testkit.HeychatAssertions.*;
 *
 * assertKicked(bot, world.room("测试房间"), world.user("alice"));
 * assertSent(bot, world.channel("综合"), "已被踢出");
 * assertCalled(bot, Operation.ROOMS_SILENCE, call -> call.succeeded());
 * }
 *
 * <p>The {@code bot} is the {@link io.github.heychat4j.domain.Heychat} the test handed to the code under test,
 * whichever adapter it runs on: a {@link TestWorld}'s {@link FakeHeychat}, the {@code HeychatHttp} that
 * {@code @HeychatEmulatorTest} (module {@code heychat-testkit-http}) connects to an emulator serving the test's
 * world, or any bot recorded with {@link RecordedBot#record}; a {@code FakeHeychat} made without a
 * {@code TestWorld} works too, with raw ids in its messages. Before looking, an assertion waits until a bot that
 * hears its events asynchronously (over HTTP) has handled every event pushed to it so far.
 *
 * <p>What the bot heard ({@link #assertHeard}, {@link #assertNotHeard}) and whether its event handlers
 * threw ({@link #assertNoHandlerFailed}, {@link #assertHandlerFailed}) are read from what the testkit
 * recorded for a recorded bot; those failures list every event the bot heard, each followed by
 * what it did in reply.
 *
 * "Did" means a call that succeeded, except for {@link #assertDidNothing}, {@link #assertCalled} and
 * {@link #assertNotCalled}, which see failed calls too. Failures are {@link AssertionFailedError}s with
 * the expectation and the journal as expected and actual values, for the IDE's diff view.
 */
public final class HeychatAssertions {
    private HeychatAssertions() {
    }

    /** The bot kicked {@code user} out of {@code room}. */
    public static void assertKicked(Heychat bot, RoomId room, UserId user) {
        requireArgument("room", room);
        requireArgument("user", user);
        Source src = source(bot);
        require(src, "a kick of " + src.d(user) + " in " + src.d(room), Operation.ROOMS_KICK, kickOf(room, user));
    }

    /** The bot did not kick {@code user} out of {@code room} (an attempt that failed is fine). */
    public static void assertNotKicked(Heychat bot, RoomId room, UserId user) {
        requireArgument("room", room);
        requireArgument("user", user);
        Source src = source(bot);
        forbid(src, "no kick of " + src.d(user) + " in " + src.d(room), Operation.ROOMS_KICK, kickOf(room, user));
    }

    /**
     * The bot sent a message to {@code channel} whose text contains {@code text} (for markdown the
     * markdown source, for an image its URL).
     *
     * @return the first such message's content
     */
    public static MessageContent assertSent(Heychat bot, ChannelRef channel, String text) {
        requireText(text);
        return assertSent(bot, channel, "containing \"" + text + "\"", c -> CallArguments.searchableText(c).contains(text));
    }

    /**
     * The bot sent a message to {@code channel} whose content matches.
     *
     * @return the first such message's content
     */
    public static MessageContent assertSent(Heychat bot, ChannelRef channel, Predicate<? super MessageContent> matching) {
        requirePredicate(matching);
        return assertSent(bot, channel, "matching the predicate", matching);
    }

    private static MessageContent assertSent(Heychat bot, ChannelRef channel, String how,
                                             Predicate<? super MessageContent> matching) {
        requireArgument("channel", channel);
        Source src = source(bot);
        return requireMessage(src, "a message to " + src.d(channel) + " " + how, Operation.MESSAGES_SEND,
                e -> sentTo(e, channel), matching);
    }

    /** The content of the first {@code op} call that went to the target and whose content matches. */
    private static MessageContent requireMessage(Source src, String expected, Operation op,
                                                 Predicate<JournalEntry> toTarget, Predicate<? super MessageContent> matching) {
        JournalEntry entry = require(src, expected, op, e -> toTarget.test(e)
                && CallArguments.first(e, MessageContent.class).filter(matching).isPresent());
        return CallArguments.first(entry, MessageContent.class).orElseThrow();
    }

    /** The bot sent no message to {@code channel}. */
    public static void assertNotSent(Heychat bot, ChannelRef channel) {
        requireArgument("channel", channel);
        Source src = source(bot);
        forbid(src, "no message to " + src.d(channel), Operation.MESSAGES_SEND, e -> sentTo(e, channel));
    }

    /**
     * The bot sent {@code user} a direct message whose text contains {@code text}.
     *
     * @return the first such message's content
     */
    public static MessageContent assertSentDirect(Heychat bot, UserId user, String text) {
        requireText(text);
        return assertSentDirect(bot, user, "containing \"" + text + "\"", c -> CallArguments.searchableText(c).contains(text));
    }

    /**
     * The bot sent {@code user} a direct message whose content matches.
     *
     * @return the first such message's content
     */
    public static MessageContent assertSentDirect(Heychat bot, UserId user, Predicate<? super MessageContent> matching) {
        requirePredicate(matching);
        return assertSentDirect(bot, user, "matching the predicate", matching);
    }

    private static MessageContent assertSentDirect(Heychat bot, UserId user, String how,
                                                   Predicate<? super MessageContent> matching) {
        requireArgument("user", user);
        Source src = source(bot);
        return requireMessage(src, "a direct message to " + src.d(user) + " " + how, Operation.MESSAGES_SEND_DIRECT,
                e -> CallArguments.first(e, UserId.class).filter(user::equals).isPresent(), matching);
    }

    /** The bot set {@code user}'s room nickname in {@code room} to {@code nickname}. */
    public static void assertNicknameSet(Heychat bot, RoomId room, UserId user, String nickname) {
        requireArgument("room", room);
        requireArgument("user", user);
        requireText(nickname);
        Source src = source(bot);
        String expected = "the nickname of " + src.d(user) + " in " + src.d(room) + " set to \"" + nickname + "\"";
        require(src, expected, Operation.ROOMS_CHANGE_NICKNAME, e -> about(e, room, user)
                && CallArguments.first(e, Nickname.class).filter(n -> n.value().equals(nickname)).isPresent());
    }

    /** The bot cleared {@code user}'s room nickname in {@code room}. */
    public static void assertNicknameCleared(Heychat bot, RoomId room, UserId user) {
        requireArgument("room", room);
        requireArgument("user", user);
        Source src = source(bot);
        String expected = "the nickname of " + src.d(user) + " in " + src.d(room) + " cleared";
        require(src, expected, Operation.ROOMS_CHANGE_NICKNAME, e -> about(e, room, user)
                && CallArguments.first(e, Nickname.class).isEmpty());
    }

    /** The bot moved {@code user} to voice channel {@code to} in {@code room}. */
    public static void assertMoved(Heychat bot, RoomId room, UserId user, ChannelId to) {
        requireArgument("room", room);
        requireArgument("user", user);
        requireArgument("to", to);
        Source src = source(bot);
        String expected = "a move of " + src.d(user) + " to voice " + src.d(to) + " in " + src.d(room);
        require(src, expected, Operation.VOICE_MOVE, e -> CallArguments.first(e, RoomId.class).filter(room::equals).isPresent()
                && CallArguments.users(e).contains(user)
                && lastChannel(e).filter(to::equals).isPresent());
    }

    /** The bot disconnected {@code user} from {@code voiceChannel}. */
    public static void assertDisconnected(Heychat bot, ChannelRef voiceChannel, UserId user) {
        requireArgument("voiceChannel", voiceChannel);
        requireArgument("user", user);
        Source src = source(bot);
        String expected = "a disconnect of " + src.d(user) + " from " + src.d(voiceChannel);
        require(src, expected, Operation.VOICE_DISCONNECT, e -> refersTo(e, voiceChannel)
                && CallArguments.users(e).contains(user));
    }

    /** The bot gave {@code user} the role {@code role} in {@code room}. */
    public static void assertGranted(Heychat bot, RoomId room, UserId user, RoleId role) {
        requireArgument("room", room);
        requireArgument("user", user);
        requireArgument("role", role);
        Source src = source(bot);
        String expected = src.d(role) + " granted to " + src.d(user) + " in " + src.d(room);
        require(src, expected, Operation.ROLES_GRANT, roleCall(room, user, role));
    }

    /** The bot took the role {@code role} from {@code user} in {@code room}. */
    public static void assertRevoked(Heychat bot, RoomId room, UserId user, RoleId role) {
        requireArgument("room", room);
        requireArgument("user", user);
        requireArgument("role", role);
        Source src = source(bot);
        String expected = src.d(role) + " revoked from " + src.d(user) + " in " + src.d(room);
        require(src, expected, Operation.ROLES_REVOKE, roleCall(room, user, role));
    }

    /** The bot silenced (禁言) {@code user} in {@code room}, for any time. */
    public static void assertSilenced(Heychat bot, RoomId room, UserId user) {
        requireArgument("room", room);
        requireArgument("user", user);
        Source src = source(bot);
        String expected = "a silence of " + src.d(user) + " in " + src.d(room);
        require(src, expected, Operation.ROOMS_SILENCE, e -> about(e, room, user)
                && CallArguments.first(e, Silence.class).filter(b -> !b.isLift()).isPresent());
    }

    /** The bot silenced (禁言) {@code user} in {@code room} for exactly {@code duration}. */
    public static void assertSilenced(Heychat bot, RoomId room, UserId user, Duration duration) {
        requireArgument("room", room);
        requireArgument("user", user);
        requireArgument("duration", duration);
        Source src = source(bot);
        String expected = "a silence of " + src.d(user) + " in " + src.d(room) + " for " + duration;
        require(src, expected, Operation.ROOMS_SILENCE, e -> about(e, room, user)
                && CallArguments.first(e, Silence.class).filter(b -> !b.isLift() && b.duration().equals(duration)).isPresent());
    }

    /** The bot lifted {@code user}'s silence in {@code room}. */
    public static void assertUnsilenced(Heychat bot, RoomId room, UserId user) {
        requireArgument("room", room);
        requireArgument("user", user);
        Source src = source(bot);
        String expected = "the silence of " + src.d(user) + " in " + src.d(room) + " lifted";
        require(src, expected, Operation.ROOMS_SILENCE, e -> about(e, room, user)
                && CallArguments.first(e, Silence.class).filter(Silence::isLift).isPresent());
    }

    /** The bot made no call that changes anything, successful or not; reading is fine. */
    public static void assertDidNothing(Heychat bot) {
        Source src = source(bot);
        List<JournalEntry> entries = src.journal().entries();
        if (entries.stream().anyMatch(e -> !e.operation().isRead())) {
            throw new AssertionFailedError("expected the bot to do nothing, but it did:\n" + src.describe(entries), "nothing done",
                    src.describe(entries));
        }
    }

    /**
     * The bot called {@code operation} (successfully or not) with a call that matches.
     *
     * {@snippet :
     * assertCalled(bot, Operation.ROOMS_KICK, call -> call.failure().isPresent()); // it tried
     * }
     *
     * @return the first matching call
     */
    public static JournalEntry assertCalled(Heychat bot, Operation operation, Predicate<? super JournalEntry> matching) {
        requireArgument("operation", operation);
        requirePredicate(matching);
        Source src = source(bot);
        List<JournalEntry> entries = src.journal().entries();
        return entries.stream().filter(e -> e.operation() == operation && matching.test(e)).findFirst()
                .orElseThrow(() -> src.failure("a call of " + operation.methodName() + " matching the predicate", entries));
    }

    /** The bot never called {@code operation}, successfully or not. */
    public static void assertNotCalled(Heychat bot, Operation operation) {
        requireArgument("operation", operation);
        Source src = source(bot);
        List<JournalEntry> entries = src.journal().entries();
        if (entries.stream().anyMatch(e -> e.operation() == operation)) {
            src.forbidden("no call of " + operation.methodName(), entries);
        }
    }

    // ---------------------------------------------------------------- events

    /**
     * The bot heard an event of this type (delivered to its {@code events()}; its own actions are not,
     * unless it was told to hear them). A failure lists every event the bot heard, each followed by what
     * the bot did in reply.
     *
     * {@snippet :
     * world.person("alice").says(general, "hi");
     * MessagePosted hi = assertHeard(bot, MessagePosted.class);
     * }
     *
     * @return the first such event
     */
    public static <E extends HeychatEvent> E assertHeard(Heychat bot, Class<E> type) {
        return assertHeard(bot, type, "", e -> true);
    }

    /**
     * The bot heard an event of this type that matches.
     *
     * @return the first such event
     */
    public static <E extends HeychatEvent> E assertHeard(Heychat bot, Class<E> type, Predicate<? super E> matching) {
        requirePredicate(matching);
        return assertHeard(bot, type, " matching the predicate", matching);
    }

    private static <E extends HeychatEvent> E assertHeard(Heychat bot, Class<E> type, String how, Predicate<? super E> matching) {
        requireArgument("type", type);
        Recorded rec = recorded(bot);
        String expected = "the bot to hear a " + type.getSimpleName() + how;
        return rec.heard().events().stream().filter(type::isInstance).map(type::cast).filter(matching::test).findFirst()
                .orElseThrow(() -> new AssertionFailedError("expected " + expected + ", but it heard:\n" + rec.describeHeard(),
                        expected, rec.describeHeard()));
    }

    /** The bot heard no event of this type. */
    public static void assertNotHeard(Heychat bot, Class<? extends HeychatEvent> type) {
        requireArgument("type", type);
        Recorded rec = recorded(bot);
        if (rec.heard().events().stream().anyMatch(type::isInstance)) {
            String expected = "no " + type.getSimpleName() + " heard";
            throw new AssertionFailedError("expected " + expected + ", but the bot heard:\n" + rec.describeHeard(), expected,
                    rec.describeHeard());
        }
    }

    /** No event handler of the bot threw. A failure names each failure, with the first as its cause. */
    public static void assertNoHandlerFailed(Heychat bot) {
        Recorded rec = recorded(bot);
        List<HandlerFailure> failures = rec.heard().failures();
        if (!failures.isEmpty()) {
            throw handlerFailed(failures, rec.bot());
        }
    }

    /**
     * An event handler of the bot threw an {@code error} (or a subtype). This is also how a test says it
     * expected a handler to fail: {@link HeychatTest} fails a test whose handlers threw unless the test
     * checked them here.
     *
     * @return the first such failure
     */
    public static HandlerFailure assertHandlerFailed(Heychat bot, Class<? extends Throwable> error) {
        requireArgument("error", error);
        Recorded rec = recorded(bot);
        List<HandlerFailure> found = rec.heard().check(f -> error.isInstance(f.error()));
        if (found.isEmpty()) {
            String expected = "a handler failing with " + error.getSimpleName();
            List<HandlerFailure> failures = rec.heard().failures();
            throw new AssertionFailedError("expected " + expected + ", but "
                    + (failures.isEmpty() ? "no handler failed" : "the handlers failed with " + failures.stream()
                            .map(f -> f.error().toString()).toList()) + "; the bot heard:\n" + rec.describeHeard(),
                    expected, rec.describeHeard());
        }
        return found.get(0);
    }

    /**
     * Fails when an event handler of a recorded bot threw and the test did not check it with
     * {@link #assertHandlerFailed}: what the extensions run after each test.
     */
    static void requireHandlerFailuresChecked(RecordedBot bot) {
        List<HandlerFailure> unchecked = bot.recorder().unchecked();
        if (!unchecked.isEmpty()) {
            throw handlerFailed(unchecked, bot);
        }
    }

    private static AssertionFailedError handlerFailed(List<HandlerFailure> failures, RecordedBot bot) {
        String list = failures.stream().map(f -> "  " + f.error() + "\n    handling " + f.event()).collect(Collectors.joining("\n"));
        AssertionFailedError e = new AssertionFailedError(failures.size() + " event handler failure(s) of the bot:\n" + list
                + "\nIf the test expects it, say so with HeychatAssertions.assertHandlerFailed(bot, "
                + failures.get(0).error().getClass().getSimpleName() + ".class). The bot heard:\n"
                + bot.recorder().describe(bot::describe));
        e.initCause(failures.get(0).error());
        failures.stream().skip(1).forEach(f -> e.addSuppressed(f.error()));
        return e;
    }

    /** A recorded bot, caught up with what was pushed to it. */
    private record Recorded(RecordedBot bot) {
        HeardEvents heard() {
            return bot.recorder();
        }

        String describeHeard() {
            return bot.recorder().describe(bot::describe);
        }
    }

    private static Recorded recorded(Heychat bot) {
        requireArgument("bot", bot);
        RecordedBot recorded = RecordedBot.of(bot).orElseThrow(() -> new IllegalArgumentException("bot: " + bot
                + " is not the bot of a TestWorld, so what it heard was not recorded; get it from TestWorld.bot()"
                + " (or @HeychatEmulatorTest, or record it with RecordedBot.record)"));
        recorded.awaitHandled();
        return new Recorded(recorded);
    }

    private static Predicate<JournalEntry> kickOf(RoomId room, UserId user) {
        return e -> about(e, room, user);
    }

    private static Predicate<JournalEntry> roleCall(RoomId room, UserId user, RoleId role) {
        return e -> about(e, room, user) && CallArguments.first(e, RoleId.class).filter(role::equals).isPresent();
    }

    private static boolean about(JournalEntry e, RoomId room, UserId user) {
        return CallArguments.first(e, RoomId.class).filter(room::equals).isPresent()
                && CallArguments.first(e, UserId.class).filter(user::equals).isPresent();
    }

    private static boolean sentTo(JournalEntry e, ChannelRef channel) {
        return refersTo(e, channel);
    }

    private static boolean refersTo(JournalEntry e, ChannelRef channel) {
        return CallArguments.first(e, ChannelRef.class)
                .filter(c -> c.room().equals(channel.room()) && c.channel().equals(channel.channel())).isPresent();
    }

    private static Optional<ChannelId> lastChannel(JournalEntry e) {
        List<ChannelId> channels = CallArguments.all(e, ChannelId.class);
        return channels.isEmpty() ? Optional.empty() : Optional.of(channels.get(channels.size() - 1));
    }

    private static JournalEntry require(Source src, String expected, Operation operation, Predicate<JournalEntry> matching) {
        List<JournalEntry> entries = src.journal().entries();
        return entries.stream().filter(e -> e.operation() == operation && e.succeeded() && matching.test(e)).findFirst()
                .orElseThrow(() -> src.failure(expected, entries));
    }

    private static void forbid(Source src, String expected, Operation operation, Predicate<JournalEntry> matching) {
        List<JournalEntry> entries = src.journal().entries();
        if (entries.stream().anyMatch(e -> e.operation() == operation && e.succeeded() && matching.test(e))) {
            src.forbidden(expected, entries);
        }
    }

    /**
     * Where an assertion reads the bot's calls, and how it names ids: a recorded bot's journal and world (caught up
     * with what was pushed to it), or an unrecorded {@link FakeHeychat}'s own journal with raw ids.
     */
    private record Source(Journal journal, Optional<RecordedBot> recorded) {
        /** An id or channel as the messages show it. */
        String d(Object value) {
            return recorded.map(r -> r.describe(value)).orElseGet(() -> JournalEntry.describeArgument(value, id -> Optional.empty()));
        }

        String describe(List<JournalEntry> entries) {
            return entries.stream().map(e -> "  " + recorded.map(r -> r.describe(e)).orElseGet(e::describe))
                    .collect(Collectors.joining("\n"));
        }

        AssertionFailedError failure(String expected, List<JournalEntry> entries) {
            String did = entries.isEmpty() ? "but the bot did nothing" : "but the bot did:\n" + describe(entries);
            return new AssertionFailedError("expected " + expected + ", " + did, expected, describe(entries));
        }

        void forbidden(String expected, List<JournalEntry> entries) {
            throw new AssertionFailedError("expected " + expected + ", but the bot did:\n" + describe(entries), expected,
                    describe(entries));
        }
    }

    private static Source source(Heychat bot) {
        requireArgument("bot", bot);
        Optional<RecordedBot> recorded = RecordedBot.of(bot);
        if (recorded.isPresent()) {
            recorded.get().awaitHandled();
            return new Source(recorded.get().journal(), recorded);
        }
        if (bot instanceof FakeHeychat fake) {
            return new Source(fake.journal(), Optional.empty());
        }
        throw new IllegalArgumentException("bot: " + bot + " is not a bot the testkit records, so its calls are unknown;"
                + " use a TestWorld's bot, the HeychatHttp of @HeychatEmulatorTest, or record it with RecordedBot.record");
    }

    private static void requireText(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text: must not be empty");
        }
    }

    private static void requirePredicate(Predicate<?> matching) {
        requireArgument("matching", matching);
    }

    private static void requireArgument(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
    }
}
