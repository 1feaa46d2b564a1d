package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.emulator.RecordedRequest;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The query as the journal keeps it: a {@code token} parameter (the gateway's, or a REST client's
     * mistake) is replaced by {@code ****}, so that the secret is never recorded.
     */
    public static Map<String, String> redacted(QueryParams query) {
        return redacted(query, false);
    }

    /**
     * The same, for a query whose token was taken out already ({@code hadToken}: it carried one, and the
     * record says so with {@code ****}).
     */
    public static Map<String, String> redacted(QueryParams query, boolean hadToken) {
        Map<String, String> sent = query.asMap();
        if (!hadToken && !sent.containsKey("token")) {
            // Nothing to hide: the recorded request makes its own copy.
            return sent;
        }
        Map<String, String> copy = new LinkedHashMap<>(sent);
        copy.put("token", "****");
        return copy;
    }

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
