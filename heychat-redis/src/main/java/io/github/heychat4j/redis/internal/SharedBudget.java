package io.github.heychat4j.redis.internal;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.http.BudgetSpec;
import io.github.heychat4j.http.RequestBudget;
import io.github.heychat4j.redis.RedisUnavailablePolicy;
import java.time.Duration;

/**
 * One limit shared by every replica through a Bucket4j bucket in Redis, with the
 * {@link RedisUnavailablePolicy} for when Redis does not answer. The bucket reserves turns ahead (it never
 * sleeps here: the client waits the returned delay through its sleeper).
 */
final class SharedBudget implements RequestBudget {
    private static final Duration PERIOD = Duration.ofMinutes(1);
    /**
     * How long both budgets decide after Redis is back. One period covers this replica's own local turns; the
     * second covers the local turns of replicas that found Redis again up to a period later: a minute that holds
     * a turn of this replica's shared-only mode then holds no other replica's local-only turn.
     */
    private static final long BOTH_NANOS = 2 * PERIOD.toNanos();

    private enum Mode {
        /** Redis answers: the shared bucket alone decides. */
        SHARED,
        /** Redis is away: the local share decides. */
        LOCAL,
        /** Redis is back since less than two periods: both must grant. */
        BOTH
    }

    private final Bucket bucket;
    private final BudgetSpec spec;
    private final RedisUnavailablePolicy policy;
    private final ShareLog share;
    private final int shareSize;
    private final long probeNanos;
    private final String redis;
    private Mode mode = Mode.SHARED;
    private long modeSince;
    private long lastProbe;

    /**
     * @param bucket     the shared bucket
     * @param spec       the limit
     * @param policy     what to do while Redis is away
     * @param replicas   how many replicas share the limit (for the local share)
     * @param probeEvery while Redis is away, how often a call tries it again
     * @param redis      where Redis is, for messages (host and port only)
     */
    SharedBudget(Bucket bucket, BudgetSpec spec, RedisUnavailablePolicy policy, int replicas, Duration probeEvery,
                 String redis) {
        this.bucket = bucket;
        this.spec = spec;
        this.policy = policy;
        this.shareSize = Math.max(1, spec.perMinute() / replicas);
        this.share = new ShareLog(shareSize, PERIOD);
        this.probeNanos = probeEvery.toNanos();
        this.redis = redis;
    }

    @Override
    public Turn take(Duration maxWait) {
        long now = spec.ticker().getAsLong();
        Mode current = modeAt(now);
        if (current == Mode.LOCAL && now - lastProbe() < probeNanos) {
            return whileAway(now, maxWait);
        }
        long localWait = current == Mode.SHARED ? 0 : share.nanosUntilTurn(now);
        if (Duration.ofNanos(localWait).compareTo(maxWait) > 0) {
            return new Turn(false, Duration.ofNanos(localWait));
        }
        Turn shared;
        try {
            shared = takeShared(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while taking a turn of the shared " + spec.kind().description()
                    + " budget", e);
        } catch (RuntimeException e) {
            // Lettuce's and Bucket4j's failures to reach Redis (refused, timed out, link down) are unchecked
            lost(now, e);
            return whileAway(now, maxWait);
        }
        regained(now);
        if (!shared.granted() || current == Mode.SHARED) {
            return shared;
        }
        // Redis is back since less than two periods: the turn counts against the local share too
        Duration wait = shared.delay().compareTo(Duration.ofNanos(localWait)) >= 0 ? shared.delay() : Duration.ofNanos(localWait);
        share.record(now + wait.toNanos());
        return new Turn(true, wait);
    }

    /** A turn of the shared bucket, reserved ahead: the strategy records the wait instead of parking. */
    private Turn takeShared(Duration maxWait) throws InterruptedException {
        long[] parked = {0};
        BlockingStrategy recordOnly = nanos -> parked[0] = nanos;
        boolean granted = bucket.asBlocking().tryConsume(1, maxWait.toNanos(), recordOnly);
        if (granted) {
            return new Turn(true, Duration.ofNanos(Math.max(0, parked[0])));
        }
        return new Turn(false, Duration.ofNanos(Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())));
    }

    private Turn whileAway(long now, Duration maxWait) {
        if (policy == RedisUnavailablePolicy.REFUSE) {
            throw new UnavailableException("Redis at " + redis + " does not answer and the policy is REFUSE");
        }
        return share.take(now, maxWait);
    }

    private synchronized Mode modeAt(long now) {
        if (mode == Mode.BOTH && now - modeSince > BOTH_NANOS) {
            mode = Mode.SHARED;
        }
        return mode;
    }

    private synchronized long lastProbe() {
        return lastProbe;
    }

    private void lost(long now, RuntimeException e) {
        boolean changed;
        synchronized (this) {
            lastProbe = now;
            changed = mode != Mode.LOCAL;
            if (changed) {
                mode = Mode.LOCAL;
                modeSince = now;
                // the other replicas' turns of the last minute are unknown: the local share starts spent
                share.spendAll(now);
            }
        }
        if (changed) {
            spec.listener().coordinationChanged(spec.kind().description(), false, "Redis at " + redis + " does not answer ("
                    + e.getClass().getSimpleName() + "); " + (policy == RedisUnavailablePolicy.REFUSE ? "refusing calls"
                    : "a local share of " + shareSize + " a minute, the first turn one minute from now"));
        }
    }

    private void regained(long now) {
        boolean changed;
        synchronized (this) {
            changed = mode == Mode.LOCAL;
            if (changed) {
                mode = Mode.BOTH;
                modeSince = now;
            }
        }
        if (changed) {
            spec.listener().coordinationChanged(spec.kind().description(), true, "Redis at " + redis
                    + " answers again; shared budget (and the local share for two minutes)");
        }
    }
}
