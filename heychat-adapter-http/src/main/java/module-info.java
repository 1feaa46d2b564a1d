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
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.bulkhead;
    requires com.github.benmanes.caffeine;
    // Resilience4j's jars are automatic modules: they read every module but make the JVM resolve none, so
    // the SLF4J API its circuit breaker logs through must be required here, or the breaker fails with
    // NoClassDefFoundError: org/slf4j/LoggerFactory on the module path. Not transitive: bots never see it.
    requires org.slf4j;

    exports io.github.heychat4j.http;
}
