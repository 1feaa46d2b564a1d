package io.github.heychat4j.commands.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each cooldown key may run again, on the router's clock. Checking every key and starting them all is
 * one step, so two channels racing for one user's cooldown cannot both pass. Expired keys are forgotten
 * when the table grows, so it stays as small as the cooldowns in force.
 */
public final class Cooldowns {
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<Object, Instant> readyAt = new HashMap<>();

    /** Cooldowns on this clock. */
    public Cooldowns(Clock clock) {
        this.clock = clock;
    }

    /**
     * A key of one cooldown and how long it lasts.
     *
     * @param key    what is cooling down (a command and a user, or a command and a channel)
     * @param period how long; zero for no cooldown
     * @param scope  the caller's name for it, handed back when it holds the command
     * @param <S>    the scope's type
     */
    public record Key<S>(Object key, Duration period, S scope) {
    }

    /**
     * Starts every key's cooldown unless one is in force.
     *
     * @return the first key in force with how long it still lasts, or empty when all were started
     */
    public synchronized <S> Optional<Map.Entry<S, Duration>> tryStart(List<Key<S>> keys) {
        Instant now = clock.instant();
        for (Key<S> key : keys) {
            Instant ready = readyAt.get(key.key());
            if (!key.period().isZero() && ready != null && now.isBefore(ready)) {
                return Optional.of(Map.entry(key.scope(), Duration.between(now, ready)));
            }
        }
        if (readyAt.size() > SWEEP_ABOVE) {
            readyAt.values().removeIf(ready -> !now.isBefore(ready));
        }
        for (Key<S> key : keys) {
            if (!key.period().isZero()) {
                readyAt.put(key.key(), now.plus(key.period()));
            }
        }
        return Optional.empty();
    }
}
