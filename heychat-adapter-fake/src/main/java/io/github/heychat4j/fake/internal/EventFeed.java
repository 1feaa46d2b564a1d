package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the fake platform pushes to each bot's gateway. Changes to the world queue their events while
 * the world's lock is held ({@link #queue}); when the outermost locked section ends, still under the
 * lock, they join one world-wide delivery line in the order the changes happened ({@link #release}); after
 * the lock is let go, the acting thread delivers the line ({@link #deliver}).
 *
 * <p>One thread delivers at a time, so every observer hears the events in the world's order, as the
 * platform's per-channel order requires. An action taken inside a handler (a bot answering) joins the
 * line behind the event being delivered instead of jumping ahead of it, and no lock is held while a
 * handler runs, so handlers may call the world freely. With one acting thread (a test) everything is
 * delivered before the action returns; when another thread is already delivering, it delivers this
 * thread's events too, and the action may return first.
 */
final class EventFeed {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.fake.events");

    private final ConcurrentHashMap<UserId, List<Observer>> observers = new ConcurrentHashMap<>();
    /** Guarded by the world's lock: the events of the locked section in progress. */
    private List<Delivery> queued = new ArrayList<>();
    private final Queue<Delivery> line = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    record Delivery(HeychatEvent event, List<Observer> to) {
    }

    /** Observes what the platform would push to {@code bot}'s gateway, unfiltered. */
    Subscription observe(UserId bot, Consumer<HeychatEvent> sink) {
        Observer o = new Observer(bot, sink);
        observers.computeIfAbsent(bot, b -> new CopyOnWriteArrayList<>()).add(o);
        return o;
    }

    /**
     * Queues the event for those of {@code bots} that observe; call holding the world's lock. The event is
     * built only when someone will hear it.
     */
    void queue(Supplier<? extends HeychatEvent> event, Collection<UserId> bots) {
        List<Observer> to = new ArrayList<>();
        for (UserId bot : bots) {
            List<Observer> os = observers.get(bot);
            if (os != null) {
                to.addAll(os);
            }
        }
        if (!to.isEmpty()) {
            queued.add(new Delivery(event.get(), List.copyOf(to)));
        }
    }

    /** Puts the events of the finished locked section in the delivery line; call holding the world's lock. */
    void release() {
        if (queued.isEmpty()) {
            return;
        }
        line.addAll(queued);
        queued = new ArrayList<>();
    }

    /**
     * Delivers the line, unless a thread (this one further up its stack, inside a handler, or another)
     * is already delivering it; call without holding the world's lock.
     */
    void deliver() {
        while (!line.isEmpty() && delivering.compareAndSet(false, true)) {
            try {
                for (Delivery d = line.poll(); d != null; d = line.poll()) {
                    for (Observer o : d.to) {
                        o.accept(d.event);
                    }
                }
            } finally {
                delivering.set(false);
            }
            // a thread that queued after the last poll but before the flag was cleared left its events to us
        }
    }

    private final class Observer implements Subscription {
        final UserId bot;
        final Consumer<HeychatEvent> sink;
        final AtomicBoolean active = new AtomicBoolean(true);

        Observer(UserId bot, Consumer<HeychatEvent> sink) {
            this.bot = bot;
            this.sink = sink;
        }

        void accept(HeychatEvent event) {
            if (!active.get()) {
                return;
            }
            try {
                sink.accept(event);
            } catch (RuntimeException sinkFailed) {
                // one broken observer must not deafen the others; bots' own handlers never get here (EventHub isolates them)
                LOG.log(System.Logger.Level.WARNING, "an observer of bot " + bot + " failed on " + event, sinkFailed);
            }
        }

        @Override
        public void cancel() {
            if (active.compareAndSet(true, false)) {
                observers.computeIfPresent(bot, (b, l) -> {
                    l.remove(this);
                    return l;
                });
            }
        }

        @Override
        public boolean isActive() {
            return active.get();
        }
    }
}
