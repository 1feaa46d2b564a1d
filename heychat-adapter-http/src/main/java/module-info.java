/**
 * heychat4j's HTTP adapter: the Heychat bot API over the JDK's HttpClient, with Jackson 3 for JSON,
 * Resilience4j for retries, circuit breaking, rate limiting and bulkheads, and Caffeine for caches. Only
 * {@code io.github.heychat4j.http} is exported; none of those libraries' types appear in it.
 */
module io.github.heychat4j.http {
    requires transitive io.github.heychat4j.domain;
    requires java.net.http;
    requires tools.jackson.databind;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.ratelimiter;
    requires io.github.resilience4j.bulkhead;
    requires com.github.benmanes.caffeine;

    exports io.github.heychat4j.http;
}
