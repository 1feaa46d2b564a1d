package io.github.heychat4j.examples.demo;

import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.HeychatEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What the demo's bot heard from the gateway, for the demo to wait on: the gateway delivers on its own
 * threads, so the script waits (bounded, no sleeping) for the event that shows the bots are done.
 *
 * <p>Subscribe it after the bots: handlers of one event run in the order they subscribed, so when an event
 * reaches it, every bot has finished handling that event.
 */
final class Heard {
    private final BlockingQueue<HeychatEvent> arrived = new LinkedBlockingQueue<>();
    private final List<HeychatEvent> unclaimed = new ArrayList<>();
    private int taken;
    private final Duration patience;

    Heard(EventGateway events, Duration patience) {
        this.patience = patience;
        events.onEvery(arrived::add);
    }

    /**
     * Waits for the first event of this type that matches and that no earlier call returned. Events of
     * different channels arrive in no fixed order (a kick's {@code MemberLeft} may come before the message
     * that caused it), so events passed over stay available to later calls.
     *
     * @throws IllegalStateException when it did not come within the patience given
     */
    <E extends HeychatEvent> E await(Class<E> type, Predicate<? super E> matching, String what) {
        for (HeychatEvent earlier : unclaimed) {
            if (type.isInstance(earlier) && matching.test(type.cast(earlier))) {
                unclaimed.remove(earlier);
                return type.cast(earlier);
            }
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (true) {
                HeychatEvent next = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new IllegalStateException("the bot did not hear " + what + " within " + patience.toSeconds()
                            + " s; it heard " + taken + " events, these not waited for: " + unclaimed);
                }
                taken++;
                if (type.isInstance(next) && matching.test(type.cast(next))) {
                    return type.cast(next);
                }
                unclaimed.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    /** How many events the bot has heard so far, waited past or not. */
    int count() {
        return taken + arrived.size();
    }
}
