package io.github.heychat4j.http;

import io.github.heychat4j.http.internal.LocalBudgets;

/**
 * Where a client's {@link RequestBudget}s come from: the seam that lets several processes (replicas) of one
 * bot share the platform's limits. A client asks once per limit, when it is built, and only when
 * {@link RateLimitPolicy#enabled()}. The default, {@link #local()}, counts in this process; the
 * {@code heychat-redis} module provides budgets shared through Redis.
 *
 * {@snippet :
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot)
 *         .requestBudgets(RequestBudgets.local())     // the default
 *         .build();
 * }
 */
@FunctionalInterface
public interface RequestBudgets {
    /**
     * A budget for one limit.
     *
     * @param spec the limit, the bot and the client's time sources and listener
     * @return a thread-safe budget
     */
    RequestBudget budget(BudgetSpec spec);

    /**
     * Budgets kept in this process: a token bucket with gradual refill that holds in every sliding minute
     * (see {@link RateLimitPolicy}), on the client's ticker.
     */
    static RequestBudgets local() {
        return LocalBudgets.INSTANCE;
    }
}
