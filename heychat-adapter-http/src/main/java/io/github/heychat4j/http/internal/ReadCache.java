package io.github.heychat4j.http.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.heychat4j.http.CachePolicy;
import io.github.heychat4j.http.HeychatListener;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One Caffeine cache of a read-mostly listing, or a pass-through when caching is off. Concurrent misses of
 * one key make one load (Caffeine's loading cache computes each key once); hits and misses are reported.
 *
 * @param <K> the key
 * @param <V> the cached value
 */
final class ReadCache<K, V> {
    private final String name;
    private final Function<K, V> loader;
    private final HeychatListener listener;
    private final Optional<LoadingCache<K, V>> cache;

    ReadCache(String name, Function<K, V> loader, Settings settings, HeychatListener listener) {
        this.name = name;
        this.loader = loader;
        this.listener = listener;
        CachePolicy policy = settings.cache();
        if (!policy.enabled()) {
            this.cache = Optional.empty();
            return;
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(policy.maximumSize())
                .expireAfterWrite(policy.expireAfterWrite())
                .ticker(settings.ticker()::getAsLong)
                .executor(settings.cacheExecutor());
        if (!policy.refreshAfterWrite().isZero()) {
            builder.refreshAfterWrite(policy.refreshAfterWrite());
        }
        this.cache = Optional.of(builder.build(loader::apply));
    }

    /** The cached value, loading it once on a miss. */
    V get(K key) {
        if (cache.isEmpty()) {
            return loader.apply(key);
        }
        V cached = cache.get().getIfPresent(key);
        if (cached != null) {
            listener.cacheHit(name);
            return cached;
        }
        listener.cacheMiss(name);
        try {
            return cache.get().get(key);
        } catch (CompletionException e) {
            // a sync loading cache rethrows unchecked exceptions as they are; this only unwraps the unexpected
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A fresh value from the platform, past the cache. */
    V fresh(K key) {
        return loader.apply(key);
    }

    void invalidate(K key) {
        cache.ifPresent(c -> c.invalidate(key));
    }

    void invalidateAll() {
        cache.ifPresent(LoadingCache::invalidateAll);
    }
}
