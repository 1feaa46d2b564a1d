package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.http.CallCompleted;
import io.github.heychat4j.http.CacheChange;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.SkipReason;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Calls the user's listeners, in the order they were added, and keeps each one's failures away from the others
 * and from the calls they observe.
 */
public final class SafeListener implements HeychatListener {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.http");

    private final List<HeychatListener> delegates;

    private SafeListener(List<HeychatListener> delegates) {
        this.delegates = List.copyOf(delegates);
    }

    /** The listeners as one, each guarded; a list of one guarded listener is returned as it is. */
    public static HeychatListener of(List<HeychatListener> listeners) {
        if (listeners.size() == 1 && listeners.get(0) instanceof SafeListener safe) {
            return safe;
        }
        return new SafeListener(listeners);
    }

    static HeychatListener of(HeychatListener listener) {
        return of(List.of(listener));
    }

    private void guarded(Consumer<HeychatListener> call) {
        for (HeychatListener delegate : delegates) {
            try {
                call.accept(delegate);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a HeychatListener threw; ignored", e);
            }
        }
    }

    @Override
    public void requestSent(Operation operation, int attempt) {
        guarded(l -> l.requestSent(operation, attempt));
    }

    @Override
    public void callCompleted(CallCompleted call) {
        guarded(l -> l.callCompleted(call));
    }

    @Override
    public void bulkheadFull(Operation operation) {
        guarded(l -> l.bulkheadFull(operation));
    }

    @Override
    public void retrying(Operation operation, int nextAttempt, Duration wait, HeychatException cause) {
        guarded(l -> l.retrying(operation, nextAttempt, wait, cause));
    }

    @Override
    public void rateLimited(Operation operation, Duration wait, boolean local) {
        guarded(l -> l.rateLimited(operation, wait, local));
    }

    @Override
    public void circuitStateChanged(String circuit, CircuitState from, CircuitState to) {
        guarded(l -> l.circuitStateChanged(circuit, from, to));
    }

    @Override
    public void cacheHit(String cache) {
        guarded(l -> l.cacheHit(cache));
    }

    @Override
    public void cacheMiss(String cache) {
        guarded(l -> l.cacheMiss(cache));
    }

    @Override
    public void gatewayConnected(boolean reconnected) {
        guarded(l -> l.gatewayConnected(reconnected));
    }

    @Override
    public void gatewayDisconnected(GatewayDisconnect why) {
        guarded(l -> l.gatewayDisconnected(why));
    }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) {
        guarded(l -> l.reconnectScheduled(attempt, delay));
    }

    @Override
    public void frameSkipped(SkipReason reason, String detail) {
        guarded(l -> l.frameSkipped(reason, detail));
    }

    @Override
    public void eventReceived(String type) {
        guarded(l -> l.eventReceived(type));
    }

    @Override
    public void eventDecoded(Class<? extends HeychatEvent> type) {
        guarded(l -> l.eventDecoded(type));
    }

    @Override
    public void handlerFailed(Class<? extends HeychatEvent> type, Throwable error) {
        guarded(l -> l.handlerFailed(type, error));
    }

    @Override
    public void cacheChangeReceived(CacheChange change) {
        guarded(l -> l.cacheChangeReceived(change));
    }

    @Override
    public void coordinationChanged(String part, boolean shared, String detail) {
        guarded(l -> l.coordinationChanged(part, shared, detail));
    }
}
