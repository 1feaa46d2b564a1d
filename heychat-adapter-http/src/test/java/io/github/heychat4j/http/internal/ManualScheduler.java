package io.github.heychat4j.http.internal;

import java.time.Duration;
import java.util.PriorityQueue;

/** Timers that run when the test moves time on, on the test's thread. */
final class ManualScheduler implements GatewayScheduler {
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long now;
    private long order;
    boolean shutDown;

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(now + delay.toNanos(), order++, task);
        if (!shutDown) {
            tasks.add(t);
        }
        return () -> t.cancelled = true;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void shutdown() {
        shutDown = true;
        tasks.clear();
    }

    /** Moves time on by {@code step}, running every task that falls due, in order. */
    void advance(Duration step) {
        long target = now + step.toNanos();
        while (!tasks.isEmpty() && tasks.peek().due <= target) {
            Task next = tasks.poll();
            now = next.due;
            if (!next.cancelled) {
                next.task.run();
            }
        }
        now = target;
    }

    /** Tasks waiting that were not called off. */
    long pending() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }

    private static final class Task implements Comparable<Task> {
        final long due;
        final long order;
        final Runnable task;
        boolean cancelled;

        Task(long due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Task other) {
            return due != other.due ? Long.compare(due, other.due) : Long.compare(order, other.order);
        }
    }
}
