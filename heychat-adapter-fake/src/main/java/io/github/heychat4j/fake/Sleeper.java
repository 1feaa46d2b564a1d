package io.github.heychat4j.fake;

import java.time.Duration;

/**
 * How the fake waits when {@link Faults#delay} adds latency. The default sleeps the calling thread;
 * tests that check latency handling without waiting plug in their own.
 *
 * {@snippet :
 * List<Duration> waited = new CopyOnWriteArrayList<>();
 * FakeWorld world = FakeWorld.builder().sleeper(waited::add).bot(BOT, "bot").build();
 * }
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long, positive
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread with {@link Thread#sleep(long, int)}. */
    static Sleeper threadSleep() {
        return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
}
