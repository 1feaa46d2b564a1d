package io.github.heychat4j.http;

import io.github.heychat4j.domain.UserId;
import java.util.function.Consumer;

/**
 * Keeps the caches of the replicas of one bot coherent: the seam through which a client reports the
 * {@link CacheChange}s of its own writes and events, and hears those of the other replicas. The default,
 * {@link #local()}, tells no one (one process needs no more); the {@code heychat-redis} module passes changes
 * on through Redis pub/sub.
 *
 * {@snippet :
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot)
 *         .cacheCoherence(CacheCoherence.local())     // the default
 *         .build();
 * }
 */
@FunctionalInterface
public interface CacheCoherence {
    /**
     * Connects one client's caches, once, when the client is built (only when {@link CachePolicy#enabled()}).
     *
     * @param bot      the bot; changes are shared between clients of the same bot only
     * @param apply    drops the entries of a change reported by another replica from this client's caches;
     *                 thread-safe, quick, and it reports through {@link HeychatListener#cacheChangeReceived}
     * @param listener the client's listener, guarded so that it cannot throw
     * @return where the client reports its own changes; closed when the client is closed
     */
    CacheChangePublisher attach(UserId bot, Consumer<CacheChange> apply, HeychatListener listener);

    /** Caches of this process only: changes are applied here and told to no one. */
    static CacheCoherence local() {
        return (bot, apply, listener) -> CacheChangePublisher.NONE;
    }
}
