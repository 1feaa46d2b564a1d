package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;

/**
 * A user's own permission overwrite in one channel, as the platform reports it: what is allowed and
 * what is denied on top of their roles.
 *
 * @param allow bits allowed in the channel
 * @param deny  bits denied in the channel
 */
public record PermissionOverwrite(Permissions allow, Permissions deny) {
    /** Validates that nothing is null and no bit is both allowed and denied. */
    public PermissionOverwrite {
        check(allow, deny);
    }

    /** Whether the overwrite allows {@code permission} and does not deny it. */
    public boolean allows(Permission permission) {
        return allow.allows(permission) && !deny.has(permission);
    }

    static void check(Permissions allow, Permissions deny) {
        Checks.notNull("allow", allow);
        Checks.notNull("deny", deny);
        long both = allow.mask() & deny.mask();
        if (both != 0) {
            throw new IllegalArgumentException("allow/deny: a bit cannot be both allowed and denied, got both for "
                    + Permissions.parse(Long.toUnsignedString(both)));
        }
    }
}
