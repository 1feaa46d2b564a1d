package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (k, v) -> true);
    }

    @Test
    void retryAfterInSecondsIsRead() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.from(headers("Retry-After", "7"), CLOCK));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                RetryAfter.from(headers("Retry-After", "Wed, 01 Jan 2025 00:01:30 GMT"), CLOCK));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.from(headers("Retry-After", "Tue, 31 Dec 2024 23:00:00 GMT"), CLOCK));
    }

    @Test
    void rateLimitResetAfterMayBeFractional() {
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.from(headers("x-ratelimit-reset-after", "1.5"), CLOCK));
    }

    @Test
    void unreadableOrMissingValuesAreIgnored() {
        assertEquals(Optional.empty(), RetryAfter.from(headers("Retry-After", "soon"), CLOCK));
        assertEquals(Optional.empty(), RetryAfter.from(headers("Retry-After", "-3"), CLOCK));
        assertEquals(Optional.empty(), RetryAfter.from(HttpHeaders.of(Map.of(), (k, v) -> true), CLOCK));
    }
}
