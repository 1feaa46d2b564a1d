package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own threads never keep a bot's JVM alive (daemons), are named for thread dumps, go away when idle,
 * and stop cleanly, also when told to from one of them.
 */
class ThreadsTest {
    @Test
    void handlersRunOnNamedDaemonThreadsThatGoAwayWhenIdle() throws Exception {
        ExecutorService executor = DispatchThreads.create();
        try {
            Thread thread = CompletableFuture.supplyAsync(Thread::currentThread, executor).get(10, TimeUnit.SECONDS);

            assertTrue(thread.getName().startsWith(DispatchThreads.PREFIX), thread.getName());
            assertTrue(thread.isDaemon());
            if (executor instanceof ThreadPoolExecutor pool) { // before JDK 21: a pool, not virtual threads
                assertTrue(pool.allowsCoreThreadTimeOut());
            }
        } finally {
            DispatchThreads.shutdown(executor);
        }
    }

    @Test
    void stoppingWaitsForTheHandlerThatIsRunning() throws Exception {
        ExecutorService executor = DispatchThreads.create();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> handler = CompletableFuture.runAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, executor);

        go.countDown();
        DispatchThreads.shutdown(executor);

        assertTrue(handler.isDone(), "the handler finished before stop returned");
        assertTrue(executor.isTerminated());
    }

    @Test
    void aHandlerMayStopItsOwnExecutorWithoutWaitingForItselfOrBeingInterrupted() throws Exception {
        ExecutorService executor = DispatchThreads.create();
        CompletableFuture<Boolean> interrupted = CompletableFuture.supplyAsync(() -> {
            DispatchThreads.shutdown(executor);
            return Thread.currentThread().isInterrupted();
        }, executor);

        assertFalse(interrupted.get(10, TimeUnit.SECONDS));
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void timersRunOnANamedDaemonThread() throws Exception {
        GatewayScheduler scheduler = GatewayScheduler.system();
        try {
            CompletableFuture<Thread> ran = new CompletableFuture<>();
            scheduler.schedule(Duration.ZERO, () -> ran.complete(Thread.currentThread()));

            Thread thread = ran.get(10, TimeUnit.SECONDS);
            assertTrue(thread.getName().startsWith("heychat4j-gateway-"), thread.getName());
            assertTrue(thread.isDaemon());
        } finally {
            scheduler.shutdown();
        }
    }

    @Test
    void aTimerAskedForAfterShutdownCanStillBeCalledOff() {
        GatewayScheduler scheduler = GatewayScheduler.system();
        scheduler.shutdown();

        assertDoesNotThrow(() -> scheduler.schedule(Duration.ofSeconds(1), () -> { }).cancel(),
                "a gateway closing while a timer is being set must not fail");
    }
}
