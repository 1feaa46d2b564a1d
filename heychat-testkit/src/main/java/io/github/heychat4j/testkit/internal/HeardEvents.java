package io.github.heychat4j.testkit.internal;

import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.JournalEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What one fake bot heard, recorded by the testkit: each event delivered to its gateway with where the
 * bot's journal stood at that moment (so that a failure message can show what the bot did in reply to
 * each), and the failures of its handlers with whether the test has checked them. Installed as the bot's
 * first handler when a {@code TestWorld} is made, so it sees each event before the bot's own handlers.
 */
public final class HeardEvents {
    /** One per bot; FakeHeychat has identity equality, and a bot no test holds any more may go. */
    private static final Map<FakeHeychat, HeardEvents> RECORDERS = Collections.synchronizedMap(new WeakHashMap<>());

    private final FakeHeychat bot;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final List<HandlerFailure> checked = new CopyOnWriteArrayList<>();

    /** An event, and how many calls the bot had made before it arrived. */
    public record Heard(HeychatEvent event, int journalSize) {
    }

    private HeardEvents(FakeHeychat bot) {
        this.bot = bot;
        bot.events().onEvery(event -> heard.add(new Heard(event, bot.journal().entries().size())));
    }

    /** Starts recording what {@code bot} hears, unless already recording it. */
    public static HeardEvents install(FakeHeychat bot) {
        return RECORDERS.computeIfAbsent(bot, HeardEvents::new);
    }

    /** The recorder of {@code bot}, if a TestWorld installed one. */
    public static Optional<HeardEvents> of(FakeHeychat bot) {
        return Optional.ofNullable(RECORDERS.get(bot));
    }

    /** Every event delivered so far, in order. */
    public List<HeychatEvent> events() {
        return heard.stream().map(Heard::event).toList();
    }

    /** The handler failures that match, now counted as checked by the test. */
    public List<HandlerFailure> check(Predicate<HandlerFailure> matching) {
        List<HandlerFailure> found = bot.handlerFailures().stream().filter(matching).toList();
        for (HandlerFailure f : found) {
            if (checked.stream().noneMatch(c -> c == f)) {
                checked.add(f);
            }
        }
        return found;
    }

    /** The handler failures the test has not checked. */
    public List<HandlerFailure> unchecked() {
        return bot.handlerFailures().stream().filter(f -> checked.stream().noneMatch(c -> c == f)).toList();
    }

    /**
     * The events, each followed by the calls the bot made before the next one arrived (what it did in
     * reply); calls made before the first event come first.
     */
    public String describe() {
        List<JournalEntry> journal = bot.journal().entries();
        List<String> lines = new ArrayList<>();
        int shown = 0;
        List<Heard> all = List.copyOf(heard);
        for (int i = 0; i <= all.size(); i++) {
            int upTo = i < all.size() ? Math.min(all.get(i).journalSize(), journal.size()) : journal.size();
            for (; shown < upTo; shown++) {
                lines.add("    bot: " + journal.get(shown).describe());
            }
            if (i < all.size()) {
                lines.add("  heard: " + all.get(i).event());
            }
        }
        if (all.isEmpty()) {
            lines.add(0, "  (no events were delivered to the bot)");
        }
        return String.join("\n", lines);
    }
}
