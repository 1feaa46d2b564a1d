package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The local rate limit holds in every sliding window of its period and spreads a busy caller (issue 11,
 * fault 7), measured on a controlled clock: the ticker is a number the test moves.
 */
class SlidingBudgetTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final Duration FOREVER = Duration.ofHours(1);

    /** The most turns in any window [t, t + length], both ends included. */
    static int maxInAnyWindow(List<Long> times, long length) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) > length) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    @Test
    void theFixedCycleBurstOfTheIssueIsSpreadOverTheWindow() {
        // 300 callers at 59 s and 300 more at 60 s: a fixed cycle let 592 through in one sliding minute
        SlidingBudget budget = new SlidingBudget(300, Duration.ofMinutes(1));
        List<Long> sent = new ArrayList<>();
        for (long at : new long[] {59 * SECOND, 60 * SECOND}) {
            for (int i = 0; i < 300; i++) {
                SlidingBudget.Turn turn = budget.take(at, FOREVER);
                sent.add(at + turn.delay().toNanos());
            }
        }

        int busiestMinute = maxInAnyWindow(sent, MINUTE);
        assertTrue(busiestMinute <= 300 && busiestMinute >= 290, "busiest minute " + busiestMinute);
        assertEquals(SlidingBudget.burstFor(300), maxInAnyWindow(sent, 0), "at most the burst leaves at one instant");
        assertTrue(maxInAnyWindow(sent, SECOND) <= 15, "spread: about 5 a second after a burst of 10");
    }

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 40).mapToObj(seed -> Arguments.of(seed, new int[] {1, 2, 9, 30, 60, 300, 1000}[(int) (seed % 7)]));
    }

    @ParameterizedTest(name = "seed {0}, limit {1}")
    @MethodSource("seeds")
    void noSlidingWindowOfOnePeriodEverHoldsMoreThanTheLimit(long seed, int limit) {
        Random random = new Random(seed);
        SlidingBudget budget = new SlidingBudget(limit, Duration.ofMinutes(1));
        List<Long> sent = new ArrayList<>();
        long now = random.nextLong() / 4; // a ticker may start anywhere, negative too
        for (int i = 0; i < 3 * limit + 50; i++) {
            // bursts, pauses and everything between
            now += switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000L;
                case 2 -> random.nextInt(30) * SECOND;
                default -> random.nextInt(90) * SECOND;
            };
            Duration maxWait = random.nextBoolean() ? FOREVER : Duration.ofMillis(random.nextInt(5000));
            SlidingBudget.Turn turn = budget.take(now, maxWait);
            if (turn.granted()) {
                sent.add(now + turn.delay().toNanos());
                assertTrue(turn.delay().compareTo(maxWait) <= 0);
            } else {
                assertTrue(turn.delay().compareTo(maxWait) > 0, "refused only when the turn is further than allowed");
            }
            sent.sort(null);
        }

        assertTrue(maxInAnyWindow(sent, MINUTE) <= limit, "max " + maxInAnyWindow(sent, MINUTE) + " > " + limit);
    }

    @Test
    void aBusyCallerGetsTheLongRunRateOfLimitLessBurst() {
        SlidingBudget budget = new SlidingBudget(300, Duration.ofMinutes(1));
        long now = 0;
        int granted = 0;
        while (now < 10 * MINUTE) {
            SlidingBudget.Turn turn = budget.take(now, FOREVER);
            now += turn.delay().toNanos();
            granted++;
        }

        // 10 at once, then 290 a minute
        assertTrue(granted >= 10 + 2900 - 1 && granted <= 10 + 2900 + 1, "granted " + granted);
    }

    @Test
    void aRefusedTurnTakesNothing() {
        SlidingBudget budget = new SlidingBudget(1, Duration.ofMinutes(1));
        assertTrue(budget.take(0, Duration.ZERO).granted());

        for (int i = 0; i < 5; i++) {
            assertFalse(budget.take(SECOND, Duration.ZERO).granted());
        }

        assertTrue(budget.take(MINUTE + 1, Duration.ZERO).granted());
    }

    @Test
    void aTurnDueExactlyAtTheLongestWaitIsGrantedAndOneDueLaterIsNot() {
        SlidingBudget budget = new SlidingBudget(1, Duration.ofMinutes(1));
        assertTrue(budget.take(0, Duration.ZERO).granted());
        Duration due = Duration.ofMinutes(1).plusNanos(1); // one turn a period: the next comes strictly after it

        assertFalse(budget.take(0, due.minusNanos(1)).granted());
        SlidingBudget.Turn turn = budget.take(0, due);

        assertTrue(turn.granted());
        assertEquals(due, turn.delay());
    }
}
