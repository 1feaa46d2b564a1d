package io.github.heychat4j.http.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of event handlers: a virtual thread per lane run on Java 21+, else a small pool of
 * daemon platform threads (as many as processors, at least 2; idle ones end after 30 s). Threads are named
 * {@code heychat4j-events-N}. The queue of this pool needs no bound: {@link EventDispatch} submits at most one
 * task per lane and bounds the lanes.
 */
final class DispatchThreads {
    static final String PREFIX = "heychat4j-events-";
    private static final AtomicInteger THREADS = new AtomicInteger();

    private DispatchThreads() {
    }

    /** The executor for this JVM. */
    static ExecutorService create() {
        if (Runtime.version().feature() >= 21) {
            ExecutorService virtual = virtualThreads();
            if (virtual != null) {
                return virtual;
            }
        }
        int size = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, PREFIX + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    // Thread.ofVirtual().name(PREFIX, 1).factory() and Executors.newThreadPerTaskExecutor(factory), which the
    // Java 17 baseline cannot name; looked up by method handle so that the same jar runs on both.
    private static ExecutorService virtualThreads() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle start = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
            MethodHandle name = lookup.findVirtual(ofVirtual, "name", MethodType.methodType(ofVirtual, String.class, long.class));
            MethodHandle factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
            MethodHandle perTask = lookup.findStatic(Executors.class, "newThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class, ThreadFactory.class));
            Object named = name.invoke(start.invoke(), PREFIX, 1L);
            return (ExecutorService) perTask.invoke((ThreadFactory) factory.invoke(named));
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable unavailable) {
            return null;
        }
    }

    /** Stops the executor; waits up to 5 s for running handlers unless called from one of them. */
    static void shutdown(ExecutorService executor) {
        executor.shutdown();
        if (Thread.currentThread().getName().startsWith(PREFIX)) {
            return;
        }
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
