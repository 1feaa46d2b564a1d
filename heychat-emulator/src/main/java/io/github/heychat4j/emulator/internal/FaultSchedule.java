package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.emulator.WireFault;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wire faults waiting for their requests: per path, a queue of (fault, remaining count). Each
 * request to the path takes one use of the fault at the head of its queue.
 */
public final class FaultSchedule {

    private static final class Pending {
        final WireFault fault;
        int remaining;

        Pending(WireFault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final Map<String, Deque<Pending>> byPath = new HashMap<>();
    /**
     * Whether any fault waits. Every request asks, and almost always none does: this volatile read
     * answers without the monitor, which concurrent requests would otherwise queue on.
     */
    private volatile boolean waiting;

    /** Queues {@code fault} for the next {@code times} requests to {@code path}. */
    public synchronized void add(String path, WireFault fault, int times) {
        byPath.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(new Pending(fault, times));
        waiting = true;
    }

    /** Takes the fault for one request to {@code path}, if any is waiting. */
    public Optional<WireFault> take(String path) {
        if (!waiting) {
            return Optional.empty();
        }
        synchronized (this) {
            Deque<Pending> queue = byPath.get(path);
            if (queue == null || queue.isEmpty()) {
                return Optional.empty();
            }
            Pending head = queue.peekFirst();
            head.remaining--;
            if (head.remaining == 0) {
                queue.removeFirst();
                if (queue.isEmpty()) {
                    byPath.remove(path);
                    waiting = !byPath.isEmpty();
                }
            }
            return Optional.of(head.fault);
        }
    }

    /** A fault waiting for its requests: the path, the fault, and how many requests it still meets. */
    public record Active(String path, WireFault fault, int remaining) {
    }

    /** Every waiting fault, by path (sorted), each path's in the order they will be played. */
    public synchronized List<Active> active() {
        List<Active> all = new ArrayList<>();
        new TreeMap<>(byPath).forEach((path, queue) -> queue.forEach(p -> all.add(new Active(path, p.fault, p.remaining))));
        return List.copyOf(all);
    }

    /** Forgets every waiting fault. */
    public synchronized void clear() {
        byPath.clear();
        waiting = false;
    }
}
