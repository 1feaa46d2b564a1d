package io.github.heychat4j.micrometer;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.http.CallCompleted;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.SkipReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Micrometer meters for a {@link HeychatHttp} client: a {@link HeychatListener} that counts and times what the
 * adapter reports, plus gauges read from the client ({@link #monitor}). Metric names are dotted lower case under
 * {@code heychat.}; tags are bounded (operations, outcomes, exception and event types, cache names, reasons), never
 * a room, channel, user or message id. Every name, its type and tags are listed in {@code docs/metrics.md}.
 *
 * {@snippet :
 * MeterRegistry registry = new SimpleMeterRegistry();
 * HeychatMetrics metrics = new HeychatMetrics(registry);
 * HeychatHttp heychat = HeychatHttp.builder().token(token).bot(bot).addListener(metrics).build();
 * metrics.monitor(heychat);   // circuit state, gateway connected, queued events
 * }
 *
 * Thread-safe: the adapter calls it from callers' threads and its own.
 */
public final class HeychatMetrics implements HeychatListener {
    /** Timer: one logical call of a port method, retries and waits included. Tags operation, outcome, exception. */
    public static final String CALLS = "heychat.calls";
    /** Counter: HTTP requests sent (each attempt of a call). Tags operation, attempt ({@code first}, {@code retry}). */
    public static final String REQUESTS = "heychat.requests";
    /** Counter: retries planned after a failed attempt. Tags operation, exception (the cause). */
    public static final String RETRIES = "heychat.retries";
    /** Timer: waits for a rate limit, local ones and the platform's 429s. Tags operation, limiter. */
    public static final String RATE_LIMITED = "heychat.rate.limited";
    /** Counter: attempts refused by a full bulkhead. Tag operation. */
    public static final String BULKHEAD_REJECTED = "heychat.bulkhead.rejected";
    /** Counter: circuit breaker transitions. Tags circuit, from, to. */
    public static final String CIRCUIT_TRANSITIONS = "heychat.circuit.transitions";
    /** Gauge: 1 for the state each circuit is in, 0 for the others. Tags circuit, state. */
    public static final String CIRCUIT_STATE = "heychat.circuit.state";
    /** Counter: cached reads. Tags cache, result ({@code hit}, {@code miss}). */
    public static final String CACHE_GETS = "heychat.cache.gets";
    /** Gauge: 1 while the gateway's link is up, else 0. */
    public static final String GATEWAY_CONNECTED = "heychat.gateway.connected";
    /** Counter: gateway links made. Tag kind ({@code first}, {@code reconnect}). */
    public static final String GATEWAY_CONNECTIONS = "heychat.gateway.connections";
    /** Counter: gateway links lost or refused. Tag kind (the {@link GatewayDisconnect.Kind}). */
    public static final String GATEWAY_DISCONNECTS = "heychat.gateway.disconnects";
    /** Counter: reconnects scheduled after a lost link or a failed attempt. */
    public static final String GATEWAY_RECONNECTS = "heychat.gateway.reconnects";
    /** Counter: events read from the gateway, before de-duplication of the bot's own. Tag type (domain event). */
    public static final String GATEWAY_EVENTS = "heychat.gateway.events";
    /** Counter: frames skipped. Tag reason (the {@link SkipReason}). */
    public static final String GATEWAY_FRAMES_SKIPPED = "heychat.gateway.frames.skipped";
    /** Counter: event handlers that threw. Tags type (domain event), exception. */
    public static final String GATEWAY_HANDLER_FAILURES = "heychat.gateway.handler.failures";
    /** Gauge: events waiting for their handlers. */
    public static final String GATEWAY_QUEUED_EVENTS = "heychat.gateway.queued.events";

    /** The latency percentiles published for {@link #CALLS}. */
    static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final MeterRegistry registry;
    private final Tags common;

    /** Meters in {@code registry}, with no extra tags. */
    public HeychatMetrics(MeterRegistry registry) {
        this(registry, Tags.empty());
    }

    /**
     * Meters in {@code registry}, each with {@code commonTags} too (say {@code bot=moderator} when one process runs
     * several bots).
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public HeychatMetrics(MeterRegistry registry, Iterable<Tag> commonTags) {
        if (registry == null) {
            throw new IllegalArgumentException("registry: must not be null");
        }
        if (commonTags == null) {
            throw new IllegalArgumentException("commonTags: must not be null");
        }
        this.registry = registry;
        this.common = Tags.of(commonTags);
    }

    /**
     * Registers the gauges read from the client: {@link #CIRCUIT_STATE} for each of its circuit breakers,
     * {@link #GATEWAY_CONNECTED} and {@link #GATEWAY_QUEUED_EVENTS}. The gauges hold the client weakly.
     *
     * @return this, for chaining
     * @throws IllegalArgumentException when {@code heychat} is null
     */
    public HeychatMetrics monitor(HeychatHttp heychat) {
        if (heychat == null) {
            throw new IllegalArgumentException("heychat: must not be null");
        }
        for (String circuit : heychat.circuitStates().keySet()) {
            for (CircuitState state : CircuitState.values()) {
                Gauge.builder(CIRCUIT_STATE, heychat, h -> h.circuitStates().get(circuit) == state ? 1 : 0)
                        .description("1 for the state the circuit breaker is in")
                        .tags(common).tag("circuit", circuit).tag("state", MetricTags.state(state))
                        .register(registry);
            }
        }
        Gauge.builder(GATEWAY_CONNECTED, heychat, h -> h.events().isConnected() ? 1 : 0)
                .description("1 while the event gateway's link is up").tags(common).register(registry);
        Gauge.builder(GATEWAY_QUEUED_EVENTS, heychat, h -> h.events().queuedEvents())
                .description("events waiting for their handlers").tags(common).register(registry);
        return this;
    }

    @Override
    public void callCompleted(CallCompleted call) {
        Timer.builder(CALLS)
                .description("port calls, retries and waits included")
                .tags(common)
                .tag("operation", MetricTags.operation(call.operation()))
                .tag("outcome", call.succeeded() ? "success" : "error")
                .tag("exception", call.errorType().<String>map(MetricTags::exception).orElse(MetricTags.NONE))
                .publishPercentiles(PERCENTILES)
                .register(registry)
                .record(call.duration());
    }

    @Override
    public void requestSent(Operation operation, int attempt) {
        counter(REQUESTS, "HTTP requests sent", Tags.of("operation", MetricTags.operation(operation),
                "attempt", attempt == 1 ? "first" : "retry")).increment();
    }

    @Override
    public void retrying(Operation operation, int nextAttempt, Duration wait, HeychatException cause) {
        counter(RETRIES, "retries after a failed attempt", Tags.of("operation", MetricTags.operation(operation),
                "exception", MetricTags.exception(cause.getClass()))).increment();
    }

    @Override
    public void rateLimited(Operation operation, Duration wait, boolean local) {
        Timer.builder(RATE_LIMITED)
                .description("waits for a rate limit")
                .tags(common)
                .tag("operation", MetricTags.operation(operation))
                .tag("limiter", MetricTags.limiter(local))
                .register(registry)
                .record(wait);
    }

    @Override
    public void bulkheadFull(Operation operation) {
        counter(BULKHEAD_REJECTED, "attempts refused by a full bulkhead",
                Tags.of("operation", MetricTags.operation(operation))).increment();
    }

    @Override
    public void circuitStateChanged(String circuit, CircuitState from, CircuitState to) {
        counter(CIRCUIT_TRANSITIONS, "circuit breaker transitions", Tags.of("circuit", circuit,
                "from", MetricTags.state(from), "to", MetricTags.state(to))).increment();
    }

    @Override
    public void cacheHit(String cache) {
        counter(CACHE_GETS, "cached reads", Tags.of("cache", cache, "result", "hit")).increment();
    }

    @Override
    public void cacheMiss(String cache) {
        counter(CACHE_GETS, "cached reads", Tags.of("cache", cache, "result", "miss")).increment();
    }

    @Override
    public void gatewayConnected(boolean reconnected) {
        counter(GATEWAY_CONNECTIONS, "gateway links made", Tags.of("kind", reconnected ? "reconnect" : "first")).increment();
    }

    @Override
    public void gatewayDisconnected(GatewayDisconnect why) {
        counter(GATEWAY_DISCONNECTS, "gateway links lost or refused",
                Tags.of("kind", MetricTags.kind(why.kind()))).increment();
    }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) {
        counter(GATEWAY_RECONNECTS, "gateway reconnects scheduled", Tags.empty()).increment();
    }

    @Override
    public void frameSkipped(SkipReason reason, String detail) {
        counter(GATEWAY_FRAMES_SKIPPED, "gateway frames not delivered",
                Tags.of("reason", MetricTags.reason(reason))).increment();
    }

    @Override
    public void eventDecoded(Class<? extends HeychatEvent> type) {
        counter(GATEWAY_EVENTS, "events read from the gateway", Tags.of("type", MetricTags.eventType(type))).increment();
    }

    @Override
    public void handlerFailed(Class<? extends HeychatEvent> type, Throwable error) {
        counter(GATEWAY_HANDLER_FAILURES, "event handlers that threw", Tags.of("type", MetricTags.eventType(type),
                "exception", MetricTags.exception(error.getClass()))).increment();
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(common).tags(tags).register(registry);
    }

    @Override
    public String toString() {
        return "HeychatMetrics[" + registry.getClass().getSimpleName() + ", " + common + "]";
    }
}
