package io.github.heychat4j.http;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event as a line, for assertions. */
final class RecordingListener implements HeychatListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void requestSent(Operation operation, int attempt) {
        events.add("sent " + operation + " #" + attempt);
    }

    @Override
    public void retrying(Operation operation, int nextAttempt, Duration wait, HeychatException cause) {
        events.add("retrying " + operation + " #" + nextAttempt + " after " + cause.getClass().getSimpleName());
    }

    @Override
    public void rateLimited(Operation operation, Duration wait, boolean local) {
        events.add("rate limited " + operation + (local ? " locally" : " by the platform") + " " + wait);
    }

    @Override
    public void circuitStateChanged(String circuit, CircuitState from, CircuitState to) {
        events.add("circuit " + circuit + " " + from + " -> " + to);
    }

    @Override
    public void cacheHit(String cache) {
        events.add("hit " + cache);
    }

    @Override
    public void cacheMiss(String cache) {
        events.add("miss " + cache);
    }

    List<String> starting(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).toList();
    }
}
