package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.http.CallCompleted;
import io.github.heychat4j.http.BudgetKind;
import io.github.heychat4j.http.BudgetSpec;
import io.github.heychat4j.http.CircuitBreakerPolicy;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.http.RequestBudget;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a call through the adapter's resilience, in the order the architecture fixes: the retry loop
 * ({@link CallState#run}) outside the CircuitBreaker outside the rate limit (a {@link RequestBudget}, by default
 * {@link SlidingBudget}) and the Bulkhead, then one HTTP exchange and the envelope decoder. Every attempt that
 * fails becomes an {@link AttemptFailure} whose kind the loop and the breaker read; what the caller finally gets
 * is decided by {@link CallState#conclude}. Resilience4j is used through its public API only, for the breaker
 * and the bulkhead; waiting between tries goes through the client's {@link io.github.heychat4j.http.Sleeper}.
 */
public final class Pipeline implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.http");

    private final Settings settings;
    private final Transport transport;
    private final HeychatListener listener;
    private final Optional<CircuitBreaker> restBreaker;
    private final Optional<CircuitBreaker> uploadBreaker;
    private final Optional<RequestBudget> requestLimiter;
    private final Optional<RequestBudget> directMessageLimiter;
    private final Optional<Bulkhead> bulkhead;
    private volatile boolean closed;

    /** Builds the resilience parts from the settings and opens the HTTP client. */
    public Pipeline(Settings settings) {
        this.settings = settings;
        this.listener = SafeListener.of(settings.listener());
        // the budgets come from outside (a shared store may refuse): ask before the HTTP client and its thread exist
        this.requestLimiter = budget(BudgetKind.REQUESTS, settings.rateLimits().requestsPerMinute());
        this.directMessageLimiter = budget(BudgetKind.DIRECT_MESSAGES, settings.rateLimits().directMessagesPerMinute());
        this.transport = new Transport(settings);
        this.restBreaker = breaker("rest", settings.circuitBreaker());
        this.uploadBreaker = breaker("upload", settings.circuitBreaker());
        this.bulkhead = settings.bulkhead().enabled()
                ? Optional.of(Bulkhead.of("heychat", BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.bulkhead().maxConcurrentCalls())
                        .maxWaitDuration(settings.bulkhead().maxWait())
                        .build()))
                : Optional.empty();
    }

    private Optional<RequestBudget> budget(BudgetKind kind, int perMinute) {
        if (!settings.rateLimits().enabled()) {
            return Optional.empty();
        }
        BudgetSpec spec = new BudgetSpec(settings.bot(), kind, perMinute, settings.ticker(), settings.clock(), listener);
        RequestBudget budget = settings.requestBudgets().budget(spec);
        if (budget == null) {
            throw new IllegalStateException("requestBudgets: " + settings.requestBudgets() + " returned no budget for "
                    + kind.description());
        }
        return Optional.of(budget);
    }

    /** The HTTP client, which the gateway's WebSocket shares. */
    java.net.http.HttpClient httpClient() {
        return transport.client();
    }

    /** The listener wrapped so that it cannot break a call; the caches report through it too. */
    public HeychatListener listener() {
        return listener;
    }

    private Optional<CircuitBreaker> breaker(String name, CircuitBreakerPolicy policy) {
        if (!policy.enabled()) {
            return Optional.empty();
        }
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.windowSize())
                .minimumNumberOfCalls(policy.minimumCalls())
                .failureRateThreshold(policy.failureRatePercent())
                .waitDurationInOpenState(policy.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(policy.trialCallsWhenHalfOpen())
                .recordException(t -> t instanceof AttemptFailure f && f.kind().countsAgainstBreaker())
                .ignoreException(t -> t instanceof AttemptFailure f && f.kind().isLocal())
                .writableStackTraceEnabled(false)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitState from = state(event.getStateTransition().getFromState());
            CircuitState to = state(event.getStateTransition().getToState());
            if (from != to) {
                LOG.log(to == CircuitState.OPEN ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
                        "circuit breaker " + name + ": " + from + " -> " + to);
                listener.circuitStateChanged(name, from, to);
            }
        });
        return Optional.of(breaker);
    }

    private static CircuitState state(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.CLOSED;
        };
    }

    /**
     * Performs one logical call.
     *
     * @return the platform's result
     * @throws HeychatException what the platform or the transport made of it, after retries
     * @throws IllegalStateException when the client is closed
     */
    public Reply call(WireRequest request) {
        if (closed) {
            throw new IllegalStateException("this HeychatHttp client is closed");
        }
        HttpRequest http = transport.toHttp(request);
        CallState state = new CallState(request.endpoint(), settings.ticker().getAsLong(), request.deduplication());
        Reply reply;
        try {
            reply = state.run(tries(http), settings.retry(), settings.ticker());
        } catch (HeychatException error) {
            completed(state, Optional.of(error));
            throw error;
        }
        completed(state, Optional.empty());
        return reply;
    }

    /** One call's tries, as the retry loop sees them. */
    private CallState.Attempts tries(HttpRequest http) {
        return new CallState.Attempts() {
            @Override
            public Reply attempt(CallState call) {
                return guarded(call, () -> limited(call, () -> Pipeline.this.attempt(http, call)));
            }

            @Override
            public boolean breakerOpen(CallState call) {
                Optional<CircuitBreaker> breaker = call.endpoint().onUploadHost() ? uploadBreaker : restBreaker;
                return breaker.isPresent() && breaker.get().getState() == CircuitBreaker.State.OPEN;
            }

            @Override
            public void pause(CallState call, int nextTry, Duration wait, AttemptFailure after) throws InterruptedException {
                Endpoint endpoint = call.endpoint();
                LOG.log(System.Logger.Level.DEBUG, () -> "retrying " + endpoint.describe() + " (attempt " + nextTry
                        + ") in " + wait.toMillis() + " ms after: " + after.error().getMessage());
                listener.retrying(endpoint.operation(), nextTry, wait, after.error());
                settings.sleeper().sleep(wait);
            }
        };
    }

    private void completed(CallState state, Optional<HeychatException> error) {
        long took = Math.max(0L, settings.ticker().getAsLong() - state.startNanos());
        listener.callCompleted(new CallCompleted(state.endpoint().operation(), error, state.attempts(), Duration.ofNanos(took)));
    }

    /**
     * The state of each circuit breaker by its name ({@code "rest"}, {@code "upload"}), in that order; empty when
     * the breaker is disabled.
     */
    public Map<String, CircuitState> circuitStates() {
        Map<String, CircuitState> states = new LinkedHashMap<>();
        restBreaker.ifPresent(b -> states.put(b.getName(), state(b.getState())));
        uploadBreaker.ifPresent(b -> states.put(b.getName(), state(b.getState())));
        return Collections.unmodifiableMap(states);
    }

    private Reply guarded(CallState state, Supplier<Reply> limited) {
        Optional<CircuitBreaker> breaker = state.endpoint().onUploadHost() ? uploadBreaker : restBreaker;
        if (breaker.isEmpty()) {
            return limited.get();
        }
        try {
            return breaker.get().executeSupplier(limited);
        } catch (CallNotPermittedException e) {
            throw state.failure(AttemptFailure.Kind.CIRCUIT_OPEN, new UnavailableException("circuit breaker "
                    + breaker.get().getName() + " is open after repeated failures; " + state.endpoint().describe()
                    + " was not sent"), Optional.empty());
        }
    }

    private Reply limited(CallState state, Supplier<Reply> attempt) {
        if (state.endpoint().operation() == Operation.MESSAGES_SEND_DIRECT && directMessageLimiter.isPresent()) {
            acquire(directMessageLimiter.get(), state, BudgetKind.DIRECT_MESSAGES.description());
        }
        if (requestLimiter.isPresent()) {
            acquire(requestLimiter.get(), state, BudgetKind.REQUESTS.description());
        }
        if (bulkhead.isEmpty()) {
            return attempt.get();
        }
        if (!bulkhead.get().tryAcquirePermission()) {
            listener.bulkheadFull(state.endpoint().operation());
            throw state.failure(AttemptFailure.Kind.BULKHEAD_FULL, new UnavailableException("too many requests in flight ("
                    + settings.bulkhead().maxConcurrentCalls() + "); " + state.endpoint().describe() + " was not sent"),
                    Optional.empty());
        }
        try {
            return attempt.get();
        } finally {
            bulkhead.get().onComplete();
        }
    }

    private void acquire(RequestBudget budget, CallState state, String name) {
        RequestBudget.Turn turn;
        try {
            turn = budget.take(settings.rateLimits().maxWait());
        } catch (UnavailableException e) {
            throw state.failure(AttemptFailure.Kind.BUDGET_UNAVAILABLE, new UnavailableException("the " + name
                    + " budget is unavailable (" + e.getMessage() + "); " + state.endpoint().describe() + " was not sent",
                    e), Optional.empty());
        }
        if (!turn.granted()) {
            listener.rateLimited(state.endpoint().operation(), turn.delay(), true);
            throw state.failure(AttemptFailure.Kind.LOCAL_RATE_LIMIT, new RateLimitedException("local " + name
                    + " budget spent; the next turn is in " + turn.delay().toMillis() + " ms, longer than the allowed wait of "
                    + settings.rateLimits().maxWait().toMillis() + " ms; " + state.endpoint().describe() + " was not sent",
                    turn.delay()), Optional.of(turn.delay()));
        }
        if (!turn.delay().isZero()) {
            listener.rateLimited(state.endpoint().operation(), turn.delay(), true);
            try {
                settings.sleeper().sleep(turn.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw state.failure(AttemptFailure.Kind.INTERRUPTED, new UnavailableException("interrupted while waiting for the "
                        + name + " budget; " + state.endpoint().describe() + " was not sent"), Optional.empty());
            }
        }
    }

    private Reply attempt(HttpRequest http, CallState state) {
        Endpoint endpoint = state.endpoint();
        String where = endpoint.describe();
        int attempt = state.beginAttempt();
        listener.requestSent(endpoint.operation(), attempt);
        long started = System.nanoTime();
        Transport.Response response;
        try {
            response = transport.exchange(http);
        } catch (IOException e) {
            AttemptFailure.Kind kind = Transport.neverConnected(e) ? AttemptFailure.Kind.NOT_SENT
                    : Transport.timedOut(e) ? AttemptFailure.Kind.TIMED_OUT : AttemptFailure.Kind.LOST;
            String problem = switch (kind) {
                case NOT_SENT -> "could not connect (nothing was sent)";
                case TIMED_OUT -> "no answer within " + (endpoint.onUploadHost() ? settings.uploadTimeout() : settings.requestTimeout());
                default -> "the connection failed before an answer came";
            };
            LOG.log(System.Logger.Level.DEBUG, () -> where + " attempt " + attempt + ": " + problem + ": " + e);
            throw state.failure(kind, new UnavailableException(where + ": " + problem + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw state.failure(AttemptFailure.Kind.LOST, new UnavailableException(where
                    + ": interrupted while waiting for the answer", e), Optional.empty());
        }
        int status = response.status();
        LOG.log(System.Logger.Level.DEBUG, () -> where + " attempt " + attempt + " -> HTTP " + status + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        Optional<Duration> retryAfter = status == 429 ? RetryAfter.from(response.headers(), settings.clock()) : Optional.empty();
        if (status == 429) {
            listener.rateLimited(endpoint.operation(), retryAfter.orElse(Duration.ZERO), false);
        }
        try {
            return new Reply(EnvelopeDecoder.decode(where, status, response.body(), retryAfter), false);
        } catch (HeychatException e) {
            // a 4xx is a readable answer: the platform did not serve the request (nothing applied), even when the
            // body around it cannot be read; only a 2xx (or 3xx) whose body cannot be read leaves the outcome unknown
            AttemptFailure.Kind kind = status == 429 ? AttemptFailure.Kind.PLATFORM_RATE_LIMIT
                    : status >= 500 ? AttemptFailure.Kind.SERVER_ERROR
                    : status >= 400 ? AttemptFailure.Kind.REFUSED
                    : e instanceof HeychatProtocolException ? AttemptFailure.Kind.UNREADABLE
                    : AttemptFailure.Kind.REFUSED;
            if (kind == AttemptFailure.Kind.REFUSED && attempt > 1 && state.anyOutcomeUnknown() && confirmsEarlierAttempt(endpoint, e)) {
                LOG.log(System.Logger.Level.INFO, () -> where + ": a retry was answered \"" + e.getMessage()
                        + "\"; the earlier attempt whose answer got lost did the work");
                return new Reply(WireNode.of(Json.object(), where, "result"), true);
            }
            throw state.failure(kind, e, retryAfter);
        }
    }

    /** Whether a refusal of a retry proves that an earlier attempt was applied. */
    private static boolean confirmsEarlierAttempt(Endpoint endpoint, HeychatException refusal) {
        if (endpoint.operation().isDeduplicated()) {
            return refusal instanceof RejectedException r && r.reason() == RejectedException.Reason.DUPLICATE_SUBMISSION;
        }
        return endpoint.operation().absentMeansDone() && refusal instanceof NotFoundException;
    }

    /** Closes the HTTP client; later calls fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        transport.close();
    }
}
