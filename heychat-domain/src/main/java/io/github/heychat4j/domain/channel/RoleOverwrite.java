package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.role.Permissions;

/**
 * A channel permission overwrite for a role: bits to allow and bits to deny in this channel.
 *
 * @param role  the role
 * @param allow bits allowed
 * @param deny  bits denied
 */
public record RoleOverwrite(RoleId role, Permissions allow, Permissions deny) {
    /** Validates that nothing is null and no bit is both allowed and denied. */
    public RoleOverwrite {
        Checks.notNull("role", role);
        PermissionOverwrite.check(allow, deny);
    }
}
