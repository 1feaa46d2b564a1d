package io.github.heychat4j.testkit.internal;

import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.fake.Journal;
import io.github.heychat4j.fake.JournalEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one bot heard, recorded by the testkit from the bot's own {@link EventGateway} (whichever adapter it
 * is): each event delivered with where the bot's journal stood at that moment (so that a failure message can
 * show what the bot did in reply to each), and the failures of its handlers with whether the test has checked
 * them. Subscribed before the bot's own handlers, so it sees each event before them.
 */
public final class HeardEvents {
    private final Journal journal;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final List<HandlerFailure> failures = new CopyOnWriteArrayList<>();
    private final List<HandlerFailure> checked = new CopyOnWriteArrayList<>();

    /** An event, and how many calls the bot had made before it arrived. */
    public record Heard(HeychatEvent event, int journalSize) {
    }

    /**
     * Starts recording.
     *
     * @param events  the bot's events
     * @param journal the bot's calls
     */
    public HeardEvents(EventGateway events, Journal journal) {
        this.journal = journal;
        events.onEvery(event -> heard.add(new Heard(event, journal.entries().size())));
        events.onHandlerFailure(failures::add);
    }

    /** Every event delivered so far, in order. */
    public List<HeychatEvent> events() {
        return heard.stream().map(Heard::event).toList();
    }

    /** Every failure of the bot's handlers so far, in order. */
    public List<HandlerFailure> failures() {
        return List.copyOf(failures);
    }

    /** The handler failures that match, now counted as checked by the test. */
    public List<HandlerFailure> check(Predicate<HandlerFailure> matching) {
        List<HandlerFailure> found = failures.stream().filter(matching).toList();
        for (HandlerFailure f : found) {
            if (checked.stream().noneMatch(c -> c == f)) {
                checked.add(f);
            }
        }
        return found;
    }

    /** The handler failures the test has not checked. */
    public List<HandlerFailure> unchecked() {
        return failures.stream().filter(f -> checked.stream().noneMatch(c -> c == f)).toList();
    }

    /**
     * The events, each followed by the calls the bot made before the next one arrived (what it did in
     * reply); calls made before the first event come first.
     *
     * @param describe how to show a call
     */
    public String describe(Function<JournalEntry, String> describe) {
        List<JournalEntry> calls = journal.entries();
        List<String> lines = new ArrayList<>();
        int shown = 0;
        List<Heard> all = List.copyOf(heard);
        for (int i = 0; i <= all.size(); i++) {
            int upTo = i < all.size() ? Math.min(all.get(i).journalSize(), calls.size()) : calls.size();
            for (; shown < upTo; shown++) {
                lines.add("    bot: " + describe.apply(calls.get(shown)));
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
