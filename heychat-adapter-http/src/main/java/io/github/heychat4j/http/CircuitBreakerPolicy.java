package io.github.heychat4j.http;

import java.time.Duration;

/**
 * When the adapter stops calling a failing platform for a while. Only HTTP 5xx answers, timeouts and I/O
 * errors count as failures; refusals such as "权限不足" or a 429 are answers and do not. Once open, calls
 * fail fast with {@link io.github.heychat4j.domain.UnavailableException} without being sent and are not
 * retried; after {@code waitInOpenState} a few trial calls decide whether to close again.
 *
 * {@snippet :
 * CircuitBreakerPolicy touchy = CircuitBreakerPolicy.defaults().withMinimumCalls(3).withWaitInOpenState(Duration.ofSeconds(10));
 * }
 *
 * @param enabled                 whether there is a breaker at all
 * @param failureRatePercent      the failure rate that opens it, 1 to 100
 * @param minimumCalls            calls to see before the rate counts, 1 to 1000 (small, so a dead platform is noticed soon)
 * @param windowSize              how many recent calls the rate is computed over, at least {@code minimumCalls}, at most 1000
 * @param waitInOpenState         how long it stays open, 1 ms to 10 minutes
 * @param trialCallsWhenHalfOpen  trial calls after that, 1 to 100
 */
public record CircuitBreakerPolicy(boolean enabled, int failureRatePercent, int minimumCalls, int windowSize,
                                   Duration waitInOpenState, int trialCallsWhenHalfOpen) {
    private static final CircuitBreakerPolicy DEFAULTS = new CircuitBreakerPolicy(true, 50, 5, 20, Duration.ofSeconds(30), 2);

    /** Validates every field. */
    public CircuitBreakerPolicy {
        PolicyChecks.between("failureRatePercent", failureRatePercent, 1, 100);
        PolicyChecks.between("minimumCalls", minimumCalls, 1, 1000);
        PolicyChecks.between("windowSize", windowSize, minimumCalls, 1000);
        PolicyChecks.positive("waitInOpenState", waitInOpenState, Duration.ofMinutes(10));
        if (waitInOpenState.toMillis() < 1) {
            throw new IllegalArgumentException("waitInOpenState: must be at least 1 ms, got " + waitInOpenState);
        }
        PolicyChecks.between("trialCallsWhenHalfOpen", trialCallsWhenHalfOpen, 1, 100);
    }

    /** Opens at 50 % failures over the last 20 calls once 5 were seen, stays open 30 s, then tries 2 calls. */
    public static CircuitBreakerPolicy defaults() {
        return DEFAULTS;
    }

    /** No breaker: every call is sent. */
    public static CircuitBreakerPolicy disabled() {
        return new CircuitBreakerPolicy(false, DEFAULTS.failureRatePercent, DEFAULTS.minimumCalls, DEFAULTS.windowSize,
                DEFAULTS.waitInOpenState, DEFAULTS.trialCallsWhenHalfOpen);
    }

    /** This policy opening at another failure rate. */
    public CircuitBreakerPolicy withFailureRatePercent(int percent) {
        return new CircuitBreakerPolicy(enabled, percent, minimumCalls, windowSize, waitInOpenState, trialCallsWhenHalfOpen);
    }

    /** This policy with another minimum number of calls; the window grows to it if smaller. */
    public CircuitBreakerPolicy withMinimumCalls(int calls) {
        return new CircuitBreakerPolicy(enabled, failureRatePercent, calls, Math.max(calls, windowSize), waitInOpenState,
                trialCallsWhenHalfOpen);
    }

    /** This policy computing the rate over another number of calls. */
    public CircuitBreakerPolicy withWindowSize(int calls) {
        return new CircuitBreakerPolicy(enabled, failureRatePercent, minimumCalls, calls, waitInOpenState, trialCallsWhenHalfOpen);
    }

    /** This policy staying open for another duration. */
    public CircuitBreakerPolicy withWaitInOpenState(Duration wait) {
        return new CircuitBreakerPolicy(enabled, failureRatePercent, minimumCalls, windowSize, wait, trialCallsWhenHalfOpen);
    }

    /** This policy with another number of trial calls. */
    public CircuitBreakerPolicy withTrialCallsWhenHalfOpen(int calls) {
        return new CircuitBreakerPolicy(enabled, failureRatePercent, minimumCalls, windowSize, waitInOpenState, calls);
    }
}
