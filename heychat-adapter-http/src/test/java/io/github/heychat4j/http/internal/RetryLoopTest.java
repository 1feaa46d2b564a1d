package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry loop of {@link CallState#run}, driven by a scripted pipeline: each try's outcome is given in
 * advance, the pauses are recorded instead of slept, and time is a counter the test moves.
 */
class RetryLoopTest {
    private static final RetryPolicy NO_JITTER = RetryPolicy.defaults().withJitter(0.0);
    private static final Reply OK = new Reply(WireNode.of(Json.object(), "test", "result"), false);

    private final AtomicLong now = new AtomicLong();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /** A pipeline whose tries fail with the given kinds, in order, and then succeed. */
    private final class Script implements CallState.Attempts {
        final Deque<AttemptFailure.Kind> failures;
        final List<String> pauses = new ArrayList<>();
        boolean breakerOpen;
        boolean interruptPause;
        Duration tickPerPause = Duration.ZERO;

        Script(AttemptFailure.Kind... kinds) {
            this.failures = new ArrayDeque<>(List.of(kinds));
        }

        @Override
        public Reply attempt(CallState call) {
            AttemptFailure.Kind kind = failures.poll();
            if (kind == null) {
                call.beginAttempt();
                return OK;
            }
            if (!kind.isLocal() && kind != AttemptFailure.Kind.NOT_SENT) {
                call.beginAttempt();
            }
            HeychatException error = kind == AttemptFailure.Kind.REFUSED ? new RejectedException(RejectedException.Reason.OTHER,
                    "refused " + kind) : new UnavailableException("failed " + kind);
            throw call.failure(kind, error, Optional.empty());
        }

        @Override
        public boolean breakerOpen(CallState call) {
            return breakerOpen;
        }

        @Override
        public void pause(CallState call, int nextTry, Duration wait, AttemptFailure after) throws InterruptedException {
            pauses.add("try " + nextTry + " after " + wait.toMillis() + " ms (" + after.kind() + ")");
            now.addAndGet(tickPerPause.toNanos());
            if (interruptPause) {
                throw new InterruptedException();
            }
        }
    }

    private CallState call(Operation operation) {
        Optional<DeduplicationKey> key = operation.isDeduplicated() ? Optional.of(DeduplicationKey.ackId(
                new io.github.heychat4j.domain.message.AckId("ack-1"))) : Optional.empty();
        return new CallState(Endpoint.of(operation), now.get(), key);
    }

    @Test
    void aReadIsTriedUpToMaxAttemptsWithDoublingBackoffAndThenGetsTheLastErrorAsItIs() {
        Script script = new Script(AttemptFailure.Kind.SERVER_ERROR, AttemptFailure.Kind.SERVER_ERROR, AttemptFailure.Kind.LOST);
        CallState call = call(Operation.ROOMS_JOINED);

        HeychatException e = assertThrows(HeychatException.class, () -> call.run(script, NO_JITTER, now::get));

        assertInstanceOf(UnavailableException.class, e);
        assertEquals("failed LOST", e.getMessage());
        assertEquals(List.of("try 2 after 500 ms (SERVER_ERROR)", "try 3 after 1000 ms (SERVER_ERROR)"), script.pauses);
        assertEquals(3, call.attempts());
    }

    @Test
    void aTryThatSucceedsEndsTheLoop() {
        Script script = new Script(AttemptFailure.Kind.TIMED_OUT);
        CallState call = call(Operation.ROOMS_JOINED);

        assertSame(OK, call.run(script, NO_JITTER, now::get));

        assertEquals(List.of("try 2 after 500 ms (TIMED_OUT)"), script.pauses);
        assertEquals(2, call.attempts());
    }

    @Test
    void triesRefusedLocallyCountAgainstMaxAttemptsAlthoughNothingWasSent() {
        Script script = new Script(AttemptFailure.Kind.BULKHEAD_FULL, AttemptFailure.Kind.BULKHEAD_FULL, AttemptFailure.Kind.BULKHEAD_FULL);
        CallState call = call(Operation.VOICE_TOGGLE_MICROPHONE);

        HeychatException e = assertThrows(HeychatException.class, () -> call.run(script, NO_JITTER, now::get));

        assertInstanceOf(UnavailableException.class, e, "nothing was sent, so nothing is ambiguous");
        assertEquals(2, script.pauses.size());
        assertEquals(0, call.attempts());
    }

    @Test
    void aToggleIsNotRepeatedAfterAnUnknownOutcomeAndIsReportedAmbiguous() {
        for (AttemptFailure.Kind kind : List.of(AttemptFailure.Kind.LOST, AttemptFailure.Kind.TIMED_OUT,
                AttemptFailure.Kind.SERVER_ERROR, AttemptFailure.Kind.UNREADABLE)) {
            Script script = new Script(kind);
            CallState call = call(Operation.VOICE_TOGGLE_MICROPHONE);

            AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class, () -> call.run(script, NO_JITTER, now::get));

            assertEquals(List.of(), script.pauses, kind.toString());
            assertEquals("failed " + kind, e.getCause().getMessage());
            assertTrue(e.getMessage().contains("not safe to repeat"), e.getMessage());
        }
    }

    @Test
    void aToggleThatNeverConnectedIsSentAgain() {
        Script script = new Script(AttemptFailure.Kind.NOT_SENT);

        assertSame(OK, call(Operation.VOICE_TOGGLE_MICROPHONE).run(script, NO_JITTER, now::get));

        assertEquals(List.of("try 2 after 500 ms (NOT_SENT)"), script.pauses);
    }

    @Test
    void aRefusalAfterALostAttemptOfAWriteIsAmbiguousWithTheRefusalAsCause() {
        Script script = new Script(AttemptFailure.Kind.LOST, AttemptFailure.Kind.REFUSED);
        CallState call = call(Operation.ROOMS_KICK);

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class, () -> call.run(script, NO_JITTER, now::get));

        assertInstanceOf(RejectedException.class, e.getCause());
        assertTrue(e.getMessage().contains("after 2 attempt(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("repeating it is safe"), e.getMessage());
    }

    @Test
    void aRefusalOfAReadIsNotRetried() {
        Script script = new Script(AttemptFailure.Kind.REFUSED);

        assertInstanceOf(RejectedException.class, assertThrows(HeychatException.class,
                () -> call(Operation.ROOMS_JOINED).run(script, NO_JITTER, now::get)));
        assertEquals(List.of(), script.pauses);
    }

    @Test
    void anOpenBreakerEndsTheLoopAtOnce() {
        Script script = new Script(AttemptFailure.Kind.SERVER_ERROR);
        script.breakerOpen = true;

        assertThrows(UnavailableException.class, () -> call(Operation.ROOMS_JOINED).run(script, NO_JITTER, now::get));
        assertEquals(List.of(), script.pauses);
    }

    @Test
    void anInterruptedPauseEndsTheLoopWithTheLastErrorAndKeepsTheInterrupt() {
        Script script = new Script(AttemptFailure.Kind.LOST);
        script.interruptPause = true;

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> call(Operation.ROOMS_KICK).run(script, NO_JITTER, now::get));

        assertEquals(1, script.pauses.size());
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals("failed LOST", e.getCause().getMessage());
    }

    @Test
    void anInterruptedThreadMakesNoFurtherTry() {
        Script script = new Script(AttemptFailure.Kind.SERVER_ERROR);
        Thread.currentThread().interrupt();

        assertThrows(UnavailableException.class, () -> call(Operation.ROOMS_JOINED).run(script, NO_JITTER, now::get));
        assertEquals(List.of(), script.pauses);
    }

    @Test
    void aDeduplicatedWriteIsNotResentOnceThePlatformMayHaveForgottenItsKey() {
        // the window is 60 s and retries stop 10 s before it closes: a resend may go out up to 50 s after the first try.
        // Try 2 goes out at 0.5 s; after it the clock is at 49 s (+ 1 ms), and try 3 would go out at 50 s (+ 1 ms)
        assertEquals(List.of("try 2 after 500 ms (LOST)", "try 3 after 1000 ms (LOST)"), deduplicatedPauses(Duration.ofSeconds(49)));
        assertEquals(List.of("try 2 after 500 ms (LOST)"), deduplicatedPauses(Duration.ofSeconds(49).plusMillis(1)));
    }

    private List<String> deduplicatedPauses(Duration tickPerPause) {
        Script script = new Script(AttemptFailure.Kind.LOST, AttemptFailure.Kind.LOST, AttemptFailure.Kind.LOST);
        script.tickPerPause = tickPerPause;
        now.set(0);
        CallState call = call(Operation.MESSAGES_SEND);

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class, () -> call.run(script, NO_JITTER, now::get));

        assertTrue(e.getMessage().contains("heychat_ack_id \"ack-1\""), e.getMessage());
        return script.pauses;
    }

    @Test
    void jitterSpreadsABackoffWithinItsFactorAndTheCapHolds() {
        RetryPolicy half = RetryPolicy.defaults().withInitialBackoff(Duration.ofSeconds(1)).withMaxBackoff(Duration.ofSeconds(10))
                .withJitter(0.5);
        for (int i = 0; i < 500; i++) {
            Duration first = CallState.backoff(half, 1);
            assertTrue(first.compareTo(Duration.ofMillis(500)) >= 0 && first.compareTo(Duration.ofMillis(1500)) <= 0, first.toString());
            Duration third = CallState.backoff(half, 3);
            assertTrue(third.compareTo(Duration.ofSeconds(2)) >= 0 && third.compareTo(Duration.ofSeconds(6)) <= 0, third.toString());
            Duration capped = CallState.backoff(half, 9);
            assertTrue(capped.compareTo(Duration.ofSeconds(5)) >= 0 && capped.compareTo(Duration.ofSeconds(10)) <= 0, capped.toString());
        }
        assertEquals(Duration.ofSeconds(4), CallState.backoff(half.withJitter(0.0), 3));
    }
}
