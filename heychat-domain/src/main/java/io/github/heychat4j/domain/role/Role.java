package io.github.heychat4j.domain.role;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;

/**
 * A room role (身份组) as the platform describes it.
 *
 * @param id          the role id
 * @param name        the display name
 * @param permissions what members with this role may do
 * @param type        the kind of role
 * @param position    the sort position; a higher position ranks higher in the hierarchy
 * @param color       the RGB display colour, if any
 * @param icon        the icon URL, if any
 * @param hoist       whether members with this role are shown separately in the member list
 * @param mentionable whether the role can be @-mentioned
 */
public record Role(RoleId id, String name, Permissions permissions, RoleType type, int position,
                   Optional<Integer> color, Optional<String> icon, boolean hoist, boolean mentionable) {
    /** Validates that nothing is null. */
    public Role {
        Checks.notNull("id", id);
        Checks.notNull("name", name);
        Checks.notNull("permissions", permissions);
        Checks.notNull("type", type);
        Checks.notNull("color", color);
        Checks.notNull("icon", icon);
    }
}
