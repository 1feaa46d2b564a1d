package io.github.heychat4j.http;

import io.github.heychat4j.domain.HeychatException;
import java.time.Duration;

/**
 * Observes what the adapter does, for metrics and tracing. Every method has an empty default, so
 * implement only what you need. Methods are called on the caller's thread (the circuit callbacks on
 * whichever thread caused the change, the gateway callbacks on the gateway's reader or timer thread); they
 * must be fast and must not throw (what they throw is logged and ignored). Nothing passed here contains the
 * bot token.
 *
 * {@snippet :
 * HeychatListener metrics = new HeychatListener() {
 *     @Override
 *     public void requestSent(Endpoint endpoint, int attempt) {
 *         counter(endpoint.name()).increment();
 *     }
 * };
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot).listener(metrics).build();
 * }
 */
public interface HeychatListener {
    /** A listener that ignores everything. */
    HeychatListener NONE = new HeychatListener() {
    };

    /** A request is about to be sent; {@code attempt} is 1 for the first try of a call. */
    default void requestSent(Endpoint endpoint, int attempt) {
    }

    /** An attempt failed and the call will be tried again after {@code wait}. */
    default void retrying(Endpoint endpoint, int nextAttempt, Duration wait, HeychatException cause) {
    }

    /**
     * A call was held back: by the local rate limiter ({@code local}, waiting {@code wait} or, when the wait
     * would be too long, refused), or by the platform's HTTP 429 ({@code wait} is its retry-after, zero when
     * it gave none).
     */
    default void rateLimited(Endpoint endpoint, Duration wait, boolean local) {
    }

    /** The circuit breaker of {@code circuit} ("rest" or "upload") changed state. */
    default void circuitStateChanged(String circuit, CircuitState from, CircuitState to) {
    }

    /** A cached read ({@code "joinedRooms"}, {@code "roomDetails"}, {@code "roles"}, {@code "memes"}) was answered from the cache. */
    default void cacheHit(String cache) {
    }

    /** A cached read had to ask the platform. */
    default void cacheMiss(String cache) {
    }

    /** The gateway's WebSocket link is up; {@code reconnected} is false for the first link after {@code start()}. */
    default void gatewayConnected(boolean reconnected) {
    }

    /** The gateway's link went down, or could not be made; {@code why} never contains the token. */
    default void gatewayDisconnected(GatewayDisconnect why) {
    }

    /** The gateway will try to connect again after {@code delay}; {@code attempt} counts from 1 since the last stable link. */
    default void reconnectScheduled(int attempt, Duration delay) {
    }

    /** A gateway frame was not delivered; {@code detail} is short and never contains the token. */
    default void frameSkipped(SkipReason reason, String detail) {
    }

    /** A gateway frame of this {@code type} (e.g. {@code "5"}, {@code "50"}) was read and handed to dispatch. */
    default void eventReceived(String type) {
    }

    /**
     * The store that coordinates the replicas of this bot (e.g. Redis, through {@link RequestBudgets}) became
     * unreachable ({@code shared} false: the client now follows its documented fallback, such as a local share of
     * the limit) or reachable again ({@code shared} true). Reported once per change and per {@code part}: a limit
     * ({@code "requests"}, {@code "direct messages"}) or {@code "caches"} (see {@link CacheCoherence});
     * {@code detail} is short and never contains the token.
     */
    default void coordinationChanged(String part, boolean shared, String detail) {
    }

    /**
     * Another replica of this bot reported a {@link CacheChange} (see {@link CacheCoherence}), and this client's
     * caches have dropped its entries. Called on the coordinating store's thread.
     */
    default void cacheChangeReceived(CacheChange change) {
    }
}
