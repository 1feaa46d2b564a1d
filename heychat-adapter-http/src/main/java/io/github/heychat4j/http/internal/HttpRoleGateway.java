package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.role.RolePosition;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link RoleGateway} over HTTP; the role list comes from the cache unless {@code cached} is off. */
public final class HttpRoleGateway implements RoleGateway {
    private final HttpCore core;
    private final boolean cached;

    /**
     * @param core   the client
     * @param cached whether the role list may be answered from the cache
     */
    public HttpRoleGateway(HttpCore core, boolean cached) {
        this.core = core;
        this.cached = cached;
    }

    @Override
    public List<Role> list(RoomId room) {
        return core.caches().roles(room, cached);
    }

    @Override
    public Role create(RoomId room, RoleDraft role) {
        try {
            Reply reply = core.call(Requests.createRole(room, role, core.ids().nonce()));
            if (reply.confirmedByRetry() || reply.result().json().isEmpty()) {
                // the role was made but its answer is lost (or empty): the newest role of that name is it
                return newestNamed(room, role.name()).orElseThrow(() -> new AmbiguousOutcomeException(
                        "roles.create: the platform confirmed the role \"" + role.name()
                                + "\" but it is not in the room's role list; read the roles before creating it again"));
            }
            return Decoders.read(reply.result(), Decoders::changedRole);
        } finally {
            core.caches().rolesChanged(room);
        }
    }

    private Optional<Role> newestNamed(RoomId room, String name) {
        return core.caches().roles(room, false).stream()
                .filter(r -> r.name().equals(name))
                .max(Comparator.comparing(r -> new BigInteger(r.id().value())));
    }

    @Override
    public Role update(RoomId room, RoleId role, RoleDraft changes, RolePosition position) {
        try {
            Reply reply = core.call(Requests.updateRole(room, role, changes, position.value(), core.ids().nonce()));
            if (reply.result().json().isEmpty()) {
                // nothing came back: read the role as it is now
                return core.caches().roles(room, false).stream().filter(r -> r.id().equals(role)).findFirst()
                        .orElseThrow(() -> reply.result().unreadable("is empty and role " + role + " is not in the room's role list"));
            }
            return Decoders.read(reply.result(), Decoders::changedRole);
        } finally {
            core.caches().rolesChanged(room);
        }
    }

    @Override
    public void delete(RoomId room, RoleId role) {
        try {
            core.call(Requests.deleteRole(room, role));
        } finally {
            core.caches().rolesChanged(room);
        }
    }

    @Override
    public void grant(RoomId room, UserId user, RoleId role) {
        grantOrRevoke(Operation.ROLES_GRANT, room, user, role);
    }

    @Override
    public void revoke(RoomId room, UserId user, RoleId role) {
        grantOrRevoke(Operation.ROLES_REVOKE, room, user, role);
    }

    // the answer is {} or a user with role/roles (spec §2.3); none of them is needed
    private void grantOrRevoke(Operation operation, RoomId room, UserId user, RoleId role) {
        try {
            core.call(Requests.grantOrRevoke(operation, room, user, role));
        } finally {
            core.caches().rolesChanged(room);
        }
    }
}
