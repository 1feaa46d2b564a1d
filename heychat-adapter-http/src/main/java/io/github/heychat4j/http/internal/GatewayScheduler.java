package io.github.heychat4j.http.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's timers (heartbeat, PONG deadline, reconnect wait) and its clock, behind an interface so that
 * tests move time by hand. The production one is one daemon thread named {@code heychat4j-gateway-N}.
 */
public interface GatewayScheduler {
    /** Runs {@code task} after {@code delay}; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Monotonic nanoseconds, for deadlines. */
    long nanoTime();

    /** Stops the timers; pending tasks do not run. Waits briefly for a running one to finish. */
    void shutdown();

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Calls the task off, if it has not started. */
        void cancel();
    }

    /** One daemon thread, {@code heychat4j-gateway-N}. */
    static GatewayScheduler system() {
        return new SystemScheduler();
    }

    /** The production scheduler. */
    final class SystemScheduler implements GatewayScheduler {
        private static final AtomicInteger THREADS = new AtomicInteger();
        private final ScheduledThreadPoolExecutor executor;
        private volatile Thread worker;

        SystemScheduler() {
            ThreadFactory threads = r -> {
                Thread t = new Thread(r, "heychat4j-gateway-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                worker = t;
                return t;
            };
            this.executor = new ScheduledThreadPoolExecutor(1, threads);
            executor.setRemoveOnCancelPolicy(true);
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            if (executor.isShutdown()) {
                return () -> { };
            }
            try {
                var future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                return () -> { };
            }
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void shutdown() {
            executor.shutdownNow();
            if (Thread.currentThread() == worker) {
                return; // stopping from one of our own timers: the thread ends when the task returns
            }
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
