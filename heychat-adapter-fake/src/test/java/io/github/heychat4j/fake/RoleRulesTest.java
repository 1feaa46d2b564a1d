package io.github.heychat4j.fake;

import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleRulesTest {
    private static final RoleDraft HELPER = RoleDraft.named("值班").withPermissions(Permissions.of(Permission.KICK_MEMBERS));

    private static Map<RoleId, Integer> positions(FakeWorld world) {
        return world.roles(ROOM).stream().collect(Collectors.toMap(Role::id, Role::position));
    }

    @Test
    void theBotListsTheRoomsRolesHighestFirst() {
        FakeWorld world = world();

        assertEquals(world.roles(ROOM), world.heychatFor(BOT).roles().list(ROOM));
        assertNotFound("请加入房间后再操作", () -> world.heychatFor(BOT).roles().list(OTHER_ROOM));
    }

    @Test
    void aCreatedRoleIsCustomAndPlacedJustBelowTheBotsHighestRole() {
        FakeWorld world = world(Permission.MANAGE_ROLES, Permission.KICK_MEMBERS);

        Role created = world.heychatFor(BOT).roles().create(ROOM, HELPER.withColor(0xFF8800).hoisted(true));

        assertEquals(new Role(RoleId.of("4000000000000000000"), "值班", Permissions.of(Permission.KICK_MEMBERS), RoleType.CUSTOM,
                20, Optional.of(0xFF8800), Optional.empty(), true, true), created);
        assertEquals(Map.of(TOP, 31, BOT_ROLE, 21, created.id(), 20, VIP, 5, world.everyoneRole(ROOM), 0), positions(world));
        world.heychatFor(BOT).roles().grant(ROOM, ALICE, created.id());
        assertTrue(world.member(ROOM, ALICE).orElseThrow().hasRole(created.id()));
    }

    @Test
    void anOwnerBotPutsNewRolesOnTop() {
        FakeWorld world = FakeWorld.builder().bot(BOT, "bot")
                .room(ROOM, "r", room -> room.owner(BOT).role(VIP, "vip", Permissions.none(), 7)).build();

        Role created = world.heychatFor(BOT).roles().create(ROOM, RoleDraft.named("x").withPermissions(Permissions.all()));

        assertEquals(8, created.position());
    }

    @Test
    void creatingARoleNeedsManageRoles() {
        FakeWorld world = world(Permission.KICK_MEMBERS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).roles().create(ROOM, HELPER), "MANAGE_ROLES");
        assertEquals(4, world.roles(ROOM).size());
    }

    @Test
    void updatingAndDeletingARoleNeedManageRoles() {
        FakeWorld world = world(Permission.KICK_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        List<Role> before = world.roles(ROOM);

        // VIP sits below the bot's role and the change adds no permission: only MANAGE_ROLES is missing
        PermissionDeniedCheck.denied(() -> bot.roles().update(ROOM, VIP, RoleDraft.named("改名"), 5), "MANAGE_ROLES");
        PermissionDeniedCheck.denied(() -> bot.roles().delete(ROOM, VIP), "MANAGE_ROLES");

        assertEquals(before, world.roles(ROOM));
        assertTrue(world.member(ROOM, ALICE).orElseThrow().hasRole(VIP));
    }

    @Test
    void aBotCannotGrantPermissionsItDoesNotHave() {
        FakeWorld world = world(Permission.MANAGE_ROLES);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).roles().create(ROOM, HELPER), "KICK_MEMBERS");
        assertEquals(4, world.roles(ROOM).size());
    }

    @Test
    void anAdministratorBotGrantsAnything() {
        FakeWorld world = world(Permission.ADMINISTRATOR);

        Role created = world.heychatFor(BOT).roles().create(ROOM, HELPER.withPermissions(Permissions.all()));

        assertEquals(Permissions.all(), created.permissions());
    }

    @Test
    void aBotWithoutARoleAboveEveryoneCannotCreateRoles() {
        FakeWorld world = FakeWorld.builder().bot(BOT, "bot")
                .room(ROOM, "r", room -> room.everyone(Permissions.of(Permission.MANAGE_ROLES)).member(BOT)).build();

        assertDenied(() -> world.heychatFor(BOT).roles().create(ROOM, RoleDraft.named("x")));
    }

    @Test
    void aRoleBelowTheBotIsUpdated() {
        FakeWorld world = world(Permission.MANAGE_ROLES, Permission.SPEAK, Permission.KICK_MEMBERS);

        Role updated = world.heychatFor(BOT).roles().update(ROOM, VIP,
                RoleDraft.named("VIP+").withPermissions(Permissions.of(Permission.SPEAK, Permission.KICK_MEMBERS)), 19);

        assertEquals(updated, world.roles(ROOM).stream().filter(r -> r.id().equals(VIP)).findFirst().orElseThrow());
        assertEquals("VIP+", updated.name());
        assertEquals(19, updated.position());
        assertEquals(RoleType.CUSTOM, updated.type());
    }

    @Test
    void aRoleAtOrAboveTheBotCannotBeUpdated() {
        FakeWorld world = world(Permission.ADMINISTRATOR);
        FakeHeychat bot = world.heychatFor(BOT);

        assertDenied(() -> bot.roles().update(ROOM, TOP, RoleDraft.named("mine"), 1));
        assertDenied(() -> bot.roles().update(ROOM, BOT_ROLE, RoleDraft.named("mine"), 1));
        assertEquals("房管", world.roles(ROOM).get(0).name());
    }

    @Test
    void aRoleCannotBeMovedUpToOrAboveTheBot() {
        FakeWorld world = world(Permission.MANAGE_ROLES, Permission.SPEAK);

        assertDenied(() -> world.heychatFor(BOT).roles().update(ROOM, VIP,
                RoleDraft.named("VIP").withPermissions(Permissions.of(Permission.SPEAK)), 20));
        assertEquals(5, positions(world).get(VIP));
    }

    @Test
    void anUpdateMayKeepButNotAddPermissionsTheBotLacks() {
        FakeWorld world = world(Permission.MANAGE_ROLES);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.roles().update(ROOM, VIP, RoleDraft.named("VIP").withPermissions(Permissions.of(Permission.SPEAK)), 6);
        PermissionDeniedCheck.denied(() -> bot.roles().update(ROOM, VIP,
                RoleDraft.named("VIP").withPermissions(Permissions.of(Permission.SPEAK, Permission.BAN_MEMBERS)), 6), "BAN_MEMBERS");

        assertEquals(6, positions(world).get(VIP));
    }

    @Test
    void aNegativePositionIsBadInput() {
        FakeWorld world = world(Permission.MANAGE_ROLES);

        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).roles().update(ROOM, VIP, RoleDraft.named("x"), -1));
    }

    @Test
    void deletingARoleTakesItFromEveryMember() {
        FakeWorld world = world(Permission.MANAGE_ROLES);

        world.heychatFor(BOT).roles().delete(ROOM, VIP);

        assertFalse(world.roles(ROOM).stream().anyMatch(r -> r.id().equals(VIP)));
        assertFalse(world.member(ROOM, ALICE).orElseThrow().hasRole(VIP));
        assertNotFound("角色不存在", () -> world.heychatFor(BOT).roles().delete(ROOM, VIP));
    }

    @Test
    void aRoleAboveTheBotCannotBeDeleted() {
        FakeWorld world = world(Permission.ADMINISTRATOR);

        assertDenied(() -> world.heychatFor(BOT).roles().delete(ROOM, TOP));
        assertTrue(world.member(ROOM, CAROL).orElseThrow().hasRole(TOP));
    }

    @Test
    void grantingAndRevokingChangeTheMembersRoles() {
        FakeWorld world = world(Permission.MANAGE_ROLES);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.roles().grant(ROOM, BOB, VIP);
        assertTrue(world.member(ROOM, BOB).orElseThrow().hasRole(VIP));

        bot.roles().revoke(ROOM, BOB, VIP);
        assertFalse(world.member(ROOM, BOB).orElseThrow().hasRole(VIP));
    }

    @Test
    void grantingNeedsManageRolesAMemberAndARoleBelowTheBot() {
        FakeWorld world = world(Permission.MANAGE_ROLES);
        FakeHeychat bot = world.heychatFor(BOT);
        FakeHeychat powerless = world(Permission.KICK_MEMBERS).heychatFor(BOT);

        PermissionDeniedCheck.denied(() -> powerless.roles().grant(ROOM, BOB, VIP), "MANAGE_ROLES");
        assertDenied(() -> bot.roles().grant(ROOM, BOB, TOP));
        assertDenied(() -> bot.roles().revoke(ROOM, CAROL, TOP));
        assertNotFound("用户不存在", () -> bot.roles().grant(ROOM, STRANGER, VIP));
        assertNotFound("角色不存在", () -> bot.roles().grant(ROOM, BOB, RoleId.of("12")));
        assertEquals(List.of(), List.copyOf(world.member(ROOM, BOB).orElseThrow().roles()));
    }

    @Test
    void theEveryoneRoleIsNotGrantedRevokedChangedOrDeleted() {
        FakeWorld world = world(Permission.ADMINISTRATOR);
        FakeHeychat bot = world.heychatFor(BOT);
        RoleId everyone = world.everyoneRole(ROOM);

        assertRejected(RejectedException.Reason.OTHER, () -> bot.roles().grant(ROOM, BOB, everyone));
        assertRejected(RejectedException.Reason.OTHER, () -> bot.roles().revoke(ROOM, BOB, everyone));
        assertRejected(RejectedException.Reason.OTHER, () -> bot.roles().update(ROOM, everyone, RoleDraft.named("x"), 0));
        assertRejected(RejectedException.Reason.OTHER, () -> bot.roles().delete(ROOM, everyone));
    }

    @Test
    void anOwnerBotManagesEveryRole() {
        FakeWorld world = FakeWorld.builder().bot(BOT, "bot").user(ALICE, "alice")
                .room(ROOM, "r", room -> room.owner(BOT).role(TOP, "top", Permissions.all(), 99).member(ALICE)).build();

        world.heychatFor(BOT).roles().grant(ROOM, ALICE, TOP);

        assertTrue(world.member(ROOM, ALICE).orElseThrow().hasRole(TOP));
    }
}
