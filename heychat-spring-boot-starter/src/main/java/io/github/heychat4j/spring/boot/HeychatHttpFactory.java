package io.github.heychat4j.spring.boot;

import io.github.heychat4j.http.BulkheadPolicy;
import io.github.heychat4j.http.CachePolicy;
import io.github.heychat4j.http.CircuitBreakerPolicy;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RetryPolicy;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns {@link HeychatProperties} into a {@link HeychatHttp.Builder}: the one place where a property meets the
 * builder or policy method it sets. An unset property leaves the adapter's default alone. A bad value fails with the
 * adapter's message (which never echoes the token) prefixed by the property it came from.
 */
final class HeychatHttpFactory {
    private HeychatHttpFactory() {
    }

    /** A builder configured from the properties, with the listeners added in order. */
    static HeychatHttp.Builder builder(HeychatProperties p, Iterable<HeychatListener> listeners) {
        HeychatHttp.Builder b = HeychatHttp.builder();
        if (p.token() == null || p.token().isBlank()) {
            throw new IllegalStateException("heychat.token: required, the bot token from the developer console (set "
                    + "heychat.token=${HEYCHAT_TOKEN}), or define a Heychat bean of your own");
        }
        if (p.botId() == null) {
            throw new IllegalStateException("heychat.bot-id: required, the bot's own user id (a positive number), or define"
                    + " a Heychat bean of your own");
        }
        at("heychat.token", () -> b.token(p.token()));
        at("heychat.bot-id", () -> b.bot(p.botId()));
        set("heychat.base-uri", p.baseUri(), b::baseUri);
        set("heychat.upload-uri", p.uploadUri(), b::uploadUri);
        set("heychat.gateway-uri", p.gatewayUri(), b::gatewayUri);
        set("heychat.chat-version", p.chatVersion(), b::chatVersion);
        set("heychat.connect-timeout", p.connectTimeout(), b::connectTimeout);
        set("heychat.request-timeout", p.requestTimeout(), b::requestTimeout);
        set("heychat.upload-timeout", p.uploadTimeout(), b::uploadTimeout);
        b.retry(at("heychat.retry", () -> retry(p.retry())));
        b.circuitBreaker(at("heychat.circuit-breaker", () -> circuitBreaker(p.circuitBreaker())));
        b.rateLimits(at("heychat.rate-limits", () -> rateLimits(p.rateLimits())));
        b.bulkhead(at("heychat.bulkhead", () -> bulkhead(p.bulkhead())));
        b.cache(at("heychat.cache", () -> cache(p.cache())));
        b.gateway(at("heychat.gateway", () -> gateway(p.gateway())));
        for (HeychatListener listener : listeners) {
            b.addListener(listener);
        }
        return b;
    }

    static RetryPolicy retry(HeychatProperties.Retry r) {
        RetryPolicy policy = RetryPolicy.defaults();
        policy = with(policy, r.maxAttempts(), policy::withMaxAttempts);
        policy = with(policy, r.initialBackoff(), policy::withInitialBackoff);
        policy = with(policy, r.multiplier(), policy::withMultiplier);
        policy = with(policy, r.maxBackoff(), policy::withMaxBackoff);
        policy = with(policy, r.jitter(), policy::withJitter);
        return with(policy, r.maxRetryAfter(), policy::withMaxRetryAfter);
    }

    static CircuitBreakerPolicy circuitBreaker(HeychatProperties.CircuitBreaker c) {
        if (Boolean.FALSE.equals(c.enabled())) {
            return CircuitBreakerPolicy.disabled();
        }
        CircuitBreakerPolicy policy = CircuitBreakerPolicy.defaults();
        policy = with(policy, c.failureRatePercent(), policy::withFailureRatePercent);
        policy = with(policy, c.minimumCalls(), policy::withMinimumCalls);
        policy = with(policy, c.windowSize(), policy::withWindowSize);
        policy = with(policy, c.waitInOpenState(), policy::withWaitInOpenState);
        return with(policy, c.trialCallsWhenHalfOpen(), policy::withTrialCallsWhenHalfOpen);
    }

    static RateLimitPolicy rateLimits(HeychatProperties.RateLimits r) {
        if (Boolean.FALSE.equals(r.enabled())) {
            return RateLimitPolicy.disabled();
        }
        RateLimitPolicy policy = RateLimitPolicy.defaults();
        policy = with(policy, r.requestsPerMinute(), policy::withRequestsPerMinute);
        policy = with(policy, r.directMessagesPerMinute(), policy::withDirectMessagesPerMinute);
        return with(policy, r.maxWait(), policy::withMaxWait);
    }

    static BulkheadPolicy bulkhead(HeychatProperties.Bulkhead b) {
        if (Boolean.FALSE.equals(b.enabled())) {
            return BulkheadPolicy.disabled();
        }
        BulkheadPolicy policy = BulkheadPolicy.defaults();
        policy = with(policy, b.maxConcurrentCalls(), policy::withMaxConcurrentCalls);
        return with(policy, b.maxWait(), policy::withMaxWait);
    }

    static CachePolicy cache(HeychatProperties.Cache c) {
        if (Boolean.FALSE.equals(c.enabled())) {
            return CachePolicy.disabled();
        }
        CachePolicy policy = CachePolicy.defaults();
        policy = with(policy, c.maximumSize(), policy::withMaximumSize);
        policy = with(policy, c.expireAfterWrite(), policy::withExpireAfterWrite);
        return with(policy, c.refreshAfterWrite(), policy::withRefreshAfterWrite);
    }

    static GatewayPolicy gateway(HeychatProperties.Gateway g) {
        GatewayPolicy policy = GatewayPolicy.defaults();
        policy = with(policy, g.heartbeatInterval(), policy::withHeartbeatInterval);
        policy = with(policy, g.pongTimeout(), policy::withPongTimeout);
        if (g.minBackoff() != null || g.maxBackoff() != null) {
            policy = policy.withBackoff(g.minBackoff() != null ? g.minBackoff() : policy.minBackoff(),
                    g.maxBackoff() != null ? g.maxBackoff() : policy.maxBackoff());
        }
        policy = with(policy, g.jitter(), policy::withJitter);
        policy = with(policy, g.stableAfter(), policy::withStableAfter);
        policy = with(policy, g.maxFrameBytes(), policy::withMaxFrameBytes);
        if (g.maxQueuedPerChannel() != null || g.maxQueued() != null) {
            policy = policy.withQueueBounds(g.maxQueuedPerChannel() != null ? g.maxQueuedPerChannel() : policy.maxQueuedPerChannel(),
                    g.maxQueued() != null ? g.maxQueued() : policy.maxQueued());
        }
        policy = with(policy, g.recentMessageIds(), policy::withRecentMessageIds);
        policy = with(policy, g.closesBeforeAuthenticationFailure(), policy::withClosesBeforeAuthenticationFailure);
        return with(policy, g.deliverOwnMessages(), policy::withDeliverOwnMessages);
    }

    private static <P, V> P with(P policy, V value, Function<V, P> setter) {
        return value == null ? policy : setter.apply(value);
    }

    private static <V> void set(String property, V value, Consumer<V> setter) {
        if (value != null) {
            at(property, () -> setter.accept(value));
        }
    }

    private static void at(String property, Runnable step) {
        at(property, () -> {
            step.run();
            return null;
        });
    }

    private static <T> T at(String property, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }
}
