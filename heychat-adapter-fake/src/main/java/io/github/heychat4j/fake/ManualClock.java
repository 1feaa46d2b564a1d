package io.github.heychat4j.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when a test tells it to. Thread-safe. Clocks derived with
 * {@link #withZone} share this clock's time, so advancing one advances all of them.
 *
 * {@snippet :
 * ManualClock clock = new ManualClock();           // 2025-01-01T00:00:00Z
 * clock.advance(Duration.ofSeconds(61));           // past the ack-id window
 * }
 */
public final class ManualClock extends Clock {
    /** Where a clock made with the no-argument constructor starts. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at 2025-01-01T00:00:00Z, in UTC. */
    public ManualClock() {
        this(DEFAULT_START);
    }

    /**
     * A clock at {@code start}, in UTC.
     *
     * @param start the first instant the clock shows
     */
    public ManualClock(Instant start) {
        this(new AtomicReference<>(requireStart(start)), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    private static Instant requireStart(Instant start) {
        if (start == null) {
            throw new IllegalArgumentException("start: must not be null");
        }
        return start;
    }

    /**
     * Moves the clock forward.
     *
     * @param d how far, not negative
     */
    public void advance(Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("d: must be a non-negative duration, got " + d);
        }
        now.updateAndGet(t -> t.plus(d));
    }

    /**
     * Moves the clock to {@code instant}, which must not be earlier than now: time never runs backwards.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("now: must not be null");
        }
        now.updateAndGet(t -> {
            if (instant.isBefore(t)) {
                throw new IllegalArgumentException("now: must not be earlier than the clock's " + t + ", got " + instant);
            }
            return instant;
        });
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock in another zone that shares this clock's time. */
    @Override
    public ManualClock withZone(ZoneId newZone) {
        if (newZone == null) {
            throw new IllegalArgumentException("zone: must not be null");
        }
        return new ManualClock(now, newZone);
    }

    @Override
    public String toString() {
        return "ManualClock[" + instant() + ", " + zone + "]";
    }
}
