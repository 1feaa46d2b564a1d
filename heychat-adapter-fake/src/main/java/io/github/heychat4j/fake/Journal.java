package io.github.heychat4j.fake;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.fake.internal.JournalLog;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The calls bots made, in the order they finished: every bot's ({@link FakeWorld#journal()}) or one
 * bot's ({@link FakeHeychat#journal()}). Faulted and failed calls are recorded too; calls refused for
 * bad input ({@link IllegalArgumentException}) never reach the platform and are not.
 *
 * {@snippet :
 * bot.rooms().kick(ROOM, SPAMMER);
 * assertEquals("rooms.kick(room 1, user 2) -> ok", world.journal().describe());
 * }
 */
public final class Journal {
    private final JournalLog log;
    private final Predicate<JournalEntry> filter;

    Journal(JournalLog log, Predicate<JournalEntry> filter) {
        this.log = log;
        this.filter = filter;
    }

    /** A snapshot of the entries, in call order. */
    public List<JournalEntry> entries() {
        return log.matching(filter);
    }

    /** A snapshot of the entries of one operation, in call order. */
    public List<JournalEntry> entries(Operation op) {
        return log.matching(filter.and(e -> e.operation() == op));
    }

    /** One {@link JournalEntry#describe() line} per call; empty when there was none. */
    public String describe() {
        return entries().stream().map(JournalEntry::describe).collect(Collectors.joining("\n"));
    }

    /** Forgets the entries this journal shows (a bot's journal forgets only that bot's calls). */
    public void clear() {
        log.remove(filter);
    }

    @Override
    public String toString() {
        return "Journal[" + entries().size() + " entries]";
    }
}
