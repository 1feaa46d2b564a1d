package io.github.heychat4j.fake;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManualClockTest {

    @Test
    void startsAtTheFirstSecondOf2025InUtc() {
        ManualClock clock = new ManualClock();

        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), clock.instant());
        assertEquals(ZoneOffset.UTC, clock.getZone());
    }

    @Test
    void startsWhereItIsTold() {
        Instant start = Instant.parse("2030-06-01T12:00:00Z");

        assertEquals(start, new ManualClock(start).instant());
    }

    @Test
    void standsStillUntilAdvanced() {
        ManualClock clock = new ManualClock();
        Instant before = clock.instant();

        clock.advance(Duration.ofSeconds(61));

        assertEquals(before.plusSeconds(61), clock.instant());
        assertEquals(before.plusSeconds(61).toEpochMilli(), clock.millis());
    }

    @Test
    void advancingByANegativeDurationIsRefused() {
        ManualClock clock = new ManualClock();

        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals(ManualClock.DEFAULT_START, clock.instant());
    }

    @Test
    void settingMovesTheClockForward() {
        ManualClock clock = new ManualClock();
        Instant later = Instant.parse("2025-03-01T00:00:00Z");

        clock.set(later);

        assertEquals(later, clock.instant());
    }

    @Test
    void settingAnEarlierTimeIsRefused() {
        ManualClock clock = new ManualClock();

        assertThrows(IllegalArgumentException.class, () -> clock.set(Instant.parse("2024-12-31T23:59:59Z")));
        assertEquals(ManualClock.DEFAULT_START, clock.instant());
    }

    @Test
    void aClockInAnotherZoneSharesTheTime() {
        ManualClock clock = new ManualClock();
        ManualClock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

        clock.advance(Duration.ofMinutes(5));

        assertEquals(clock.instant(), shanghai.instant());
        assertEquals(ZoneId.of("Asia/Shanghai"), shanghai.getZone());
    }
}
