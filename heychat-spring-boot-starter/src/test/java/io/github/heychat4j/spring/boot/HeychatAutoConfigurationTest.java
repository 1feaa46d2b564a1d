package io.github.heychat4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Heychat bean from properties: each property, the required ones, bad values, and backing off. */
class HeychatAutoConfigurationTest {
    static final String TOKEN = "starter-secret-token-7f3a";

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeychatAutoConfiguration.class))
            .withPropertyValues("heychat.token=" + TOKEN, "heychat.bot-id=2398561");

    @Test
    void aTokenAndABotIdMakeAnHttpClientThatIsClosedWithTheContext() {
        HeychatHttp[] kept = new HeychatHttp[1];
        runner.run(context -> {
            assertNull(context.getStartupFailure());
            HeychatHttp http = context.getBean(HeychatHttp.class);
            assertEquals(UserId.of(2398561), http.self());
            assertEquals(http, context.getBean(Heychat.class));
            assertFalse(http.toString().contains(TOKEN));
            kept[0] = http;
        });
        IllegalStateException closed = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> kept[0].rooms().joinedRooms(io.github.heychat4j.domain.room.RoomGateway.JOINED_ROOMS.first(1)));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    static Stream<Arguments> properties() {
        return Stream.of(
                property("heychat.retry.max-attempts=4", p -> HeychatHttpFactory.retry(p.retry()).maxAttempts(), 4),
                property("heychat.retry.initial-backoff=250ms", p -> HeychatHttpFactory.retry(p.retry()).initialBackoff(),
                        Duration.ofMillis(250)),
                property("heychat.retry.multiplier=3", p -> HeychatHttpFactory.retry(p.retry()).multiplier(), 3.0),
                property("heychat.retry.max-backoff=20s", p -> HeychatHttpFactory.retry(p.retry()).maxBackoff(), Duration.ofSeconds(20)),
                property("heychat.retry.jitter=0.1", p -> HeychatHttpFactory.retry(p.retry()).jitter(), 0.1),
                property("heychat.retry.max-retry-after=2m", p -> HeychatHttpFactory.retry(p.retry()).maxRetryAfter(),
                        Duration.ofMinutes(2)),
                property("heychat.circuit-breaker.enabled=false", p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).enabled(),
                        false),
                property("heychat.circuit-breaker.failure-rate-percent=70",
                        p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).failureRatePercent(), 70),
                property("heychat.circuit-breaker.minimum-calls=8", p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).minimumCalls(), 8),
                property("heychat.circuit-breaker.window-size=50", p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).windowSize(), 50),
                property("heychat.circuit-breaker.wait-in-open-state=1m",
                        p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).waitInOpenState(), Duration.ofMinutes(1)),
                property("heychat.circuit-breaker.trial-calls-when-half-open=3",
                        p -> HeychatHttpFactory.circuitBreaker(p.circuitBreaker()).trialCallsWhenHalfOpen(), 3),
                property("heychat.rate-limits.enabled=false", p -> HeychatHttpFactory.rateLimits(p.rateLimits()).enabled(), false),
                property("heychat.rate-limits.requests-per-minute=200",
                        p -> HeychatHttpFactory.rateLimits(p.rateLimits()).requestsPerMinute(), 200),
                property("heychat.rate-limits.direct-messages-per-minute=5",
                        p -> HeychatHttpFactory.rateLimits(p.rateLimits()).directMessagesPerMinute(), 5),
                property("heychat.rate-limits.max-wait=3s", p -> HeychatHttpFactory.rateLimits(p.rateLimits()).maxWait(), Duration.ofSeconds(3)),
                property("heychat.bulkhead.enabled=false", p -> HeychatHttpFactory.bulkhead(p.bulkhead()).enabled(), false),
                property("heychat.bulkhead.max-concurrent-calls=7", p -> HeychatHttpFactory.bulkhead(p.bulkhead()).maxConcurrentCalls(), 7),
                property("heychat.bulkhead.max-wait=100ms", p -> HeychatHttpFactory.bulkhead(p.bulkhead()).maxWait(), Duration.ofMillis(100)),
                property("heychat.cache.enabled=false", p -> HeychatHttpFactory.cache(p.cache()).enabled(), false),
                property("heychat.cache.maximum-size=500", p -> HeychatHttpFactory.cache(p.cache()).maximumSize(), 500L),
                property("heychat.cache.expire-after-write=10m", p -> HeychatHttpFactory.cache(p.cache()).expireAfterWrite(),
                        Duration.ofMinutes(10)),
                property("heychat.cache.refresh-after-write=0s", p -> HeychatHttpFactory.cache(p.cache()).refreshAfterWrite(), Duration.ZERO),
                property("heychat.gateway.heartbeat-interval=20s", p -> HeychatHttpFactory.gateway(p.gateway()).heartbeatInterval(),
                        Duration.ofSeconds(20)),
                property("heychat.gateway.pong-timeout=15s", p -> HeychatHttpFactory.gateway(p.gateway()).pongTimeout(), Duration.ofSeconds(15)),
                property("heychat.gateway.min-backoff=2s", p -> HeychatHttpFactory.gateway(p.gateway()).minBackoff(), Duration.ofSeconds(2)),
                property("heychat.gateway.max-backoff=2m", p -> HeychatHttpFactory.gateway(p.gateway()).maxBackoff(), Duration.ofMinutes(2)),
                property("heychat.gateway.jitter=0", p -> HeychatHttpFactory.gateway(p.gateway()).jitter(), 0.0),
                property("heychat.gateway.stable-after=2m", p -> HeychatHttpFactory.gateway(p.gateway()).stableAfter(), Duration.ofMinutes(2)),
                property("heychat.gateway.max-frame-bytes=65536", p -> HeychatHttpFactory.gateway(p.gateway()).maxFrameBytes(), 65536),
                property("heychat.gateway.max-queued-per-channel=100",
                        p -> HeychatHttpFactory.gateway(p.gateway()).maxQueuedPerChannel(), 100),
                property("heychat.gateway.max-queued=5000", p -> HeychatHttpFactory.gateway(p.gateway()).maxQueued(), 5000),
                property("heychat.gateway.recent-message-ids=20000", p -> HeychatHttpFactory.gateway(p.gateway()).recentMessageIds(), 20000),
                property("heychat.gateway.closes-before-authentication-failure=5",
                        p -> HeychatHttpFactory.gateway(p.gateway()).closesBeforeAuthenticationFailure(), 5),
                property("heychat.gateway.deliver-own-messages=true",
                        p -> HeychatHttpFactory.gateway(p.gateway()).deliverOwnMessages(), true),
                property("heychat.gateway.auto-start=false", p -> p.gateway().autoStart(), false),
                property("heychat.gateway.start-timeout=5s", p -> p.gateway().startTimeout(), Duration.ofSeconds(5)),
                property("heychat.base-uri=http://127.0.0.1:1", p -> p.baseUri().toString(), "http://127.0.0.1:1"),
                property("heychat.upload-uri=http://127.0.0.1:2", p -> p.uploadUri().toString(), "http://127.0.0.1:2"),
                property("heychat.gateway-uri=ws://127.0.0.1:3/ws", p -> p.gatewayUri().toString(), "ws://127.0.0.1:3/ws"),
                property("heychat.chat-version=1.31.0", HeychatProperties::chatVersion, "1.31.0"),
                property("heychat.connect-timeout=2s", HeychatProperties::connectTimeout, Duration.ofSeconds(2)),
                property("heychat.request-timeout=3s", HeychatProperties::requestTimeout, Duration.ofSeconds(3)),
                property("heychat.upload-timeout=4s", HeychatProperties::uploadTimeout, Duration.ofSeconds(4)));
    }

    static Arguments property(String assignment, Function<HeychatProperties, Object> read, Object expected) {
        return Arguments.of(assignment, read, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("properties")
    void eachPropertyReachesThePolicyItNamesAndTheClientBuilds(String assignment, Function<HeychatProperties, Object> read,
                                                               Object expected) {
        runner.withPropertyValues(assignment).run(context -> {
            assertNull(context.getStartupFailure());
            assertEquals(expected, read.apply(context.getBean(HeychatProperties.class)));
            assertNotNull(context.getBean(HeychatHttp.class));
        });
    }

    @Test
    void unsetPropertiesKeepTheAdaptersDefaults() {
        runner.run(context -> {
            HeychatProperties p = context.getBean(HeychatProperties.class);
            assertEquals(io.github.heychat4j.http.RetryPolicy.defaults(), HeychatHttpFactory.retry(p.retry()));
            assertEquals(io.github.heychat4j.http.CircuitBreakerPolicy.defaults(), HeychatHttpFactory.circuitBreaker(p.circuitBreaker()));
            assertEquals(io.github.heychat4j.http.RateLimitPolicy.defaults(), HeychatHttpFactory.rateLimits(p.rateLimits()));
            assertEquals(io.github.heychat4j.http.BulkheadPolicy.defaults(), HeychatHttpFactory.bulkhead(p.bulkhead()));
            assertEquals(io.github.heychat4j.http.CachePolicy.defaults(), HeychatHttpFactory.cache(p.cache()));
            assertEquals(io.github.heychat4j.http.GatewayPolicy.defaults(), HeychatHttpFactory.gateway(p.gateway()));
        });
    }

    @Test
    void aMissingTokenFailsNamingTheProperty() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HeychatAutoConfiguration.class))
                .withPropertyValues("heychat.bot-id=2398561")
                .run(context -> assertTrue(rootMessage(context.getStartupFailure()).startsWith("heychat.token: required"),
                        rootMessage(context.getStartupFailure())));
    }

    @Test
    void aMissingBotIdFailsNamingTheProperty() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HeychatAutoConfiguration.class))
                .withPropertyValues("heychat.token=" + TOKEN)
                .run(context -> assertTrue(rootMessage(context.getStartupFailure()).startsWith("heychat.bot-id: required"),
                        rootMessage(context.getStartupFailure())));
    }

    @Test
    void aBadValueFailsNamingThePropertyAndTheRuleWithoutTheToken() {
        runner.withPropertyValues("heychat.retry.max-attempts=50").run(context -> {
            String message = allMessages(context.getStartupFailure());
            assertTrue(message.contains("heychat.retry: maxAttempts: must be between 1 and 10"), message);
            assertFalse(allMessages(context.getStartupFailure()).contains(TOKEN));
        });
        runner.withPropertyValues("heychat.base-uri=http://example.com").run(context -> {
            String message = allMessages(context.getStartupFailure());
            assertTrue(message.contains("heychat.base-uri: baseUri: plain http only for loopback"), message);
        });
    }

    @Test
    void aTokenWithASpaceIsRefusedWithoutEchoingIt() {
        runner.withPropertyValues("heychat.token=has space " + TOKEN).run(context -> {
            String messages = allMessages(context.getStartupFailure());
            assertTrue(messages.contains("heychat.token: token: must consist of visible ASCII characters only"), messages);
            assertFalse(messages.contains(TOKEN), messages);
        });
    }

    @Test
    void theApplicationsOwnHeychatBeanWins() {
        TestWorld world = TestWorld.standard().build();
        runner.withBean(Heychat.class, world::bot).run(context -> {
            assertInstanceOf(FakeHeychat.class, context.getBean(Heychat.class));
            assertEquals(List.of(), List.of(context.getBeanNamesForType(HeychatHttp.class)));
        });
    }

    @Test
    void heychatEnabledFalseMakesNoClient() {
        runner.withPropertyValues("heychat.enabled=false")
                .run(context -> assertEquals(0, context.getBeanNamesForType(Heychat.class).length));
    }

    @Test
    void thePropertiesNeverPrintTheToken() {
        runner.run(context -> {
            String shown = context.getBean(HeychatProperties.class).toString();
            assertFalse(shown.contains(TOKEN), shown);
            assertTrue(shown.contains("token=****"), shown);
        });
    }

    static String rootMessage(Throwable failure) {
        assertNotNull(failure, "the context should have failed");
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static String allMessages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    static void assertNull(Object value) {
        org.junit.jupiter.api.Assertions.assertNull(value, () -> "unexpected: " + value);
    }
}
