package io.github.heychat4j.redis;

import io.github.heychat4j.http.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One time for every replica of a test: the clients' ticker and wall clock (which the shared buckets use) read
 * it, and their sleeper moves it forward instead of sleeping. Time passes only when a client waits.
 */
final class ControlledTime {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong();

    long nanos() {
        return nanos.get();
    }

    LongSupplier ticker() {
        return nanos::get;
    }

    Sleeper sleeper() {
        return duration -> nanos.addAndGet(duration.toNanos());
    }

    void advance(java.time.Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the controlled clock is UTC");
            }

            @Override
            public Instant instant() {
                return START.plusNanos(nanos.get());
            }
        };
    }
}
