package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.HeychatEvent;
import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a handler of the events suite heard, to wait for without sleeping: the fake delivers before the
 * action returns, the HTTP adapter a little later from its dispatch threads. To show that something was
 * NOT delivered, a test acts, then makes a marker action in the same channel that is delivered, and
 * checks that the marker is the next thing heard (events of one channel keep their order).
 */
final class HeardQueue implements EventHandler<HeychatEvent> {
    /** Generous, for a loaded machine; with the fake the event is already there. */
    static final long TIMEOUT_SECONDS = 5;

    private final BlockingQueue<HeychatEvent> queue = new LinkedBlockingQueue<>();
    private final List<HeychatEvent> taken = new ArrayList<>();

    @Override
    public void handle(HeychatEvent event) {
        queue.add(event);
    }

    /** The next event heard, waiting for it up to {@value #TIMEOUT_SECONDS} s. */
    HeychatEvent next() {
        HeychatEvent event;
        try {
            event = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while waiting for an event", e);
        }
        if (event == null) {
            throw new AssertionFailedError("no event within " + TIMEOUT_SECONDS + " s; heard before: " + taken);
        }
        taken.add(event);
        return event;
    }

    /** The next event heard, which must be of this type. */
    <E extends HeychatEvent> E next(Class<E> type) {
        HeychatEvent event = next();
        if (!type.isInstance(event)) {
            throw new AssertionFailedError("expected a " + type.getSimpleName() + " next, but heard " + event + "; heard before: "
                    + taken.subList(0, taken.size() - 1));
        }
        return type.cast(event);
    }

    /** Nothing heard that was not taken yet (to check after a later handler of the same event has run). */
    List<HeychatEvent> rest() {
        List<HeychatEvent> rest = new ArrayList<>();
        queue.drainTo(rest);
        return rest;
    }
}
