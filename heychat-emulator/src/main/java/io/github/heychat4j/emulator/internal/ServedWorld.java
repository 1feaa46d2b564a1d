package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The world the emulator serves right now and the tokens it accepts, swapped as a whole (seed, reset,
 * replace) so a request always sees one consistent pair.
 */
public final class ServedWorld {

    private record Current(FakeWorld world, Map<String, UserId> tokens) {
    }

    private final Map<String, UserId> fixedTokens;
    private volatile Optional<Supplier<WorldBuilder.Built>> initial;
    private volatile Current current;
    private final List<Runnable> swapListeners = new CopyOnWriteArrayList<>();

    /**
     * @param start       the world to serve first and the tokens that came with it
     * @param fixedTokens tokens given to the emulator's builder, accepted whatever world is served
     * @param initial     how to build the starting world again, when it can be (a world file can,
     *                    a world object cannot)
     */
    public ServedWorld(WorldBuilder.Built start, Map<String, UserId> fixedTokens,
                       Optional<Supplier<WorldBuilder.Built>> initial) {
        this.fixedTokens = Map.copyOf(fixedTokens);
        this.initial = initial;
        this.current = merged(start);
    }

    private Current merged(WorldBuilder.Built built) {
        Map<String, UserId> tokens = new LinkedHashMap<>(built.tokens());
        tokens.putAll(fixedTokens);
        return new Current(built.world(), Collections.unmodifiableMap(tokens));
    }

    /** The world served now. */
    public FakeWorld world() {
        return current.world();
    }

    /** The bot a token belongs to. */
    public Optional<UserId> botFor(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(current.tokens().get(token));
    }

    /** Every accepted token and its bot. */
    public Map<String, UserId> tokens() {
        return current.tokens();
    }

    /** Serves another world object, keeping the tokens. */
    public void replace(FakeWorld world) {
        Objects.requireNonNull(world, "world");
        current = new Current(world, current.tokens());
        swapped();
    }

    /**
     * Serves a world built from a world file, with its tokens (and the builder's); from now on
     * {@link #reset()} returns to this world.
     *
     * @param factory builds the seeded world, once now and again at each reset
     */
    public synchronized void seed(Supplier<WorldBuilder.Built> factory) {
        Objects.requireNonNull(factory, "factory");
        current = merged(factory.get());
        initial = Optional.of(factory);
        swapped();
    }

    /** Whether {@link #reset()} can rebuild the starting world. */
    public boolean resettable() {
        return initial.isPresent();
    }

    /**
     * Serves a fresh copy of the world the emulator started with, or of the world seeded last.
     *
     * @throws IllegalStateException when the emulator started with a world object, which cannot be copied
     */
    public synchronized void reset() {
        Supplier<WorldBuilder.Built> factory = initial.orElseThrow(() -> new IllegalStateException(
                "the emulator started with a FakeWorld object, which cannot be rebuilt; seed a world file instead"));
        current = merged(factory.get());
        swapped();
    }

    /** Runs {@code listener} after each swap of the world (the gateway moves its connections to the new one). */
    public void whenSwapped(Runnable listener) {
        swapListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void swapped() {
        swapListeners.forEach(Runnable::run);
    }
}
