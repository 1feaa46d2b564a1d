package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.fake.Operation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The faults planned for the coming calls. Thread-safe: each planned one-shot fault is taken by exactly one call. */
public final class FaultPlan {
    private final Map<Operation, Deque<HeychatException>> failNext = new EnumMap<>(Operation.class);
    private final List<Conditional> failWhen = new ArrayList<>();
    private final Map<Operation, Integer> ambiguous = new EnumMap<>(Operation.class);
    private final Map<Operation, Duration> latency = new EnumMap<>(Operation.class);

    private record Conditional(Predicate<JournalEntry> call, HeychatException failure) {
    }

    /** The next {@code times} calls of {@code op} fail with {@code failure}. */
    public synchronized void failNext(Operation op, int times, HeychatException failure) {
        Inputs.notNull("op", op);
        Inputs.notNull("failure", failure);
        if (times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, got " + times);
        }
        Deque<HeychatException> queue = failNext.computeIfAbsent(op, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(failure);
        }
    }

    /** Every call that matches fails with {@code failure}, until cleared. */
    public synchronized void failWhen(Predicate<JournalEntry> call, HeychatException failure) {
        failWhen.add(new Conditional(Inputs.notNull("call", call), Inputs.notNull("failure", failure)));
    }

    /** The next call of {@code op} is applied but answers ambiguously. */
    public synchronized void ambiguousNext(Operation op) {
        ambiguous.merge(Inputs.notNull("op", op), 1, Integer::sum);
    }

    /** Every call of {@code op} takes {@code extra} longer, until cleared; zero removes the delay. */
    public synchronized void delay(Operation op, Duration extra) {
        Inputs.notNull("op", op);
        if (extra == null || extra.isNegative()) {
            throw new IllegalArgumentException("latency: must be a non-negative duration, got " + extra);
        }
        if (extra.isZero()) {
            latency.remove(op);
        } else {
            latency.put(op, extra);
        }
    }

    /** Forgets every planned fault. */
    public synchronized void clear() {
        failNext.clear();
        failWhen.clear();
        ambiguous.clear();
        latency.clear();
    }

    /** The failure planned for this call, if any; a one-shot failure is used up. */
    synchronized Optional<HeychatException> takeFailure(JournalEntry call) {
        Deque<HeychatException> queue = failNext.get(call.operation());
        if (queue != null && !queue.isEmpty()) {
            return Optional.of(queue.removeFirst());
        }
        return failWhen.stream().filter(c -> c.call().test(call)).map(Conditional::failure).findFirst();
    }

    /** Whether this call of {@code op} answers ambiguously; used up when true. */
    synchronized boolean takeAmbiguous(Operation op) {
        Integer left = ambiguous.get(op);
        if (left == null) {
            return false;
        }
        if (left == 1) {
            ambiguous.remove(op);
        } else {
            ambiguous.put(op, left - 1);
        }
        return true;
    }

    /** The latency added to calls of {@code op}; zero when none. */
    synchronized Duration latency(Operation op) {
        return latency.getOrDefault(op, Duration.ZERO);
    }
}
