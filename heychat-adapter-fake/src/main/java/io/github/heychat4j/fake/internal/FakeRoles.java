package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.role.RolePosition;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.Operation;
import java.util.List;

/** The roles port over the fake world. */
public final class FakeRoles implements RoleGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeRoles(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public List<Role> list(RoomId room) {
        return route.call(self, Operation.ROLES_LIST, List.of(room), w -> w.roleList(Rules.joinedRoom(w, room, self)));
    }

    @Override
    public Role create(RoomId room, RoleDraft role) {
        return route.call(self, Operation.ROLES_CREATE, List.of(room, role), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, Permission.MANAGE_ROLES);
            Rules.requireOwnPermissions(r, self, role.permissions());
            int position = positionForNewRole(r);
            Role created = new Role(RoleId.of(w.nextId()), role.name(), role.permissions(), RoleType.CUSTOM, position,
                    role.color(), role.icon(), role.hoist(), true);
            r.roles.put(created.id(), created);
            return created;
        });
    }

    /**
     * Just below the bot's highest role: the new role takes that position and every role from there up
     * moves one higher. The owner's new roles go on top. A bot without a role above @everyone could not
     * manage the role it made, so it may not make one.
     */
    private int positionForNewRole(RoomState r) {
        if (r.isOwner(self)) {
            return r.roles.values().stream().mapToInt(Role::position).max().orElse(0) + 1;
        }
        int highest = Rules.highestPosition(r, self);
        if (highest < 1) {
            throw Errors.permissionDenied("the bot has no role above @everyone to place a new role below");
        }
        r.roles.replaceAll((id, existing) -> id.equals(r.everyoneRole) || existing.position() < highest
                ? existing
                : withPosition(existing, existing.position() + 1));
        return highest;
    }

    @Override
    public Role update(RoomId room, RoleId role, RoleDraft changes, RolePosition newPosition) {
        // journalled as the plain number, as it goes on the wire
        int position = newPosition.value();
        return route.call(self, Operation.ROLES_UPDATE, List.of(room, role, changes, position), w -> {
                    RoomState r = Rules.joinedRoom(w, room, self);
                    Rules.require(r, self, Permission.MANAGE_ROLES);
                    Role existing = Rules.role(r, role);
                    Rules.requireManageable(r, self, existing);
                    Rules.requireBelowBot(r, self, position, "the new position of role " + role);
                    Rules.requireOwnPermissions(r, self, changes.permissions().minus(existing.permissions()));
                    Role updated = new Role(role, changes.name(), changes.permissions(), existing.type(), position,
                            changes.color(), changes.icon(), changes.hoist(), existing.mentionable());
                    r.roles.put(role, updated);
                    return updated;
                });
    }

    @Override
    public void delete(RoomId room, RoleId role) {
        route.run(self, Operation.ROLES_DELETE, List.of(room, role), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, Permission.MANAGE_ROLES);
            Rules.requireManageable(r, self, Rules.role(r, role));
            r.removeRole(role);
        });
    }

    @Override
    public void grant(RoomId room, UserId user, RoleId role) {
        route.run(self, Operation.ROLES_GRANT, List.of(room, user, role),
                w -> memberToChange(w, room, user, role).roles.add(role));
    }

    @Override
    public void revoke(RoomId room, UserId user, RoleId role) {
        route.run(self, Operation.ROLES_REVOKE, List.of(room, user, role),
                w -> memberToChange(w, room, user, role).roles.remove(role));
    }

    /** The rules grant and revoke share. */
    private MemberRecord memberToChange(WorldState w, RoomId room, UserId user, RoleId role) {
        RoomState r = Rules.joinedRoom(w, room, self);
        Rules.require(r, self, Permission.MANAGE_ROLES);
        Rules.requireManageable(r, self, Rules.role(r, role));
        return Rules.member(r, user);
    }

    private static Role withPosition(Role role, int position) {
        return new Role(role.id(), role.name(), role.permissions(), role.type(), position, role.color(), role.icon(),
                role.hoist(), role.mentionable());
    }
}
