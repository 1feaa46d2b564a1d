package io.github.heychat4j.http.internal;

import io.github.heychat4j.http.BudgetSpec;
import io.github.heychat4j.http.RequestBudget;
import io.github.heychat4j.http.RequestBudgets;
import java.time.Duration;

/** {@link RequestBudgets#local()}: a {@link SlidingBudget} per limit, on the client's ticker. */
public final class LocalBudgets implements RequestBudgets {
    /** The one instance; it holds no state. */
    public static final LocalBudgets INSTANCE = new LocalBudgets();

    private LocalBudgets() {
    }

    @Override
    public RequestBudget budget(BudgetSpec spec) {
        SlidingBudget budget = new SlidingBudget(spec.perMinute(), Duration.ofMinutes(1));
        return maxWait -> {
            SlidingBudget.Turn turn = budget.take(spec.ticker().getAsLong(), maxWait);
            return new RequestBudget.Turn(turn.granted(), turn.delay());
        };
    }

    @Override
    public String toString() {
        return "RequestBudgets.local()";
    }
}
