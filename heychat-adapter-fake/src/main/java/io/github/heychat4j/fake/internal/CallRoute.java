package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.fake.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way every port call goes: wait out any added latency, apply an injected failure (nothing
 * applied), else run the call's rules and change under the world's lock, turn the answer ambiguous when
 * planned, and journal how it ended.
 */
public final class CallRoute {
    private final WorldState world;
    private final JournalLog journal;
    private final FaultPlan faults;
    private final Sleeper sleeper;

    /**
     * @param world   the state calls act on
     * @param journal where calls are recorded
     * @param faults  the planned faults
     * @param sleeper how latency is waited out
     */
    public CallRoute(WorldState world, JournalLog journal, FaultPlan faults, Sleeper sleeper) {
        this.world = world;
        this.journal = journal;
        this.faults = faults;
        this.sleeper = sleeper;
    }

    /** A call with a result. */
    public <T> T call(UserId bot, Operation op, List<?> args, Function<WorldState, T> body) {
        JournalEntry call = new JournalEntry(world.clock().instant(), bot, op, List.<Object>copyOf(args), Optional.empty(), Optional.empty());
        waitOut(call, faults.latency(op));
        Optional<HeychatException> injected = faults.takeFailure(call);
        if (injected.isPresent()) {
            throw failed(call, injected.get());
        }
        boolean ambiguous = faults.takeAmbiguous(op);
        T result;
        try {
            // A read leaves the world's cached snapshots in place; anything else may change the world.
            result = op.isRead() ? world.reading(() -> body.apply(world)) : world.locked(() -> body.apply(world));
        } catch (HeychatException refused) {
            if (ambiguous) {
                throw failed(call, new AmbiguousOutcomeException(op.methodName() + ": the answer was lost (fault injected)", refused));
            }
            throw failed(call, refused);
        }
        if (ambiguous) {
            throw failed(call, new AmbiguousOutcomeException(op.methodName() + ": applied, but the answer was lost (fault injected)"));
        }
        journal.append(call.returning(result));
        return result;
    }

    /** A call without a result. */
    public void run(UserId bot, Operation op, List<?> args, Consumer<WorldState> body) {
        call(bot, op, args, w -> {
            body.accept(w);
            return null;
        });
    }

    private void waitOut(JournalEntry call, Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            sleeper.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(call, new UnavailableException(call.operation().methodName() + ": interrupted before the call was sent", e));
        }
    }

    private HeychatException failed(JournalEntry call, HeychatException failure) {
        journal.append(call.failing(failure));
        return failure;
    }
}
