package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.role.RolePosition;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link RoleGateway}: every adapter passes it, including the role hierarchy (a bot
 * manages only roles below its own highest). Extend it and say how to connect (see
 * {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class RoleGatewayContract extends GatewayContract {

    /** For subclasses. */
    protected RoleGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.role("会员", Permission.SEND_MESSAGES).roleAboveBot("站长", Permission.ADMINISTRATOR)
                .member("alice", "会员").member("bob").member("carol", "站长"));
    }

    private static TestWorld.Builder lackingManageRoles() {
        return botLacking(Permission.MANAGE_ROLES, r -> r.role("会员", Permission.SEND_MESSAGES).member("alice", "会员").member("bob"));
    }

    private RoleGateway roles(TestWorld.Builder world) {
        return given(world).roles();
    }

    private Optional<Role> inWorld(RoleId id) {
        return fake().roles(room()).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private boolean has(String user, String role) {
        return fake().member(room(), user(user)).orElseThrow().hasRole(role(role));
    }

    private int botRolePosition() {
        return inWorld(world().role(ROOM, TestWorld.DEFAULT_BOT_NAME)).orElseThrow().position();
    }

    // list ----------------------------------------------------------------------------------------

    @Test
    void listingShowsTheRoomsRoles() {
        RoleGateway roles = roles(aRoom());

        List<Role> listed = roles.list(room());

        Role members = listed.stream().filter(r -> r.id().equals(role("会员"))).findFirst().orElseThrow();
        assertEquals("会员", members.name());
        assertEquals(Permissions.of(Permission.SEND_MESSAGES), members.permissions());
        Role owners = listed.stream().filter(r -> r.id().equals(role("站长"))).findFirst().orElseThrow();
        assertTrue(owners.position() > botRolePosition());
        assertTrue(members.position() < botRolePosition());
        assertTrue(listed.stream().anyMatch(r -> r.id().equals(world().role(ROOM, TestWorld.DEFAULT_BOT_NAME))));
    }

    @Test
    void listingRolesOfARoomTheBotIsNotInIsNotFound() {
        RoleGateway roles = roles(aRoom());

        assertThrows(NotFoundException.class, () -> roles.list(world().room(FOREIGN_ROOM)));
        assertThrows(NotFoundException.class, () -> roles.list(UNKNOWN_ROOM));
    }

    @Test
    void listRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(() -> roles.list(null));
    }

    // create --------------------------------------------------------------------------------------

    @Test
    void creatingAddsACustomRoleBelowTheBot() {
        RoleGateway roles = roles(aRoom());
        RoleDraft draft = RoleDraft.named("值班").withPermissions(Permissions.of(Permission.KICK_MEMBERS)).withColor(0xFF8800);

        Role created = roles.create(room(), draft);

        assertEquals("值班", created.name());
        assertEquals(Permissions.of(Permission.KICK_MEMBERS), created.permissions());
        assertEquals(RoleType.CUSTOM, created.type());
        assertEquals(Optional.of(0xFF8800), created.color());
        Role stored = inWorld(created.id()).orElseThrow();
        assertEquals("值班", stored.name());
        assertTrue(stored.position() < botRolePosition());
    }

    @Test
    void creatingNeedsManageRoles() {
        RoleGateway roles = roles(lackingManageRoles());

        assertThrows(PermissionDeniedException.class, () -> roles.create(room(), RoleDraft.named("值班")));
        assertFalse(fake().roles(room()).stream().anyMatch(r -> r.name().equals("值班")));
    }

    @Test
    void creatingARoleWithAPermissionTheBotLacksIsDenied() {
        RoleGateway roles = roles(TestWorld.create().botPermissions(Permission.MANAGE_ROLES, Permission.SEND_MESSAGES)
                .room(ROOM, r -> r.everyone(MEMBER_DEFAULTS)));

        assertThrows(PermissionDeniedException.class,
                () -> roles.create(room(), RoleDraft.named("值班").withPermissions(Permissions.of(Permission.KICK_MEMBERS))));
        assertFalse(fake().roles(room()).stream().anyMatch(r -> r.name().equals("值班")));
    }

    @Test
    void creatingInARoomTheBotIsNotInIsNotFound() {
        RoleGateway roles = roles(aRoom());

        assertThrows(NotFoundException.class, () -> roles.create(world().room(FOREIGN_ROOM), RoleDraft.named("值班")));
        assertThrows(NotFoundException.class, () -> roles.create(UNKNOWN_ROOM, RoleDraft.named("值班")));
    }

    @Test
    void createRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(() -> roles.create(null, RoleDraft.named("值班")), () -> roles.create(room(), null));
    }

    // update --------------------------------------------------------------------------------------

    @Test
    void updatingReplacesNameAndPermissions() {
        RoleGateway roles = roles(aRoom());
        Role members = inWorld(role("会员")).orElseThrow();
        RoleDraft changes = RoleDraft.of(members).withName("高级会员")
                .withPermissions(Permissions.of(Permission.SEND_MESSAGES, Permission.ATTACH_FILES));

        Role updated = roles.update(room(), role("会员"), changes, members.position());

        assertEquals("高级会员", updated.name());
        Role stored = inWorld(role("会员")).orElseThrow();
        assertEquals("高级会员", stored.name());
        assertEquals(Permissions.of(Permission.SEND_MESSAGES, Permission.ATTACH_FILES), stored.permissions());
    }

    @Test
    void updatingNeedsManageRoles() {
        RoleGateway roles = roles(lackingManageRoles());

        assertThrows(PermissionDeniedException.class,
                () -> roles.update(room(), role("会员"), RoleDraft.named("高级会员"), 1));
        assertEquals("会员", inWorld(role("会员")).orElseThrow().name());
    }

    @Test
    void updatingARoleAboveTheBotIsDenied() {
        RoleGateway roles = roles(aRoom());
        Role owners = inWorld(role("站长")).orElseThrow();

        assertThrows(PermissionDeniedException.class,
                () -> roles.update(room(), role("站长"), RoleDraft.of(owners).withName("前站长"), owners.position()));
        assertEquals("站长", inWorld(role("站长")).orElseThrow().name());
    }

    @Test
    void updatingAnUnknownRoleIsNotFound() {
        RoleGateway roles = roles(aRoom());

        assertThrows(NotFoundException.class, () -> roles.update(room(), UNKNOWN_ROLE, RoleDraft.named("高级会员"), 1));
    }

    @Test
    void updateRejectsAPositionOutOfRangeNamingIt() {
        RoleGateway roles = roles(aRoom());

        assertInvalid("position",
                () -> roles.update(room(), role("会员"), RoleDraft.named("高级会员"), -1),
                () -> roles.update(room(), role("会员"), RoleDraft.named("高级会员"), RolePosition.MAX + 1),
                () -> roles.update(room(), role("会员"), RoleDraft.named("高级会员"), (RolePosition) null));
        assertEquals("会员", inWorld(role("会员")).orElseThrow().name());
    }

    @Test
    void updateRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(
                () -> roles.update(null, role("会员"), RoleDraft.named("高级会员"), 1),
                () -> roles.update(room(), null, RoleDraft.named("高级会员"), 1),
                () -> roles.update(room(), role("会员"), null, 1),
                () -> roles.update(room(), role("会员"), null, RolePosition.of(1)));
        assertEquals("会员", inWorld(role("会员")).orElseThrow().name());
    }

    // delete --------------------------------------------------------------------------------------

    @Test
    void deletingRemovesTheRole() {
        RoleGateway roles = roles(aRoom());

        roles.delete(room(), role("会员"));

        assertEquals(Optional.empty(), inWorld(role("会员")));
        assertFalse(fake().member(room(), user("alice")).orElseThrow().hasRole(role("会员")));
    }

    @Test
    void deletingNeedsManageRoles() {
        RoleGateway roles = roles(lackingManageRoles());

        assertThrows(PermissionDeniedException.class, () -> roles.delete(room(), role("会员")));
        assertTrue(inWorld(role("会员")).isPresent());
    }

    @Test
    void deletingARoleAboveTheBotIsDenied() {
        RoleGateway roles = roles(aRoom());

        assertThrows(PermissionDeniedException.class, () -> roles.delete(room(), role("站长")));
        assertTrue(inWorld(role("站长")).isPresent());
    }

    @Test
    void deletingAnUnknownRoleIsNotFound() {
        RoleGateway roles = roles(aRoom());

        assertThrows(NotFoundException.class, () -> roles.delete(room(), UNKNOWN_ROLE));
        assertThrows(NotFoundException.class, () -> roles.delete(world().room(FOREIGN_ROOM), role("外人")));
    }

    @Test
    void deleteRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(() -> roles.delete(null, role("会员")), () -> roles.delete(room(), null));
        assertTrue(inWorld(role("会员")).isPresent());
    }

    // grant ---------------------------------------------------------------------------------------

    @Test
    void grantingGivesTheMemberTheRole() {
        RoleGateway roles = roles(aRoom());

        roles.grant(room(), user("bob"), role("会员"));

        assertTrue(has("bob", "会员"));
    }

    @Test
    void grantingNeedsManageRoles() {
        RoleGateway roles = roles(lackingManageRoles());

        assertThrows(PermissionDeniedException.class, () -> roles.grant(room(), user("bob"), role("会员")));
        assertFalse(has("bob", "会员"));
    }

    @Test
    void grantingARoleAboveTheBotIsDenied() {
        RoleGateway roles = roles(aRoom());

        assertThrows(PermissionDeniedException.class, () -> roles.grant(room(), user("bob"), role("站长")));
        assertFalse(has("bob", "站长"));
    }

    @Test
    void grantingAnUnknownRoleOrToSomeoneNotInTheRoomIsNotFound() {
        RoleGateway roles = roles(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> roles.grant(room(), user("bob"), UNKNOWN_ROLE));
        assertThrows(NotFoundException.class, () -> roles.grant(room(), user("dave"), role("会员")));
    }

    @Test
    void grantRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(
                () -> roles.grant(null, user("bob"), role("会员")),
                () -> roles.grant(room(), null, role("会员")),
                () -> roles.grant(room(), user("bob"), null));
        assertFalse(has("bob", "会员"));
    }

    // revoke --------------------------------------------------------------------------------------

    @Test
    void revokingTakesTheRoleAway() {
        RoleGateway roles = roles(aRoom());

        roles.revoke(room(), user("alice"), role("会员"));

        assertFalse(has("alice", "会员"));
    }

    @Test
    void revokingNeedsManageRoles() {
        RoleGateway roles = roles(lackingManageRoles());

        assertThrows(PermissionDeniedException.class, () -> roles.revoke(room(), user("alice"), role("会员")));
        assertTrue(has("alice", "会员"));
    }

    @Test
    void revokingARoleAboveTheBotIsDenied() {
        RoleGateway roles = roles(aRoom());

        assertThrows(PermissionDeniedException.class, () -> roles.revoke(room(), user("carol"), role("站长")));
        assertTrue(has("carol", "站长"));
    }

    @Test
    void revokingAnUnknownRoleOrFromSomeoneNotInTheRoomIsNotFound() {
        RoleGateway roles = roles(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> roles.revoke(room(), user("alice"), UNKNOWN_ROLE));
        assertThrows(NotFoundException.class, () -> roles.revoke(room(), user("dave"), role("会员")));
    }

    @Test
    void revokeRejectsNull() {
        RoleGateway roles = roles(aRoom());

        assertInvalid(
                () -> roles.revoke(null, user("alice"), role("会员")),
                () -> roles.revoke(room(), null, role("会员")),
                () -> roles.revoke(room(), user("alice"), null));
        assertTrue(has("alice", "会员"));
    }
}
