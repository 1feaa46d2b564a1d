package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.domain.Operation;
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

    /**
     * Whether any fault was planned since the last {@link #clear()}. Most worlds never plan one, and every
     * call asks three questions here: this one volatile read answers them all without the monitor,
     * which many threads calling at once would otherwise queue on.
     */
    private volatile boolean planned;

    private record Conditional(Predicate<JournalEntry> call, HeychatException failure) {
    }

    /** The next {@code times} calls of {@code op} fail with {@code failure}. */
    public synchronized void failNext(Operation op, int times, HeychatException failure) {
        Checks.notNull("op", op);
        Checks.notNull("failure", failure);
        if (times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, got " + times);
        }
        Deque<HeychatException> queue = failNext.computeIfAbsent(op, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(failure);
        }
        planned = true;
    }

    /** Every call that matches fails with {@code failure}, until cleared. */
    public synchronized void failWhen(Predicate<JournalEntry> call, HeychatException failure) {
        failWhen.add(new Conditional(Checks.notNull("call", call), Checks.notNull("failure", failure)));
        planned = true;
    }

    /** The next call of {@code op} is applied but answers ambiguously. */
    public synchronized void ambiguousNext(Operation op) {
        ambiguous.merge(Checks.notNull("op", op), 1, Integer::sum);
        planned = true;
    }

    /** Every call of {@code op} takes {@code extra} longer, until cleared; zero removes the delay. */
    public synchronized void delay(Operation op, Duration extra) {
        Checks.notNull("op", op);
        if (extra == null || extra.isNegative()) {
            throw new IllegalArgumentException("latency: must be a non-negative duration, got " + extra);
        }
        if (extra.isZero()) {
            latency.remove(op);
        } else {
            latency.put(op, extra);
            planned = true;
        }
    }

    /** Forgets every planned fault. */
    public synchronized void clear() {
        failNext.clear();
        failWhen.clear();
        ambiguous.clear();
        latency.clear();
        planned = false;
    }

    /** The failure planned for this call, if any; a one-shot failure is used up. */
    Optional<HeychatException> takeFailure(JournalEntry call) {
        if (!planned) {
            return Optional.empty();
        }
        synchronized (this) {
            Deque<HeychatException> queue = failNext.get(call.operation());
            if (queue != null && !queue.isEmpty()) {
                return Optional.of(queue.removeFirst());
            }
            return failWhen.stream().filter(c -> c.call().test(call)).map(Conditional::failure).findFirst();
        }
    }

    /** Whether this call of {@code op} answers ambiguously; used up when true. */
    boolean takeAmbiguous(Operation op) {
        if (!planned) {
            return false;
        }
        synchronized (this) {
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
    }

    /** The latency added to calls of {@code op}; zero when none. */
    Duration latency(Operation op) {
        if (!planned) {
            return Duration.ZERO;
        }
        synchronized (this) {
            return latency.getOrDefault(op, Duration.ZERO);
        }
    }
}
