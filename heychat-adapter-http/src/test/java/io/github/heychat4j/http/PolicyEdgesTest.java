package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of every policy's ranges: the last value accepted and the first refused on each side, and a refusal names
 * its field. A bot author tunes these; an off-by-one here either refuses a documented value or lets a broken one in.
 */
class PolicyEdgesTest {
    private static final Duration NS = Duration.ofNanos(1);
    private static final GatewayPolicy G = GatewayPolicy.defaults();
    private static final RetryPolicy R = RetryPolicy.defaults();
    private static final RateLimitPolicy L = RateLimitPolicy.defaults();
    private static final BulkheadPolicy B = BulkheadPolicy.defaults();
    private static final CircuitBreakerPolicy C = CircuitBreakerPolicy.defaults();
    private static final CachePolicy K = CachePolicy.defaults();

    private static Arguments ok(String what, Supplier<?> build) {
        return Arguments.of(what, null, build);
    }

    private static Arguments refused(String what, String field, Supplier<?> build) {
        return Arguments.of(what, field, build);
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                // the gateway
                ok("heartbeat 1 s", () -> G.withHeartbeatInterval(Duration.ofSeconds(1))),
                refused("heartbeat under 1 s", "heartbeatInterval", () -> G.withHeartbeatInterval(Duration.ofSeconds(1).minus(NS))),
                ok("heartbeat 5 min", () -> G.withHeartbeatInterval(Duration.ofMinutes(5))),
                refused("heartbeat over 5 min", "heartbeatInterval", () -> G.withHeartbeatInterval(Duration.ofMinutes(5).plus(NS))),
                refused("no heartbeat", "heartbeatInterval", () -> G.withHeartbeatInterval(null)),
                ok("PONG wait 1 s", () -> G.withPongTimeout(Duration.ofSeconds(1))),
                refused("PONG wait under 1 s", "pongTimeout", () -> G.withPongTimeout(Duration.ofSeconds(1).minus(NS))),
                ok("PONG wait 5 min", () -> G.withPongTimeout(Duration.ofMinutes(5))),
                refused("PONG wait over 5 min", "pongTimeout", () -> G.withPongTimeout(Duration.ofMinutes(5).plus(NS))),
                ok("backoff 1 ms to 1 ms", () -> G.withBackoff(Duration.ofMillis(1), Duration.ofMillis(1))),
                refused("backoff under 1 ms", "minBackoff", () -> G.withBackoff(Duration.ofMillis(1).minus(NS), Duration.ofSeconds(1))),
                ok("backoff from 1 min", () -> G.withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1))),
                refused("backoff from over 1 min", "minBackoff", () -> G.withBackoff(Duration.ofMinutes(1).plus(NS), Duration.ofHours(1))),
                refused("a maximum under the minimum", "maxBackoff", () -> G.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(2).minus(NS))),
                ok("backoff up to 1 h", () -> G.withBackoff(Duration.ofSeconds(1), Duration.ofHours(1))),
                refused("backoff over 1 h", "maxBackoff", () -> G.withBackoff(Duration.ofSeconds(1), Duration.ofHours(1).plus(NS))),
                ok("gateway jitter 0", () -> G.withJitter(0.0)),
                ok("gateway jitter 1", () -> G.withJitter(1.0)),
                refused("gateway jitter below 0", "jitter", () -> G.withJitter(-1e-9)),
                refused("gateway jitter above 1", "jitter", () -> G.withJitter(1.000_000_001)),
                refused("gateway jitter NaN", "jitter", () -> G.withJitter(Double.NaN)),
                ok("stable at once", () -> G.withStableAfter(Duration.ZERO)),
                refused("stable before it is up", "stableAfter", () -> G.withStableAfter(NS.negated())),
                ok("stable after 1 h", () -> G.withStableAfter(Duration.ofHours(1))),
                refused("stable after over 1 h", "stableAfter", () -> G.withStableAfter(Duration.ofHours(1).plus(NS))),
                ok("frames of 1 KiB", () -> G.withMaxFrameBytes(1024)),
                refused("frames under 1 KiB", "maxFrameBytes", () -> G.withMaxFrameBytes(1023)),
                ok("frames of 64 MiB", () -> G.withMaxFrameBytes(64 << 20)),
                refused("frames over 64 MiB", "maxFrameBytes", () -> G.withMaxFrameBytes((64 << 20) + 1)),
                ok("one event per channel", () -> G.withQueueBounds(1, 1)),
                refused("no event per channel", "maxQueuedPerChannel", () -> G.withQueueBounds(0, 1)),
                ok("a million per channel", () -> G.withQueueBounds(1_000_000, 1_000_000)),
                refused("over a million per channel", "maxQueuedPerChannel", () -> G.withQueueBounds(1_000_001, 2_000_000)),
                refused("fewer in all than per channel", "maxQueued", () -> G.withQueueBounds(10, 9)),
                ok("ten million in all", () -> G.withQueueBounds(10, 10_000_000)),
                refused("over ten million in all", "maxQueued", () -> G.withQueueBounds(10, 10_000_001)),
                ok("one recent message id", () -> G.withRecentMessageIds(1)),
                refused("no recent message id", "recentMessageIds", () -> G.withRecentMessageIds(0)),
                ok("ten million recent message ids", () -> G.withRecentMessageIds(10_000_000)),
                refused("over ten million recent message ids", "recentMessageIds", () -> G.withRecentMessageIds(10_000_001)),
                ok("one early close", () -> G.withClosesBeforeAuthenticationFailure(1)),
                refused("no early close", "closesBeforeAuthenticationFailure", () -> G.withClosesBeforeAuthenticationFailure(0)),
                ok("100 early closes", () -> G.withClosesBeforeAuthenticationFailure(100)),
                refused("101 early closes", "closesBeforeAuthenticationFailure", () -> G.withClosesBeforeAuthenticationFailure(101)),
                // retries
                ok("one attempt", () -> R.withMaxAttempts(1)),
                refused("no attempt", "maxAttempts", () -> R.withMaxAttempts(0)),
                ok("ten attempts", () -> R.withMaxAttempts(10)),
                refused("eleven attempts", "maxAttempts", () -> R.withMaxAttempts(11)),
                ok("no first wait", () -> R.withInitialBackoff(Duration.ZERO)),
                refused("a negative first wait", "initialBackoff", () -> R.withInitialBackoff(NS.negated())),
                ok("a first wait of 1 min", () -> R.withInitialBackoff(Duration.ofMinutes(1))),
                refused("a first wait over 1 min", "initialBackoff", () -> R.withInitialBackoff(Duration.ofMinutes(1).plus(NS))),
                refused("no first wait at all", "initialBackoff", () -> R.withInitialBackoff(null)),
                ok("multiplier 1", () -> R.withMultiplier(1.0)),
                refused("multiplier under 1", "multiplier", () -> R.withMultiplier(0.999_999_999)),
                ok("multiplier 10", () -> R.withMultiplier(10.0)),
                refused("multiplier over 10", "multiplier", () -> R.withMultiplier(10.000_000_001)),
                refused("multiplier NaN", "multiplier", () -> R.withMultiplier(Double.NaN)),
                ok("a longest wait equal to the first", () -> R.withMaxBackoff(R.initialBackoff())),
                refused("a longest wait under the first", "maxBackoff", () -> R.withMaxBackoff(R.initialBackoff().minus(NS))),
                ok("a longest wait of 5 min", () -> R.withMaxBackoff(Duration.ofMinutes(5))),
                refused("a longest wait over 5 min", "maxBackoff", () -> R.withMaxBackoff(Duration.ofMinutes(5).plus(NS))),
                ok("retry jitter 0", () -> R.withJitter(0.0)),
                ok("retry jitter 1", () -> R.withJitter(1.0)),
                refused("retry jitter below 0", "jitter", () -> R.withJitter(-1e-9)),
                refused("retry jitter above 1", "jitter", () -> R.withJitter(1.000_000_001)),
                refused("retry jitter NaN", "jitter", () -> R.withJitter(Double.NaN)),
                ok("never wait for Retry-After", () -> R.withMaxRetryAfter(Duration.ZERO)),
                refused("a negative Retry-After limit", "maxRetryAfter", () -> R.withMaxRetryAfter(NS.negated())),
                ok("Retry-After up to 10 min", () -> R.withMaxRetryAfter(Duration.ofMinutes(10))),
                refused("Retry-After over 10 min", "maxRetryAfter", () -> R.withMaxRetryAfter(Duration.ofMinutes(10).plus(NS))),
                // rate limits
                ok("one request a minute", () -> L.withRequestsPerMinute(1)),
                refused("no request a minute", "requestsPerMinute", () -> L.withRequestsPerMinute(0)),
                ok("100000 requests a minute", () -> L.withRequestsPerMinute(100_000)),
                refused("100001 requests a minute", "requestsPerMinute", () -> L.withRequestsPerMinute(100_001)),
                ok("one direct message a minute", () -> L.withDirectMessagesPerMinute(1)),
                refused("no direct message a minute", "directMessagesPerMinute", () -> L.withDirectMessagesPerMinute(0)),
                ok("100000 direct messages a minute", () -> L.withDirectMessagesPerMinute(100_000)),
                refused("100001 direct messages a minute", "directMessagesPerMinute", () -> L.withDirectMessagesPerMinute(100_001)),
                ok("never wait for a turn", () -> L.withMaxWait(Duration.ZERO)),
                refused("a negative wait for a turn", "maxWait", () -> L.withMaxWait(NS.negated())),
                ok("a turn within 10 min", () -> L.withMaxWait(Duration.ofMinutes(10))),
                refused("a turn within over 10 min", "maxWait", () -> L.withMaxWait(Duration.ofMinutes(10).plus(NS))),
                refused("a burst of no turn a minute", "perMinute", () -> RateLimitPolicy.burstOf(0)),
                // the bulkhead
                ok("one call at a time", () -> B.withMaxConcurrentCalls(1)),
                refused("no call at a time", "maxConcurrentCalls", () -> B.withMaxConcurrentCalls(0)),
                ok("10000 calls at a time", () -> B.withMaxConcurrentCalls(10_000)),
                refused("10001 calls at a time", "maxConcurrentCalls", () -> B.withMaxConcurrentCalls(10_001)),
                ok("never wait for a slot", () -> B.withMaxWait(Duration.ZERO)),
                refused("a negative wait for a slot", "maxWait", () -> B.withMaxWait(NS.negated())),
                ok("a slot within 10 min", () -> B.withMaxWait(Duration.ofMinutes(10))),
                refused("a slot within over 10 min", "maxWait", () -> B.withMaxWait(Duration.ofMinutes(10).plus(NS))),
                // the circuit breaker
                ok("1 % failures", () -> C.withFailureRatePercent(1)),
                refused("0 % failures", "failureRatePercent", () -> C.withFailureRatePercent(0)),
                ok("100 % failures", () -> C.withFailureRatePercent(100)),
                refused("101 % failures", "failureRatePercent", () -> C.withFailureRatePercent(101)),
                ok("one call before judging", () -> C.withMinimumCalls(1)),
                refused("no call before judging", "minimumCalls", () -> C.withMinimumCalls(0)),
                ok("1000 calls before judging", () -> C.withMinimumCalls(1000)),
                refused("1001 calls before judging", "minimumCalls", () -> C.withMinimumCalls(1001)),
                ok("a window of the minimum", () -> C.withWindowSize(C.minimumCalls())),
                refused("a window under the minimum", "windowSize", () -> C.withWindowSize(C.minimumCalls() - 1)),
                ok("a window of 1000", () -> C.withWindowSize(1000)),
                refused("a window of 1001", "windowSize", () -> C.withWindowSize(1001)),
                ok("open for 1 ms", () -> C.withWaitInOpenState(Duration.ofMillis(1))),
                refused("open under 1 ms", "waitInOpenState", () -> C.withWaitInOpenState(Duration.ofMillis(1).minus(NS))),
                refused("open for no time", "waitInOpenState", () -> C.withWaitInOpenState(Duration.ZERO)),
                ok("open for 10 min", () -> C.withWaitInOpenState(Duration.ofMinutes(10))),
                refused("open for over 10 min", "waitInOpenState", () -> C.withWaitInOpenState(Duration.ofMinutes(10).plus(NS))),
                ok("one trial call", () -> C.withTrialCallsWhenHalfOpen(1)),
                refused("no trial call", "trialCallsWhenHalfOpen", () -> C.withTrialCallsWhenHalfOpen(0)),
                ok("100 trial calls", () -> C.withTrialCallsWhenHalfOpen(100)),
                refused("101 trial calls", "trialCallsWhenHalfOpen", () -> C.withTrialCallsWhenHalfOpen(101)),
                // the caches
                ok("one entry", () -> K.withMaximumSize(1)),
                refused("no entry", "maximumSize", () -> K.withMaximumSize(0)),
                ok("a million entries", () -> K.withMaximumSize(1_000_000)),
                refused("over a million entries", "maximumSize", () -> K.withMaximumSize(1_000_001)),
                ok("entries for 1 ns", () -> K.withRefreshAfterWrite(Duration.ZERO).withExpireAfterWrite(NS)),
                refused("entries for no time", "expireAfterWrite", () -> K.withRefreshAfterWrite(Duration.ZERO).withExpireAfterWrite(Duration.ZERO)),
                ok("entries for a day", () -> K.withExpireAfterWrite(Duration.ofDays(1))),
                refused("entries for over a day", "expireAfterWrite", () -> K.withExpireAfterWrite(Duration.ofDays(1).plus(NS))),
                ok("no refresh", () -> K.withRefreshAfterWrite(Duration.ZERO)),
                refused("a negative refresh", "refreshAfterWrite", () -> K.withRefreshAfterWrite(NS.negated())),
                ok("a refresh just before expiry", () -> K.withRefreshAfterWrite(K.expireAfterWrite().minus(NS))),
                refused("a refresh at expiry", "refreshAfterWrite", () -> K.withRefreshAfterWrite(K.expireAfterWrite())),
                refused("a refresh over a day", "refreshAfterWrite",
                        () -> K.withExpireAfterWrite(Duration.ofDays(1)).withRefreshAfterWrite(Duration.ofDays(1).plus(NS))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void theLastValueIsAcceptedAndTheFirstBeyondIsRefusedNamingItsField(String what, String field, Supplier<?> build) {
        if (field == null) {
            assertNotNull(assertDoesNotThrow(build::get, what), what);
        } else {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, build::get, what);
            assertTrue(refused.getMessage().startsWith(field + ": "), refused::getMessage);
        }
    }

    @Test
    void aBurstIsAThirtiethOfTheLimitAndAtLeastOne() {
        assertEquals(1, RateLimitPolicy.burstOf(1));
        assertEquals(1, RateLimitPolicy.burstOf(59));
        assertEquals(2, RateLimitPolicy.burstOf(60));
        assertEquals(10, RateLimitPolicy.burstOf(300));
    }

    @Test
    void aLongerFirstRetryWaitRaisesTheLongestAndAShorterOneKeepsIt() {
        assertEquals(Duration.ofSeconds(20), R.withInitialBackoff(Duration.ofSeconds(20)).maxBackoff());
        assertEquals(R.maxBackoff(), R.withInitialBackoff(Duration.ofSeconds(1)).maxBackoff());
        assertEquals(Duration.ofSeconds(1), R.withInitialBackoff(Duration.ofSeconds(1)).initialBackoff());
    }

    @Test
    void moreCallsBeforeJudgingWidenTheWindowAndFewerKeepIt() {
        assertEquals(50, C.withMinimumCalls(50).windowSize());
        assertEquals(C.windowSize(), C.withMinimumCalls(1).windowSize());
    }

    @Test
    void disabledPoliciesKeepTheDefaultNumbers() {
        assertEquals(RateLimitPolicy.defaults().requestsPerMinute(), RateLimitPolicy.disabled().requestsPerMinute());
        assertEquals(BulkheadPolicy.defaults().maxConcurrentCalls(), BulkheadPolicy.disabled().maxConcurrentCalls());
        assertEquals(CircuitBreakerPolicy.defaults().windowSize(), CircuitBreakerPolicy.disabled().windowSize());
        assertEquals(CachePolicy.defaults().maximumSize(), CachePolicy.disabled().maximumSize());
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @Test
    void aTokenIsUpTo4096VisibleAsciiCharacters() {
        assertDoesNotThrow(() -> BotToken.of("x".repeat(BotToken.MAX_LENGTH)));
        assertThrows(IllegalArgumentException.class, () -> BotToken.of("x".repeat(BotToken.MAX_LENGTH + 1)));
        assertDoesNotThrow(() -> BotToken.of("!~"), "the first and the last visible ASCII character");
        assertThrows(IllegalArgumentException.class, () -> BotToken.of("a b"), "a space is not visible");
        assertThrows(IllegalArgumentException.class, () -> BotToken.of("a\u007fb"), "DEL is not visible");
        assertThrows(IllegalArgumentException.class, () -> BotToken.of("a\u00e9b"), "nor is anything beyond ASCII");
    }

    @Test
    void aSharedBudgetIsAskedForBetweenOneAnd100000TurnsAMinute() {
        BudgetSpec spec = new BudgetSpec(io.github.heychat4j.domain.UserId.of(1), BudgetKind.REQUESTS, 300, () -> 0L,
                java.time.Clock.systemUTC(), HeychatListener.NONE);

        assertEquals(1, spec.withPerMinute(1).perMinute());
        assertEquals(100_000, spec.withPerMinute(100_000).perMinute());
        assertEquals(BudgetKind.REQUESTS, spec.withPerMinute(9).kind());
        assertThrows(IllegalArgumentException.class, () -> spec.withPerMinute(0));
        assertThrows(IllegalArgumentException.class, () -> spec.withPerMinute(100_001));
    }
}
