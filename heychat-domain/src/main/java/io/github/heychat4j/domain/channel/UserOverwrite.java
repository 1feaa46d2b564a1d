package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.role.Permissions;

/**
 * A channel permission overwrite for one user: bits to allow and bits to deny in this channel.
 *
 * @param user  the user
 * @param allow bits allowed
 * @param deny  bits denied
 */
public record UserOverwrite(UserId user, Permissions allow, Permissions deny) {
    /** Validates that nothing is null and no bit is both allowed and denied. */
    public UserOverwrite {
        Checks.notNull("user", user);
        PermissionOverwrite.check(allow, deny);
    }
}
