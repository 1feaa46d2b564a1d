package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.Journal;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.testkit.internal.HeardEvents;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link HeychatAssertions} read about one bot under test, whichever adapter it runs on: the calls it made,
 * as the fake world that executed them journaled them; what it heard and which of its event handlers threw,
 * recorded from the bot's own {@code events()}; and the {@link TestWorld} whose fixture names label the ids in
 * failure messages ({@code user alice (1000001)}, {@code room 测试房间}).
 *
 * <p>The testkit records each {@link TestWorld}'s bot (a {@link FakeHeychat}) itself. A bot that talks to the
 * same world through another adapter is recorded with {@link #record}: {@code heychat-testkit-http} records the
 * {@code HeychatHttp} it hands a test, against the journal of the emulator's world. The assertions then take
 * that bot as they take the fake one:
 *
 * {@snippet :
 * RecordedBot.record(http, world.bot().journal(), world, () -> waitUntilTheBotHandledWhatWasPushed());
 * HeychatAssertions.assertKicked(http, world.room("测试房间"), world.user("alice"));
 * }
 *
 * Thread-safe.
 */
public final class RecordedBot {
    /** By identity: a recorded bot is the very object the test holds. */
    private static final Map<Heychat, RecordedBot> RECORDED = Collections.synchronizedMap(new IdentityHashMap<>());

    private final Heychat bot;
    private final Journal journal;
    private final TestWorld world;
    private final HeardEvents heard;
    private final Runnable awaitHandled;

    private RecordedBot(Heychat bot, Journal journal, TestWorld world, Runnable awaitHandled) {
        this.bot = bot;
        this.journal = journal;
        this.world = world;
        this.awaitHandled = awaitHandled;
        this.heard = new HeardEvents(bot.events(), journal);
    }

    /**
     * Starts recording a bot whose events arrive as they happen, on the acting thread (as the fake delivers them).
     *
     * @see #record(Heychat, Journal, TestWorld, Runnable)
     */
    public static RecordedBot record(Heychat bot, Journal journal, TestWorld world) {
        return record(bot, journal, world, () -> {
        });
    }

    /**
     * Starts recording what {@code bot} hears and makes the assertions read its calls from {@code journal}; call it
     * before the bot's own handlers subscribe, so that the record sees each event first.
     *
     * @param bot          the bot under test, as the test holds it
     * @param journal      its calls, as the world executing them journals them
     * @param world        the world it lives in; its fixture names label the ids in failure messages
     * @param awaitHandled returns once the bot has handled every event pushed to it so far; the world's
     *                     {@link Person people} run it after each action, and the assertions before they look,
     *                     so that a bot that hears its events asynchronously is tested as if it heard them at once.
     *                     It throws an {@link AssertionError} when the bot does not catch up in reasonable time
     * @return the record; it replaces an earlier record of the same bot (a bot wrapped by a second world)
     * @throws IllegalArgumentException when an argument is null
     */
    public static RecordedBot record(Heychat bot, Journal journal, TestWorld world, Runnable awaitHandled) {
        requireArgument("bot", bot);
        requireArgument("journal", journal);
        requireArgument("world", world);
        requireArgument("awaitHandled", awaitHandled);
        synchronized (RECORDED) {
            RecordedBot recorded = new RecordedBot(bot, journal, world, awaitHandled);
            RecordedBot earlier = RECORDED.put(bot, recorded);
            if (earlier != null) {
                earlier.world.forget(earlier);
            }
            world.recorded(recorded);
            return recorded;
        }
    }

    /** The record of {@code bot}, if it is recorded. */
    public static Optional<RecordedBot> of(Heychat bot) {
        return bot == null ? Optional.empty() : Optional.ofNullable(RECORDED.get(bot));
    }

    /** The bot under test. */
    public Heychat bot() {
        return bot;
    }

    /** Its calls. */
    public Journal journal() {
        return journal;
    }

    /** The world it lives in. */
    public TestWorld world() {
        return world;
    }

    /** Every event delivered to the bot so far, in order. */
    public List<HeychatEvent> heard() {
        return heard.events();
    }

    /** Every failure of the bot's event handlers so far, in order. */
    public List<HandlerFailure> handlerFailures() {
        return heard.failures();
    }

    /** Returns once the bot has handled every event pushed to it so far (at once for a bot on the fake). */
    public void awaitHandled() {
        awaitHandled.run();
    }

    /**
     * Fails when one of the bot's event handlers threw and the test did not say it expected that with
     * {@link HeychatAssertions#assertHandlerFailed}: a handler failure is isolated from the bot's other handlers,
     * so without this it would pass unnoticed. The extensions run it after each test.
     *
     * @throws org.opentest4j.AssertionFailedError naming each unchecked failure, the first as its cause
     */
    public void assertHandlerFailuresChecked() {
        HeychatAssertions.requireHandlerFailuresChecked(this);
    }

    /**
     * Stops recording: the bot is no longer known to the assertions (its world's people stop waiting for it). The
     * extensions do this after each test.
     */
    public void forget() {
        RECORDED.remove(bot, this);
        world.forget(this);
    }

    /** A call as a failure message shows it, its ids labelled with the world's fixture names. */
    String describe(JournalEntry entry) {
        return entry.describe(world::label);
    }

    /** An id (or a channel) as a failure message shows it. */
    String describe(Object value) {
        return JournalEntry.describeArgument(value, world::label);
    }

    HeardEvents recorder() {
        return heard;
    }

    @Override
    public String toString() {
        return "RecordedBot[" + bot + "]";
    }

    private static void requireArgument(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
    }
}
