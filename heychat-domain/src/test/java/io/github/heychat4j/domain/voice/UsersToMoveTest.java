package io.github.heychat4j.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.Samples;
import io.github.heychat4j.domain.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsersToMoveTest {
    private static final UserId ALICE = UserId.of(8828375);
    private static final UserId BOB = UserId.of(8828376);

    private static Set<UserId> users(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(UserId::of).collect(Collectors.toSet());
    }

    static IntStream allowedSizes() {
        return Samples.ints(1, UsersToMove.MAX_SIZE);
    }

    static IntStream tooManySizes() {
        return Samples.ints(UsersToMove.MAX_SIZE + 1, 300);
    }

    @ParameterizedTest
    @MethodSource("allowedSizes")
    void oneToFiftyUsersAreAcceptedAndKeptInIdOrder(int size) {
        List<UserId> shuffled = new ArrayList<>(users(size));
        Collections.shuffle(shuffled, new Random(size));
        UsersToMove moving = UsersToMove.of(shuffled.toArray(UserId[]::new));
        assertEquals(shuffled.stream().sorted().toList(), List.copyOf(moving.users()));
        assertEquals(moving, new UsersToMove(new HashSet<>(shuffled)));
    }

    @ParameterizedTest
    @MethodSource("tooManySizes")
    void moreAreRefusedNamingTheFieldAndTheRule(int size) {
        assertEquals("users: must have between 1 and 50 elements, got " + size,
                assertThrows(IllegalArgumentException.class, () -> new UsersToMove(users(size))).getMessage());
    }

    @Test
    void noUsersNullsAndRepeatsAreRefused() {
        assertEquals("users: must have between 1 and 50 elements, got 0",
                assertThrows(IllegalArgumentException.class, () -> new UsersToMove(Set.of())).getMessage());
        assertEquals("users: must not be null", assertThrows(IllegalArgumentException.class, () -> new UsersToMove(null)).getMessage());
        assertEquals("users: must not be null", assertThrows(IllegalArgumentException.class, () -> UsersToMove.of((UserId[]) null)).getMessage());
        assertEquals("users: must not contain null",
                assertThrows(IllegalArgumentException.class, () -> new UsersToMove(new HashSet<>(Arrays.asList(ALICE, null)))).getMessage());
        assertEquals("users: must not contain null", assertThrows(IllegalArgumentException.class, () -> UsersToMove.of(ALICE, null)).getMessage());
        assertEquals("users: must not name a user twice, got [" + ALICE + ", " + BOB + ", " + ALICE + "]",
                assertThrows(IllegalArgumentException.class, () -> UsersToMove.of(ALICE, BOB, ALICE)).getMessage());
    }

    @Test
    void theSetCannotBeChangedAfterwards() {
        Set<UserId> source = new HashSet<>(Set.of(ALICE));
        UsersToMove moving = new UsersToMove(source);
        source.add(BOB);
        assertEquals(Set.of(ALICE), moving.users());
        assertThrows(UnsupportedOperationException.class, () -> moving.users().add(BOB));
    }
}
