package io.github.heychat4j.domain.role;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import java.util.List;

/**
 * A room's roles (身份组), and who has them. A bot manages only roles below its own highest role.
 *
 * {@snippet :
 * RoleGateway roles = heychat.roles();
 * Role vip = roles.create(room, RoleDraft.named("VIP").withColor(0xFFD700));
 * roles.grant(room, alice, vip.id());
 * roles.revoke(room, alice, vip.id());
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface RoleGateway {

    /** The room's roles. Wire: {@code GET /chatroom/v2/room_role/roles}. */
    List<Role> list(RoomId room);

    /**
     * Creates a custom role, placed below the bot's highest role. Needs 管理角色 ({@code MANAGE_ROLES}),
     * and only permissions the bot has itself. Wire: {@code POST /chatroom/v2/room_role/create}.
     */
    Role create(RoomId room, RoleDraft role);

    /**
     * Replaces a role's name, permissions, colour, icon and hoist, and moves it to {@code position}.
     * Needs 管理角色, on a role below the bot's highest. Wire: {@code POST /chatroom/v2/room_role/update}.
     *
     * @param position where the role goes
     */
    Role update(RoomId room, RoleId role, RoleDraft changes, RolePosition position);

    /**
     * Replaces a role and moves it. See {@link #update(RoomId, RoleId, RoleDraft, RolePosition)}.
     *
     * @param position 0 to {@value RolePosition#MAX}, checked by {@link RolePosition#of(int)}
     */
    default Role update(RoomId room, RoleId role, RoleDraft changes, int position) {
        return update(room, role, changes, RolePosition.of(position));
    }

    /** Deletes a role. Needs 管理角色, on a role below the bot's highest. Wire: {@code POST /chatroom/v2/room_role/delete}. */
    void delete(RoomId room, RoleId role);

    /** Gives a member a role. Needs 管理角色, on a role below the bot's highest. Wire: {@code POST /chatroom/v2/room_role/grant}. */
    void grant(RoomId room, UserId user, RoleId role);

    /** Takes a role from a member. Needs 管理角色, on a role below the bot's highest. Wire: {@code POST /chatroom/v2/room_role/revoke}. */
    void revoke(RoomId room, UserId user, RoleId role);
}
