package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.emulator.RecordedRequest;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal of REST requests. It keeps the latest {@value #MAX_KEPT} requests, so that a long-running
 * command-line emulator does not grow without bound; the per-path counts count every request.
 */
public final class RequestLog {

    /** How many requests the journal keeps. */
    public static final int MAX_KEPT = 10_000;

    private final ArrayDeque<RecordedRequest> kept = new ArrayDeque<>();
    private final Map<String, Long> counts = new HashMap<>();

    /** Records one request. */
    public synchronized void add(RecordedRequest request) {
        if (kept.size() == MAX_KEPT) {
            kept.removeFirst();
        }
        kept.addLast(request);
        counts.merge(request.path(), 1L, Long::sum);
    }

    /** The kept requests, oldest first. */
    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(kept);
    }

    /** How many requests came for a path since the last {@link #clear()}. */
    public synchronized long count(String path) {
        return counts.getOrDefault(path, 0L);
    }

    /** Forgets every request. */
    public synchronized void clear() {
        kept.clear();
        counts.clear();
    }
}
