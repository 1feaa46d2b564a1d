package io.github.heychat4j.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} keys seen, oldest forgotten first: the memory behind "deliver once" (frame sequences
 * of one connection, message ids across commands and messages). Thread-safe.
 *
 * @param <K> the key
 */
final class RecentKeys<K> {
    private final LinkedHashMap<K, Boolean> keys;

    RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers {@code key}; true when it was new, false when it was seen within the window. */
    synchronized boolean firstTime(K key) {
        return keys.putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Forgets {@code key}: the next {@link #firstTime} of it is true again. */
    synchronized void forget(K key) {
        keys.remove(key);
    }
}
