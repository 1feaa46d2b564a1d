package io.github.heychat4j.redis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.http.RequestBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLogTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long MINUTE_NANOS = MINUTE.toNanos();

    private static int busiest(List<Long> times) {
        int busiest = 0;
        for (int first = 0; first < times.size(); first++) {
            int count = 0;
            for (long t : times) {
                if (t >= times.get(first) && t <= times.get(first) + MINUTE_NANOS) {
                    count++;
                }
            }
            busiest = Math.max(busiest, count);
        }
        return busiest;
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9, 10, 11})
    void grantedTurnsAloneNeverExceedTheShareInAnyMinute(long seed) {
        Random random = new Random(seed);
        int share = 1 + random.nextInt(20);
        ShareLog log = new ShareLog(share, MINUTE);
        List<Long> used = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 300; i++) {
            now = Math.max(now + (long) (random.nextDouble() * 5_000_000_000L), used.isEmpty() ? 0 : used.get(used.size() - 1));
            RequestBudget.Turn turn = log.take(now, Duration.ofSeconds(random.nextInt(120)));
            if (turn.granted()) {
                used.add(now + turn.delay().toNanos());
            }
        }
        assertTrue(busiest(used) <= share, "share " + share + ", busiest minute " + busiest(used));
        assertTrue(used.size() > share, "the log grants turns at all");
    }

    @Test
    void aSpentShareGivesItsNextTurnJustAfterOneMinute() {
        ShareLog log = new ShareLog(3, MINUTE);
        log.spendAll(1_000);

        RequestBudget.Turn refused = log.take(1_000, Duration.ofSeconds(30));
        RequestBudget.Turn granted = log.take(1_000, Duration.ofMinutes(2));

        assertFalse(refused.granted());
        assertEquals(Duration.ofNanos(MINUTE_NANOS + 1), refused.delay());
        assertTrue(granted.granted());
        assertEquals(Duration.ofNanos(MINUTE_NANOS + 1), granted.delay());
    }

    @Test
    void turnsRecordedFromTheSharedBudgetCountAgainstTheShare() {
        ShareLog log = new ShareLog(2, MINUTE);
        log.record(0);
        log.record(10);

        assertEquals(MINUTE_NANOS + 1 - 20, log.nanosUntilTurn(20), "the oldest of the two, plus a minute");
    }

    @Test
    void aShareBelowOneIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ShareLog(0, MINUTE));
        assertEquals("share: must be at least 1, got 0", e.getMessage());
    }
}
