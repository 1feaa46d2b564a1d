package io.github.heychat4j.domain.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.RoleId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Permission sets as values, role drafts and role type codes. */
class RoleValuesTest {
    @Test
    void allHoldsEveryKnownPermissionAndNothingElse() {
        long known = Arrays.stream(Permission.values()).mapToLong(Permission::mask).reduce(0, (a, b) -> a | b);

        assertEquals(known, Permissions.all().mask());
        assertEquals(EnumSet.allOf(Permission.class), Permissions.all().toSet());
        assertEquals(Permissions.all(), Permissions.fromMask(known));
    }

    @Test
    void withUnionAndMinusAreSetOperations() {
        Permissions kick = Permissions.of(Permission.KICK_MEMBERS);
        Permissions kickAndRoles = kick.with(Permission.MANAGE_ROLES);

        assertEquals(EnumSet.of(Permission.KICK_MEMBERS, Permission.MANAGE_ROLES), kickAndRoles.toSet());
        assertEquals(kickAndRoles, kick.union(Permissions.of(Permission.MANAGE_ROLES)));
        assertEquals(Permissions.of(Permission.MANAGE_ROLES), kickAndRoles.minus(kick));
        assertEquals(kickAndRoles, kickAndRoles.minus(Permissions.of(Permission.SPEAK)));
        assertEquals(Permissions.none(), kick.minus(kickAndRoles));
    }

    @Test
    void emptinessEqualityAndHashFollowTheMask() {
        assertTrue(Permissions.none().isEmpty());
        assertFalse(Permissions.of(Permission.SPEAK).isEmpty());
        assertNotEquals(Permissions.of(Permission.SPEAK), Permissions.of(Permission.KICK_MEMBERS));
        assertNotEquals(Permissions.of(Permission.SPEAK), (Object) "SPEAK");
        assertEquals(Permissions.of(Permission.SPEAK).hashCode(), Permissions.fromMask(Permission.SPEAK.mask()).hashCode());
        assertNotEquals(Permissions.none().hashCode(), Permissions.of(Permission.SPEAK).hashCode());
    }

    @Test
    void toStringNamesThePermissionsAndUnknownBits() {
        assertEquals("Permissions[]", Permissions.none().toString());
        assertEquals("Permissions[SPEAK]", Permissions.of(Permission.SPEAK).toString());
        long unknownBit = 1L << 62;
        assertEquals("Permissions[unknown bits " + unknownBit + "]", Permissions.parse(Long.toString(unknownBit)).toString());
        assertEquals("Permissions[SPEAK, unknown bits " + unknownBit + "]",
                Permissions.parse(Long.toString(unknownBit | Permission.SPEAK.mask())).toString());
    }

    @Test
    void aDraftIsBuiltStepByStep() {
        RoleDraft draft = RoleDraft.named("值班").withName("管理").withPermissions(Permissions.of(Permission.SPEAK))
                .withColor(0xFF8800).withIcon("https://x.example/i.png").hoisted(true);

        assertEquals(new RoleDraft("管理", Permissions.of(Permission.SPEAK), Optional.of(0xFF8800), List.of(),
                Optional.of("https://x.example/i.png"), true), draft);
        assertFalse(draft.hoisted(false).hoist());
    }

    @Test
    void aDraftOfARoleKeepsWhatARoleUpdateSends() {
        Role role = new Role(RoleId.of("5"), "VIP", Permissions.of(Permission.SPEAK), RoleType.CUSTOM, 3,
                Optional.of(0x00FF00), Optional.of("https://x.example/v.png"), true, false);

        assertEquals(new RoleDraft("VIP", Permissions.of(Permission.SPEAK), Optional.of(0x00FF00), List.of(),
                Optional.of("https://x.example/v.png"), true), RoleDraft.of(role));
    }

    @Test
    void aDraftRefusesBadColoursAndIcons() {
        assertEquals("color: must be between 0 and 16777215, got 16777216",
                assertThrows(IllegalArgumentException.class, () -> RoleDraft.named("a").withColor(0x1000000)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RoleDraft("a", Permissions.none(), Optional.empty(),
                List.of(0xFFFFFF, -1), Optional.empty(), false));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoleDraft.named("a").withIcon("ftp://x"))
                .getMessage().startsWith("icon: "));
    }

    @Test
    void roleTypesReadTheirPlatformCodes() {
        for (RoleType type : RoleType.values()) {
            if (type != RoleType.UNKNOWN) {
                assertEquals(type, RoleType.fromCode(type.code()));
            }
        }
        assertEquals(0, RoleType.CUSTOM.code());
        assertEquals(255, RoleType.EVERYONE.code());
        assertEquals(RoleType.GAME, RoleType.fromCode(1));
        assertEquals(RoleType.UNKNOWN, RoleType.fromCode(-1));
        assertEquals(RoleType.UNKNOWN, RoleType.fromCode(3000));
    }
}
