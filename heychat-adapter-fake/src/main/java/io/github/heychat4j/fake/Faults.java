package io.github.heychat4j.fake;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.fake.internal.FaultPlan;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Fault injection for a {@link FakeWorld}: make calls fail, answer ambiguously or take longer. A
 * failed call changes nothing; an ambiguous one is applied, but the caller gets an
 * {@link io.github.heychat4j.domain.AmbiguousOutcomeException}. Every faulted call is journaled.
 *
 * {@snippet :
 * world.faults().failNext(Operation.MESSAGES_SEND, new UnavailableException("503"));
 * world.faults().ambiguousNext(Operation.VOICE_TOGGLE_MICROPHONE);
 * world.faults().failWhen(call -> call.arguments().contains(ALICE), new NotFoundException(NotFoundException.What.USER, "用户不存在"));
 * world.faults().delay(Operation.ROOMS_DETAILS, Duration.ofMillis(200));
 * }
 */
public final class Faults {
    private final FaultPlan plan;

    Faults(FaultPlan plan) {
        this.plan = plan;
    }

    /** The next call of {@code op} (by any bot) throws {@code failure}; nothing is applied. */
    public void failNext(Operation op, HeychatException failure) {
        plan.failNext(op, 1, failure);
    }

    /** The next {@code times} calls of {@code op} throw {@code failure}; nothing is applied. */
    public void failNext(Operation op, int times, HeychatException failure) {
        plan.failNext(op, times, failure);
    }

    /**
     * Every call matching {@code call} throws {@code failure} until {@link #clear()}; nothing is applied.
     * The predicate sees the call's time, bot, operation and arguments; result and failure are empty.
     */
    public void failWhen(Predicate<JournalEntry> call, HeychatException failure) {
        plan.failWhen(call, failure);
    }

    /**
     * The next call of {@code op} reaches the platform, but its answer is lost: the caller gets an
     * {@link io.github.heychat4j.domain.AmbiguousOutcomeException}. A call the platform applies stays
     * applied; one it refuses stays refused (the refusal is the exception's cause).
     */
    public void ambiguousNext(Operation op) {
        plan.ambiguousNext(op);
    }

    /**
     * Every call of {@code op} takes {@code latency} longer, waiting through the world's {@link Sleeper}
     * (never by moving the clock), until {@link #clear()}. Zero removes the delay.
     */
    public void delay(Operation op, Duration latency) {
        plan.delay(op, latency);
    }

    /** Forgets every planned fault and delay. */
    public void clear() {
        plan.clear();
    }
}
