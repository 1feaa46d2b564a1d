package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.BotToken;
import io.github.heychat4j.http.BulkheadPolicy;
import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.CachePolicy;
import io.github.heychat4j.http.CircuitBreakerPolicy;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.http.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Everything a client was built with, validated by the builder.
 *
 * @param token          the bot token
 * @param bot            the bot's own user id
 * @param baseUri        the REST host, without a trailing slash
 * @param uploadUri      the upload host, without a trailing slash
 * @param chatVersion    the {@code chat_version} query parameter
 * @param connectTimeout how long a connection may take
 * @param requestTimeout how long a REST answer may take
 * @param uploadTimeout  how long an upload may take
 * @param retry          retry policy
 * @param circuitBreaker breaker policy
 * @param rateLimits     local rate limits
 * @param requestBudgets where the rate limits' budgets come from
 * @param bulkhead       concurrency limit
 * @param cache          cache policy
 * @param cacheCoherence how the caches hear of other replicas' changes
 * @param listener       observer
 * @param sleeper        how to wait
 * @param ticker         nanosecond time source for caches and de-duplication windows
 * @param clock          wall clock for HTTP dates and ack ids
 * @param cacheExecutor  where caches refresh in the background
 * @param gatewayUri     the gateway endpoint, without a query
 * @param gateway        gateway policy
 * @param eventExecutor  where event handlers run; empty for the adapter's own threads
 * @param eventIntake    where events come from: this client's own gateway link, or one shared by replicas
 * @param exchange       wraps the one HTTP exchange of every attempt (identity, except in the adapter's own tests)
 */
public record Settings(BotToken token, UserId bot, URI baseUri, URI uploadUri, String chatVersion,
                       Duration connectTimeout, Duration requestTimeout, Duration uploadTimeout,
                       RetryPolicy retry, CircuitBreakerPolicy circuitBreaker, RateLimitPolicy rateLimits, RequestBudgets requestBudgets,
                       BulkheadPolicy bulkhead, CachePolicy cache, CacheCoherence cacheCoherence, HeychatListener listener, Sleeper sleeper,
                       LongSupplier ticker, Clock clock, Executor cacheExecutor, URI gatewayUri,
                       GatewayPolicy gateway, Optional<Executor> eventExecutor, EventIntake eventIntake,
                       UnaryOperator<Transport.Exchange> exchange) {

    @Override
    public String toString() {
        // a record's default toString would print every component; the token's own toString is redacted,
        // but keep this short and explicit anyway
        return "Settings[bot=" + bot + ", baseUri=" + baseUri + ", uploadUri=" + uploadUri + ", chatVersion=" + chatVersion
                + ", gatewayUri=" + gatewayUri + "]";
    }
}
