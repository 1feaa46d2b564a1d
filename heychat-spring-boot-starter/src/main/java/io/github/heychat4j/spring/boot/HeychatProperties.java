package io.github.heychat4j.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code heychat.*} properties the starter builds its {@code HeychatHttp} from. Only the token and the bot id
 * are required. Every other property left unset keeps the HTTP adapter's own default (documented on its builder
 * and policies), so a default lives in one place: an unset property is {@code null} here, never a copy of the
 * adapter's value.
 *
 * <pre>
 * heychat.token=${HEYCHAT_TOKEN}
 * heychat.bot-id=2398561
 * heychat.retry.max-attempts=4
 * heychat.rate-limits.requests-per-minute=200
 * </pre>
 *
 * The token is never shown: {@link #toString()} masks it, and the actuator's {@code env} and {@code configprops}
 * endpoints mask {@code heychat.token} (and {@code HEYCHAT_TOKEN}) even when they are told to show values.
 *
 * @param enabled        whether the starter makes a {@code Heychat} bean at all (default true)
 * @param token          the bot token from the developer console; a secret
 * @param botId          the bot's own user id
 * @param baseUri        the REST host (default the platform's)
 * @param uploadUri      the upload host (default derived from the base URI)
 * @param gatewayUri     the gateway's WebSocket endpoint (default derived from the base URI)
 * @param chatVersion    the {@code chat_version} query parameter
 * @param connectTimeout how long connecting may take
 * @param requestTimeout how long a REST answer may take once sent
 * @param uploadTimeout  how long an upload may take
 * @param retry          retries by operation class
 * @param circuitBreaker the circuit breaker
 * @param rateLimits     the local rate limits
 * @param bulkhead       the concurrency limit
 * @param cache          the caches of read-mostly data
 * @param gateway        the event gateway and when it starts
 */
@ConfigurationProperties("heychat")
public record HeychatProperties(@DefaultValue("true") boolean enabled, String token, Long botId, URI baseUri,
                                URI uploadUri, URI gatewayUri, String chatVersion, Duration connectTimeout,
                                Duration requestTimeout, Duration uploadTimeout, @DefaultValue Retry retry,
                                @DefaultValue CircuitBreaker circuitBreaker, @DefaultValue RateLimits rateLimits,
                                @DefaultValue Bulkhead bulkhead, @DefaultValue Cache cache,
                                @DefaultValue Gateway gateway) {

    /** Never shows the token, only whether one is set. */
    @Override
    public String toString() {
        return "HeychatProperties[enabled=" + enabled + ", token=" + (token == null ? "(not set)" : "****") + ", botId="
                + botId + ", baseUri=" + baseUri + "]";
    }

    /**
     * {@code heychat.retry.*}: see {@code RetryPolicy}.
     *
     * @param maxAttempts    attempts per call including the first, 1 to 10
     * @param initialBackoff the wait before the second attempt
     * @param multiplier     growth per attempt
     * @param maxBackoff     the longest backoff
     * @param jitter         randomisation factor 0.0 to 1.0
     * @param maxRetryAfter  the longest platform Retry-After that is waited for
     */
    public record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier, Duration maxBackoff,
                        Double jitter, Duration maxRetryAfter) {
    }

    /**
     * {@code heychat.circuit-breaker.*}: see {@code CircuitBreakerPolicy}.
     *
     * @param enabled                whether there is a breaker
     * @param failureRatePercent     the failure rate that opens it
     * @param minimumCalls           calls seen before it may open
     * @param windowSize             the calls it remembers
     * @param waitInOpenState        how long it stays open
     * @param trialCallsWhenHalfOpen the trial calls when half open
     */
    public record CircuitBreaker(Boolean enabled, Integer failureRatePercent, Integer minimumCalls, Integer windowSize,
                                 Duration waitInOpenState, Integer trialCallsWhenHalfOpen) {
    }

    /**
     * {@code heychat.rate-limits.*}: see {@code RateLimitPolicy}.
     *
     * @param enabled                 whether the local limits apply
     * @param requestsPerMinute       requests in any sliding minute
     * @param directMessagesPerMinute direct messages in any sliding minute
     * @param maxWait                 the longest wait for a turn before a call is refused
     */
    public record RateLimits(Boolean enabled, Integer requestsPerMinute, Integer directMessagesPerMinute, Duration maxWait) {
    }

    /**
     * {@code heychat.bulkhead.*}: see {@code BulkheadPolicy}.
     *
     * @param enabled            whether concurrency is limited
     * @param maxConcurrentCalls requests in flight at most
     * @param maxWait            how long a call waits for a slot
     */
    public record Bulkhead(Boolean enabled, Integer maxConcurrentCalls, Duration maxWait) {
    }

    /**
     * {@code heychat.cache.*}: see {@code CachePolicy}.
     *
     * @param enabled           whether read-mostly data is cached
     * @param maximumSize       entries per cache
     * @param expireAfterWrite  how long an entry lives
     * @param refreshAfterWrite when an entry is refreshed in the background (zero: never)
     */
    public record Cache(Boolean enabled, Long maximumSize, Duration expireAfterWrite, Duration refreshAfterWrite) {
    }

    /**
     * {@code heychat.gateway.*}: when the event gateway starts, and {@code GatewayPolicy}.
     *
     * @param autoStart                        whether the gateway connects when the context has started and some
     *                                         handler (an {@code EventHandler} bean, a {@code @HeychatEventHandler}
     *                                         method, a command) listens (default true)
     * @param startTimeout                     how long the context's start waits for the first link (default 30 s);
     *                                         the start fails after that
     * @param heartbeatInterval                how often a PING goes out
     * @param pongTimeout                      how long a silent link lives after a PING
     * @param minBackoff                       the first reconnect wait
     * @param maxBackoff                       the longest reconnect wait
     * @param jitter                           randomisation of the waits, 0.0 to 1.0
     * @param stableAfter                      how long a link must stay up for the backoff to reset
     * @param maxFrameBytes                    the largest frame read
     * @param maxQueued                        queued events in all before reading pauses
     * @param maxQueuedPerChannel              queued events per channel before reading pauses
     * @param recentMessageIds                 message ids remembered for de-duplication
     * @param closesBeforeAuthenticationFailure links closed before their first frame, in a row, that mean a
     *                                         refused token
     * @param deliverOwnMessages               whether the bot hears its own actions
     */
    public record Gateway(@DefaultValue("true") boolean autoStart, @DefaultValue("30s") Duration startTimeout,
                          Duration heartbeatInterval, Duration pongTimeout, Duration minBackoff, Duration maxBackoff,
                          Double jitter, Duration stableAfter, Integer maxFrameBytes, Integer maxQueuedPerChannel,
                          Integer maxQueued, Integer recentMessageIds, Integer closesBeforeAuthenticationFailure,
                          Boolean deliverOwnMessages) {
    }
}
