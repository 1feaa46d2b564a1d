package io.github.heychat4j.redis;

import java.time.Duration;
import java.util.List;

/** Counting requests in sliding minutes, both ends included. */
final class SlidingMinutes {
    static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private SlidingMinutes() {
    }

    /** The most of {@code times} (rising, in nanoseconds) in any minute, both ends included. */
    static int busiest(List<Long> times) {
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) > MINUTE) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }
}
