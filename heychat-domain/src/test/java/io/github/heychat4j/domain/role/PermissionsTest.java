package io.github.heychat4j.domain.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import io.github.heychat4j.domain.Samples;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void thereAre41BitsAtTheirPlatformPositions() {
        assertEquals(41, Permission.values().length);
        for (int i = 0; i < Permission.values().length; i++) {
            assertEquals(i, Permission.values()[i].bit());
        }
        assertEquals(1024L, Permission.KICK_MEMBERS.mask());
        assertEquals(1L << 27, Permission.MOVE_MEMBERS.mask());
        assertEquals(1L << 40, Permission.START_RECORDING.mask());
    }

    @Test
    void roundTripsThroughDecimalStringsWithBits31And40Set() {
        Permissions p = Permissions.of(Permission.MANAGE_SOUND_PACKS, Permission.START_RECORDING);
        assertEquals("1101659111424", p.toDecimalString());
        assertEquals(p, Permissions.parse("1101659111424"));
        assertEquals(Set.of(Permission.MANAGE_SOUND_PACKS, Permission.START_RECORDING), Permissions.parse("1101659111424").toSet());
    }

    @Test
    void administratorImpliesEveryOtherBit() {
        Permissions admin = Permissions.of(Permission.ADMINISTRATOR);
        for (Permission p : Permission.values()) {
            assertTrue(admin.allows(p), p.name());
        }
        assertFalse(admin.has(Permission.KICK_MEMBERS));
    }

    @Test
    void withoutAdministratorOnlySetBitsAreAllowed() {
        Permissions mod = Permissions.of(Permission.KICK_MEMBERS, Permission.SEND_MESSAGES);
        assertTrue(mod.allows(Permission.KICK_MEMBERS));
        assertFalse(mod.allows(Permission.MOVE_MEMBERS));
        assertFalse(mod.without(Permission.KICK_MEMBERS).allows(Permission.KICK_MEMBERS));
        assertTrue(Permissions.none().isEmpty());
    }

    @Test
    void parseRejectsNonDecimalText() {
        assertEquals("permissions: must be a decimal bitmask, got \"0x10\"",
                assertThrows(IllegalArgumentException.class, () -> Permissions.parse("0x10")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Permissions.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Permissions.parse("18446744073709551616"));
    }

    @Test
    void unknownBitsSurviveParsingButNotFromMask() {
        Permissions future = Permissions.parse(Long.toUnsignedString(1L << 50));
        assertEquals(Long.toUnsignedString(1L << 50), future.toDecimalString());
        assertTrue(future.toSet().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Permissions.fromMask(1L << 50));
    }

    static LongStream masks() {
        return Samples.longs();
    }

    static Stream<Set<Permission>> permissionSets() {
        Random random = new Random(41);
        Stream<Set<Permission>> edges = Stream.of(Set.of(), EnumSet.allOf(Permission.class), Set.of(Permission.START_RECORDING));
        return Stream.concat(edges, Stream.generate(() -> {
            EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
            for (Permission p : Permission.values()) {
                if (random.nextBoolean()) {
                    set.add(p);
                }
            }
            return (Set<Permission>) set;
        }).limit(500));
    }

    @ParameterizedTest
    @MethodSource("masks")
    void anyBitmaskRoundTripsThroughItsDecimalString(long mask) {
        Permissions p = Permissions.parse(Long.toUnsignedString(mask));
        assertEquals(Long.toUnsignedString(mask), p.toDecimalString());
        assertEquals(p, Permissions.parse(p.toDecimalString()));
    }

    @ParameterizedTest
    @MethodSource("permissionSets")
    void aSetOfKnownPermissionsRoundTripsThroughTheMask(Set<Permission> permissions) {
        Permissions p = Permissions.of(permissions);
        assertEquals(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions), p.toSet());
        assertEquals(p, Permissions.fromMask(p.mask()));
    }
}
