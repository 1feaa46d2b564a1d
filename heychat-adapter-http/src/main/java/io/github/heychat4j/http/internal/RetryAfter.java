package io.github.heychat4j.http.internal;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long the platform wants us to wait from a response: {@code Retry-After} (seconds or an HTTP
 * date) or {@code x-ratelimit-reset-after} (seconds, possibly fractional). None of these is confirmed for
 * Heychat (spec §3.4); they are honoured when they appear. Unreadable values are ignored, never fatal.
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    /** The wait the headers ask for, if any. */
    public static Optional<Duration> from(HttpHeaders headers, Clock clock) {
        Optional<Duration> retryAfter = headers.firstValue("retry-after").flatMap(v -> parse(v.trim(), clock));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return headers.firstValue("x-ratelimit-reset-after").flatMap(v -> seconds(v.trim()));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        Optional<Duration> seconds = seconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String value) {
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
            return Optional.empty();
        }
        double s = Double.parseDouble(value);
        return Optional.of(Duration.ofNanos((long) Math.ceil(s * 1_000_000_000d)));
    }
}
