package io.github.heychat4j.redis;

import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.http.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Controlled time for callers that run at the same time, on several threads (a discrete-event clock).
 * {@link #run} starts the callers; a caller that waits through {@link #sleeper()} is parked until time reaches
 * its deadline. Time moves only when <em>every</em> caller is parked (or done), and then exactly to the earliest
 * deadline, whose callers go on, together if they share it. So while any caller works (takes a turn from Redis,
 * sends its request, reads the answer) time stands still: what a caller does happens at the instant it woke,
 * and a caller is never late for its deadline, however slow the machine. The world's clock
 * ({@link #clock()}, given to the emulator's world too) and the clients' ticker read the same time, so the
 * emulator's journal carries the time of each request.
 *
 * <p>{@link ControlledTime}, whose sleeper moves time itself, fits callers that take turns on one thread; with
 * concurrent callers a sleeper that moves a shared clock would carry the others' deadlines along with it.
 */
final class SteppedTime {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition moved = lock.newCondition();
    /** The deadline of each parked caller. */
    private final PriorityQueue<Long> deadlines = new PriorityQueue<>();
    private final Set<Thread> callers = new HashSet<>();
    /** Callers neither parked nor done; time moves only at zero. */
    private int running;
    private volatile long nanos;

    /** The world's and the clients' wall clock. */
    ManualClock clock() {
        return clock;
    }

    /** The clients' ticker: nanoseconds since the start. */
    LongSupplier ticker() {
        return () -> nanos;
    }

    /** Nanoseconds since the start. */
    long nanos() {
        return nanos;
    }

    /** Nanoseconds since the start at {@code instant} of {@link #clock()}. */
    long nanosAt(Instant instant) {
        return Duration.between(START, instant).toNanos();
    }

    /** The clients' sleeper: parks the calling caller until time reaches its deadline. */
    Sleeper sleeper() {
        return this::sleep;
    }

    private void sleep(Duration duration) throws InterruptedException {
        lock.lock();
        try {
            if (!callers.contains(Thread.currentThread())) {
                throw new IllegalStateException("only the callers started by run(..) wait on stepped time, not "
                        + Thread.currentThread().getName());
            }
            long deadline = nanos + Math.max(0, duration.toNanos());
            if (deadline == nanos) {
                return;
            }
            deadlines.add(deadline);
            running--;
            moved.signalAll();
            try {
                while (nanos < deadline) {
                    moved.await();
                }
            } catch (InterruptedException e) {
                if (nanos < deadline) {
                    // not woken by the coordinator: take back the deadline and count as running again
                    deadlines.remove(deadline);
                    running++;
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code bodies}, each on a thread of its own, all starting at the current time, and moves time for
     * them until all are done. Fails with the callers' failures, or when the callers neither park nor finish
     * within {@code guard} of real time (a hang, not a time the test relies on).
     */
    void run(List<Runnable> bodies, Duration guard) throws InterruptedException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        lock.lock();
        try {
            for (int i = 0; i < bodies.size(); i++) {
                Runnable body = bodies.get(i);
                Thread thread = new Thread(() -> {
                    try {
                        body.run();
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        finished();
                    }
                }, "stepped-caller-" + i);
                threads.add(thread);
                callers.add(thread);
            }
            running = bodies.size();
        } finally {
            lock.unlock();
        }
        threads.forEach(Thread::start);
        long giveUp = System.nanoTime() + guard.toNanos();
        try {
            coordinate(giveUp);
        } finally {
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000));
            }
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("a caller failed: " + failures.get(0), failures.get(0));
            failures.subList(1, failures.size()).forEach(error::addSuppressed);
            throw error;
        }
    }

    private void coordinate(long giveUp) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                while (running > 0) {
                    long left = giveUp - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError(running + " caller(s) neither waiting nor done at " + Duration.ofNanos(nanos)
                                + " of stepped time");
                    }
                    moved.awaitNanos(left);
                }
                if (deadlines.isEmpty()) {
                    return;
                }
                long next = deadlines.peek();
                clock.set(START.plusNanos(next));
                nanos = next;
                while (!deadlines.isEmpty() && deadlines.peek() <= next) {
                    deadlines.poll();
                    running++;
                }
                moved.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void finished() {
        lock.lock();
        try {
            running--;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
