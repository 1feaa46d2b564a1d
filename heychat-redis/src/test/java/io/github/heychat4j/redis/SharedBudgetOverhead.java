package io.github.heychat4j.redis;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.BudgetKind;
import io.github.heychat4j.http.BudgetSpec;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RequestBudget;
import io.github.heychat4j.http.RequestBudgets;
import io.github.heychat4j.redis.internal.RedisLink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The time one turn costs, local budget against shared bucket on a loopback Redis (docs/benchmarks.md). Not a
 * test (no timing is asserted): run it by hand, see docs/benchmarks.md for the command.
 */
final class SharedBudgetOverhead {
    private SharedBudgetOverhead() {
    }

    public static void main(String[] args) {
        try (LoopbackRedis redis = new LoopbackRedis();
             RedisLink link = new RedisLink(URI.create(redis.uri()), RedisUnavailablePolicy.LOCAL_SHARE, 3,
                     Duration.ofSeconds(2), Duration.ofSeconds(1))) {
            BudgetSpec spec = new BudgetSpec(UserId.of(1), BudgetKind.REQUESTS, 100_000, System::nanoTime, Clock.systemUTC(),
                    HeychatListener.NONE);
            RequestBudget shared = link.budgets().budget(spec);
            RequestBudget local = RequestBudgets.local().budget(spec);
            for (int round = 1; round <= 3; round++) {
                System.out.printf(Locale.ROOT, "round %d: local %.2f us a turn, shared %.1f us a turn%n", round,
                        microsPerTurn(local, 200_000), microsPerTurn(shared, 5_000));
            }
        }
    }

    private static double microsPerTurn(RequestBudget budget, int turns) {
        long start = System.nanoTime();
        for (int i = 0; i < turns; i++) {
            budget.take(Duration.ofMinutes(10)); // turns reserved ahead: nothing waits, only the bookkeeping is timed
        }
        return (System.nanoTime() - start) / 1000.0 / turns;
    }
}
