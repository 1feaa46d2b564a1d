package io.github.heychat4j.domain.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.Samples;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RolePositionTest {

    static IntStream allowed() {
        return Samples.ints(0, RolePosition.MAX);
    }

    static IntStream refused() {
        return IntStream.concat(Samples.ints(Integer.MIN_VALUE, -1), IntStream.concat(Samples.ints(RolePosition.MAX + 1, 1_000_000), IntStream.of(Integer.MAX_VALUE)));
    }

    @ParameterizedTest
    @MethodSource("allowed")
    void positionsFromZeroToTheMaximumAreAccepted(int position) {
        assertEquals(position, RolePosition.of(position).value());
        assertEquals(Integer.toString(position), RolePosition.of(position).toString());
    }

    @ParameterizedTest
    @MethodSource("refused")
    void otherPositionsAreRefusedNamingTheFieldAndTheRule(int position) {
        assertEquals("position: must be between 0 and 9999, got " + position,
                assertThrows(IllegalArgumentException.class, () -> RolePosition.of(position)).getMessage());
    }
}
