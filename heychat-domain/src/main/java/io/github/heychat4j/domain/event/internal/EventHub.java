package io.github.heychat4j.domain.event.internal;

import io.github.heychat4j.domain.internal.Checks;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one implementation of the {@link EventGateway} rules that do not depend on where events come
 * from: subscriptions by type, handlers run in subscription order, a throwing handler reported and
 * isolated, and the bot's own actions filtered. The fake publishes into it on the acting thread; the HTTP
 * adapter from its dispatch threads (one channel at a time). Thread-safe.
 */
public final class EventHub implements EventGateway {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.events");

    private final UserId self;
    private volatile boolean deliverOwnActions;
    private final List<Handler<?>> handlers = new CopyOnWriteArrayList<>();
    private final List<Reporter> reporters = new CopyOnWriteArrayList<>();
    private final List<Consumer<HandlerFailure>> observers = new CopyOnWriteArrayList<>();

    /**
     * @param self              the bot
     * @param deliverOwnActions whether the bot's own messages, reactions, commands and clicks are delivered
     */
    public EventHub(UserId self, boolean deliverOwnActions) {
        this.self = Checks.notNull("self", self);
        this.deliverOwnActions = deliverOwnActions;
    }

    @Override
    public <E extends HeychatEvent> Subscription on(Class<E> type, EventHandler<? super E> handler) {
        Checks.notNull("type", type);
        Checks.notNull("handler", handler);
        Handler<E> h = new Handler<>(type, handler);
        handlers.add(h);
        return h;
    }

    @Override
    public Subscription onHandlerFailure(Consumer<HandlerFailure> reporter) {
        Reporter r = new Reporter(Checks.notNull("reporter", reporter));
        reporters.add(r);
        return r;
    }

    /**
     * Adds an adapter's observer of handler failures (for metrics): it sees every failure, before the reporters,
     * and is not a reporter, so a failure nobody subscribed to with {@link #onHandlerFailure} is still logged.
     * What it throws is logged and ignored.
     */
    public void observeFailures(Consumer<HandlerFailure> observer) {
        observers.add(Checks.notNull("observer", observer));
    }

    /**
     * Changes whether the bot's own messages, reactions, commands and clicks are delivered, from the next
     * event on (the fake offers this as a switch on a running bot).
     */
    public void deliverOwnActions(boolean deliver) {
        this.deliverOwnActions = deliver;
    }

    /** Whether the event is one the bot should hear: not its own action (unless configured so). */
    public boolean accepts(HeychatEvent event) {
        return deliverOwnActions || !isOwnAction(event);
    }

    private boolean isOwnAction(HeychatEvent event) {
        boolean action = event instanceof MessagePosted || event instanceof CommandInvoked || event instanceof ReactionAdded
                || event instanceof ReactionRemoved || event instanceof ButtonClicked;
        return action && event.actor().map(self::equals).orElse(false);
    }

    /** Whether any active handler would receive the event. */
    public boolean hasHandlerFor(HeychatEvent event) {
        for (Handler<?> h : handlers) {
            if (h.type.isInstance(event)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Delivers the event to every handler of its type, in subscription order, unless {@link #accepts}
     * says no. Never throws because of a handler.
     *
     * @return how many handlers ran
     */
    public int publish(HeychatEvent event) {
        Checks.notNull("event", event);
        if (!accepts(event)) {
            return 0;
        }
        int ran = 0;
        for (Handler<?> h : handlers) {
            if (h.deliver(event)) {
                ran++;
            }
        }
        return ran;
    }

    private void report(HeychatEvent event, Throwable error) {
        HandlerFailure failure = new HandlerFailure(event, error);
        for (Consumer<HandlerFailure> observer : observers) {
            try {
                observer.accept(failure);
            } catch (RuntimeException | Error observerFailed) {
                rethrowFatal(observerFailed);
                LOG.log(System.Logger.Level.WARNING, "handler failure observer failed", observerFailed);
            }
        }
        if (reporters.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "event handler failed on " + event.getClass().getSimpleName(), error);
            return;
        }
        for (Reporter r : reporters) {
            try {
                r.reporter.accept(failure);
            } catch (RuntimeException | Error reporterFailed) {
                rethrowFatal(reporterFailed);
                LOG.log(System.Logger.Level.WARNING, "handler failure reporter failed", reporterFailed);
            }
        }
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    @Override
    public String toString() {
        return "EventHub[" + handlers.size() + " handlers]";
    }

    private final class Handler<E extends HeychatEvent> implements Subscription {
        final Class<E> type;
        final EventHandler<? super E> handler;
        final AtomicBoolean active = new AtomicBoolean(true);

        Handler(Class<E> type, EventHandler<? super E> handler) {
            this.type = type;
            this.handler = handler;
        }

        boolean deliver(HeychatEvent event) {
            if (!active.get() || !type.isInstance(event)) {
                return false;
            }
            try {
                handler.handle(type.cast(event));
            } catch (Exception | Error failed) {
                rethrowFatal(failed);
                report(event, failed);
            }
            return true;
        }

        @Override
        public void cancel() {
            if (active.compareAndSet(true, false)) {
                handlers.remove(this);
            }
        }

        @Override
        public boolean isActive() {
            return active.get();
        }

        @Override
        public String toString() {
            return "Subscription[" + type.getSimpleName() + (active.get() ? "" : ", cancelled") + "]";
        }
    }

    private final class Reporter implements Subscription {
        final Consumer<HandlerFailure> reporter;
        final AtomicBoolean active = new AtomicBoolean(true);

        Reporter(Consumer<HandlerFailure> reporter) {
            this.reporter = reporter;
        }

        @Override
        public void cancel() {
            if (active.compareAndSet(true, false)) {
                reporters.remove(this);
            }
        }

        @Override
        public boolean isActive() {
            return active.get();
        }
    }
}
