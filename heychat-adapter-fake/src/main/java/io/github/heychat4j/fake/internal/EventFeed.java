package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What the fake platform pushes to each bot's gateway. Changes to the world queue their events while
 * the world's lock is held ({@link #queue}); the thread that made the change delivers them after it
 * lets the lock go ({@link #takeQueued} then {@link #deliver}), so handlers run on the acting thread, see
 * the change done, and may call the world again without deadlock.
 */
final class EventFeed {
    private final ConcurrentHashMap<UserId, List<Observer>> observers = new ConcurrentHashMap<>();
    /** Guarded by the world's lock. */
    private List<Delivery> queued = new ArrayList<>();

    record Delivery(HeychatEvent event, List<Observer> to) {
    }

    /** Observes what the platform would push to {@code bot}'s gateway, unfiltered. */
    Subscription observe(UserId bot, Consumer<HeychatEvent> sink) {
        Observer o = new Observer(bot, sink);
        observers.computeIfAbsent(bot, b -> new CopyOnWriteArrayList<>()).add(o);
        return o;
    }

    /** Whether any bot is listening; lets the world skip building events nobody hears. */
    boolean anyoneListening() {
        return observers.values().stream().anyMatch(l -> !l.isEmpty());
    }

    /** Queues the event for those of {@code bots} that observe; call holding the world's lock. */
    void queue(HeychatEvent event, Collection<UserId> bots) {
        List<Observer> to = new ArrayList<>();
        for (UserId bot : bots) {
            List<Observer> os = observers.get(bot);
            if (os != null) {
                to.addAll(os);
            }
        }
        if (!to.isEmpty()) {
            queued.add(new Delivery(event, List.copyOf(to)));
        }
    }

    /** The events queued so far, removed from the queue; call holding the world's lock. */
    List<Delivery> takeQueued() {
        if (queued.isEmpty()) {
            return List.of();
        }
        List<Delivery> taken = queued;
        queued = new ArrayList<>();
        return taken;
    }

    /** Delivers, in order; call without holding the world's lock. */
    static void deliver(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            for (Observer o : d.to) {
                if (o.active.get()) {
                    o.sink.accept(d.event);
                }
            }
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
