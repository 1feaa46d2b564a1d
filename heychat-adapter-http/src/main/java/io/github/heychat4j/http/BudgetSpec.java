package io.github.heychat4j.http;

import io.github.heychat4j.domain.UserId;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * What a {@link RequestBudgets} is asked to build a budget for: the limit, and the client's own bot id, time
 * sources and listener. It holds no token: a shared budget is named after the bot id.
 *
 * @param bot       the bot whose limit this is; a shared budget is keyed by it
 * @param kind      which limit
 * @param perMinute turns in any sliding minute, 1 to 100000
 * @param ticker    the client's nanosecond time source ({@link HeychatHttp.Builder#ticker})
 * @param clock     the client's wall clock ({@link HeychatHttp.Builder#clock}); shared budgets use it, as
 *                  nanosecond tickers of different processes are not comparable
 * @param listener  the client's listener, already guarded so that it cannot throw
 */
public record BudgetSpec(UserId bot, BudgetKind kind, int perMinute, LongSupplier ticker, Clock clock,
                         HeychatListener listener) {
    /** Checks every field. */
    public BudgetSpec {
        PolicyChecks.notNull("bot", bot);
        PolicyChecks.notNull("kind", kind);
        PolicyChecks.between("perMinute", perMinute, 1, 100_000);
        PolicyChecks.notNull("ticker", ticker);
        PolicyChecks.notNull("clock", clock);
        PolicyChecks.notNull("listener", listener);
    }

    /** This spec for another number of turns a minute, e.g. a replica's share. */
    public BudgetSpec withPerMinute(int turns) {
        return new BudgetSpec(bot, kind, turns, ticker, clock, listener);
    }

}
