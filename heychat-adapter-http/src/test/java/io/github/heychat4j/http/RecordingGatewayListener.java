package io.github.heychat4j.http;

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

    /** The lines that start with {@code prefix}, in order. */
    public List<String> starting(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
