package io.github.heychat4j.domain;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Inputs for the property-style tests: the edge cases that matter for 64-bit ids and bitmasks plus a
 * fixed-seed random sample, so every run checks the same 1000+ values and a failure is reproducible.
 */
public final class Samples {
    private static final long SEED = 0x5EED_4EC4A7L;

    private Samples() {
    }

    /** Edge cases of signed/unsigned 64-bit numbers and of doubles' exact range, then 1000 random longs. */
    public static LongStream longs() {
        LongStream edges = LongStream.of(0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 31, (1L << 31) - 1, 1L << 32,
                1L << 40, 1L << 53, (1L << 53) + 1, 1L << 62, 1L << 63 | 1, 3587810143523774464L, -2L);
        return LongStream.concat(edges, new Random(SEED).longs(1000));
    }

    /** Every int in {@code [min, max]} when the range is small, else its ends and 500 random values in it. */
    public static IntStream ints(int min, int max) {
        if ((long) max - min <= 1000) {
            return IntStream.rangeClosed(min, max);
        }
        return IntStream.concat(IntStream.of(min, min + 1, max - 1, max), new Random(SEED).ints(500, min, max + 1));
    }
}
