package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.http.CacheChange;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.Endpoint;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.SkipReason;
import io.github.heychat4j.http.HeychatListener;
import java.time.Duration;

/** Calls the user's listener and keeps its failures away from the calls it observes. */
final class SafeListener implements HeychatListener {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.http");

    private final HeychatListener delegate;

    SafeListener(HeychatListener delegate) {
        this.delegate = delegate;
    }

    private void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a HeychatListener threw; ignored", e);
        }
    }

    @Override
    public void requestSent(Endpoint endpoint, int attempt) {
        guarded(() -> delegate.requestSent(endpoint, attempt));
    }

    @Override
    public void retrying(Endpoint endpoint, int nextAttempt, Duration wait, HeychatException cause) {
        guarded(() -> delegate.retrying(endpoint, nextAttempt, wait, cause));
    }

    @Override
    public void rateLimited(Endpoint endpoint, Duration wait, boolean local) {
        guarded(() -> delegate.rateLimited(endpoint, wait, local));
    }

    @Override
    public void circuitStateChanged(String circuit, CircuitState from, CircuitState to) {
        guarded(() -> delegate.circuitStateChanged(circuit, from, to));
    }

    @Override
    public void cacheHit(String cache) {
        guarded(() -> delegate.cacheHit(cache));
    }

    @Override
    public void cacheMiss(String cache) {
        guarded(() -> delegate.cacheMiss(cache));
    }

    @Override
    public void gatewayConnected(boolean reconnected) {
        guarded(() -> delegate.gatewayConnected(reconnected));
    }

    @Override
    public void gatewayDisconnected(GatewayDisconnect why) {
        guarded(() -> delegate.gatewayDisconnected(why));
    }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) {
        guarded(() -> delegate.reconnectScheduled(attempt, delay));
    }

    @Override
    public void frameSkipped(SkipReason reason, String detail) {
        guarded(() -> delegate.frameSkipped(reason, detail));
    }

    @Override
    public void eventReceived(String type) {
        guarded(() -> delegate.eventReceived(type));
    }

    @Override
    public void cacheChangeReceived(CacheChange change) {
        guarded(() -> delegate.cacheChangeReceived(change));
    }

    @Override
    public void coordinationChanged(String part, boolean shared, String detail) {
        guarded(() -> delegate.coordinationChanged(part, shared, detail));
    }
}
