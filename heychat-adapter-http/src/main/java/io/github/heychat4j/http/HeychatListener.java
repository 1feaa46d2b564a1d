package io.github.heychat4j.http;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.event.HeychatEvent;
import java.time.Duration;

/**
 * Observes what the adapter does, for metrics and tracing. Every method has an empty default, so
 * implement only what you need. Methods are called on the caller's thread (the circuit callbacks on
 * whichever thread caused the change, the gateway callbacks on the gateway's reader or timer thread); they
 * must be fast and must not throw (what they throw is logged and ignored). Nothing passed here contains the
 * bot token. Calls are named by the domain's {@link Operation}, the key the fake's journal and faults use too.
 *
 * {@snippet :
 * HeychatListener metrics = new HeychatListener() {
 *     @Override
 *     public void requestSent(Operation operation, int attempt) {
 *         counter(operation.name()).increment();
 *     }
 * };
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot).listener(metrics).build();
 * }
 *
 * Several listeners can observe one client ({@link HeychatHttp.Builder#addListener}); each is called in the
 * order added, and one that throws does not keep the others from hearing. {@code heychat-micrometer}'s
 * {@code HeychatMetrics} is a listener that turns these signals into meters.
 */
public interface HeychatListener {
    /** A listener that ignores everything. */
    HeychatListener NONE = new HeychatListener() {
    };

    /** A request is about to be sent; {@code attempt} is 1 for the first try of a call. */
    default void requestSent(Operation operation, int attempt) {
    }

    /** An attempt failed and the call will be tried again after {@code wait}. */
    default void retrying(Operation operation, int nextAttempt, Duration wait, HeychatException cause) {
    }

    /**
     * A logical call ended, after all its attempts: with a result, or with the exception its caller got. Called
     * once per port call that reached the adapter's pipeline (bad arguments fail before it and are not reported),
     * on the caller's thread, before the caller sees the outcome.
     */
    default void callCompleted(CallCompleted call) {
    }

    /**
     * An attempt was refused because {@link BulkheadPolicy#maxConcurrentCalls()} requests were in flight; nothing
     * was sent (the retry policy may try again).
     */
    default void bulkheadFull(Operation operation) {
    }

    /**
     * A call was held back: by the local rate limiter ({@code local}, waiting {@code wait} or, when the wait
     * would be too long, refused), or by the platform's HTTP 429 ({@code wait} is its retry-after, zero when
     * it gave none).
     */
    default void rateLimited(Operation operation, Duration wait, boolean local) {
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
     * The frame just reported to {@link #eventReceived} was read as an event of this domain type (e.g.
     * {@code MessagePosted.class}, {@code UnknownEvent.class} for a wire type heychat4j does not know): a bounded
     * set of types, unlike the wire's type strings.
     */
    default void eventDecoded(Class<? extends HeychatEvent> type) {
    }

    /**
     * An event handler threw on an event of this type. Reported whether or not the bot subscribed to
     * {@code events().onHandlerFailure}, and in addition to it; called on the event's dispatch thread.
     */
    default void handlerFailed(Class<? extends HeychatEvent> type, Throwable error) {
    }

    /**
     * The store that coordinates the replicas of this bot (e.g. Redis, through {@link RequestBudgets}) became
     * unreachable ({@code shared} false: the client now follows its documented fallback, such as a local share of
     * the limit) or reachable again ({@code shared} true). Reported once per change and per {@code part}: a limit
     * ({@code "requests"}, {@code "direct messages"}), {@code "caches"} (see {@link CacheCoherence}) or
     * {@code "events"} (see {@link EventIntake});
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
