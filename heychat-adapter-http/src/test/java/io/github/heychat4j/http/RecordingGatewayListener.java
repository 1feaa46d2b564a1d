package io.github.heychat4j.http;

import io.github.heychat4j.domain.event.HeychatEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every gateway signal as a line, for assertions; reconnect waits and skip reasons also on their own. Public for
 * the gateway client's tests in {@code http.internal}; signals may come from the adapter's own threads.
 */
public final class RecordingGatewayListener implements HeychatListener {
    public final List<String> lines = new CopyOnWriteArrayList<>();
    public final List<Duration> waits = new CopyOnWriteArrayList<>();
    public final List<SkipReason> skipped = new CopyOnWriteArrayList<>();
    /** The domain types of {@link #eventDecoded}, kept apart from {@link #lines}. */
    public final List<Class<? extends HeychatEvent>> decoded = new CopyOnWriteArrayList<>();
    /** {@link #handlerFailed} as "EventType: ErrorType: message", kept apart from {@link #lines}. */
    public final List<String> handlerFailures = new CopyOnWriteArrayList<>();

    @Override
    public void gatewayConnected(boolean reconnected) {
        lines.add(reconnected ? "connected again" : "connected first");
    }

    @Override
    public void gatewayDisconnected(GatewayDisconnect why) {
        lines.add("disconnected " + why);
    }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) {
        waits.add(delay);
        lines.add("reconnect " + attempt + " in " + delay);
    }

    @Override
    public void frameSkipped(SkipReason reason, String detail) {
        skipped.add(reason);
        lines.add("skipped " + reason + ": " + detail);
    }

    @Override
    public void eventReceived(String type) {
        lines.add("received " + type);
    }

    @Override
    public void eventDecoded(Class<? extends HeychatEvent> type) {
        decoded.add(type);
    }

    @Override
    public void handlerFailed(Class<? extends HeychatEvent> type, Throwable error) {
        handlerFailures.add(type.getSimpleName() + ": " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    /** The lines that start with {@code prefix}, in order. */
    public List<String> starting(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
