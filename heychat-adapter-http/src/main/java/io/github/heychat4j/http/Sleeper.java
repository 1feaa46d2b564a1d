package io.github.heychat4j.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How the adapter waits between retries and for the local rate limiter. Replace it in tests to record
 * the requested waits instead of sleeping.
 *
 * {@snippet :
 * List<Duration> waits = new CopyOnWriteArrayList<>();
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot).sleeper(waits::add).build();
 * }
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps, with {@link TimeUnit#sleep}. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
