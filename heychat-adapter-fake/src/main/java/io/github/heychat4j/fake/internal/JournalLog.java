package io.github.heychat4j.fake.internal;

import io.github.heychat4j.fake.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The world's one record of calls, appended by {@link CallRoute}, read through journals. Thread-safe. */
public final class JournalLog {
    private final List<JournalEntry> entries = new ArrayList<>();

    /** Records a finished call. */
    public synchronized void append(JournalEntry entry) {
        entries.add(entry);
    }

    /** The entries that match, in call order. */
    public synchronized List<JournalEntry> matching(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Forgets the entries that match. */
    public synchronized void remove(Predicate<JournalEntry> filter) {
        entries.removeIf(filter);
    }
}
