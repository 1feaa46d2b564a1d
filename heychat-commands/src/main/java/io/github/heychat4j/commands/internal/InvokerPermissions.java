package io.github.heychat4j.commands.internal;

import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import java.util.Optional;

/**
 * What a member may do in a room, read through the ports: the owner may do everything; anyone else what the
 * {@code @everyone} role allows plus what each of their roles allows. The room's roles come from
 * {@code details} (cached by the HTTP adapter), the member's roles from the member pages, read until they are
 * found. The same rule as the fake's, so a check is exact in tests. Channel permission overwrites are not
 * applied: commands check room-level permissions.
 */
public final class InvokerPermissions {
    private InvokerPermissions() {
    }

    /** The member's room permissions; {@code @everyone}'s alone when they are not found among the members. */
    public static Permissions of(RoomGateway rooms, RoomId room, UserId user) {
        RoomDetails details = rooms.details(room);
        if (details.room().owner().equals(Optional.of(user))) {
            return Permissions.all();
        }
        Permissions allowed = details.roles().stream().filter(r -> r.type() == RoleType.EVERYONE).map(Role::permissions)
                .reduce(Permissions.none(), Permissions::union);
        Optional<Member> member = find(rooms, room, user);
        if (member.isPresent()) {
            if (member.get().owner()) {
                return Permissions.all();
            }
            for (var roleId : member.get().roles()) {
                allowed = details.role(roleId).map(Role::permissions).map(allowed::union).orElse(allowed);
            }
        }
        return allowed;
    }

    private static Optional<Member> find(RoomGateway rooms, RoomId room, UserId user) {
        Optional<PageRequest<Member>> next = Optional.of(RoomGateway.ROOM_MEMBERS.first());
        while (next.isPresent()) {
            Page<Member> page = rooms.members(room, next.get());
            Optional<Member> found = page.items().stream().filter(m -> m.id().equals(user)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            next = page.items().isEmpty() ? Optional.empty() : page.next();
        }
        return Optional.empty();
    }
}
