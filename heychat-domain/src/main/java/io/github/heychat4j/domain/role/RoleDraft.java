package io.github.heychat4j.domain.role;

import io.github.heychat4j.domain.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What a role should look like, for creating or updating one.
 *
 * {@snippet :
 * RoleDraft helper = RoleDraft.named("值班管理")
 *         .withPermissions(Permissions.of(Permission.KICK_MEMBERS, Permission.SILENCE_MEMBERS))
 *         .withColor(0xFF8800)
 *         .hoisted(true);
 * Role created = heychat.roles().create(room, helper);
 * }
 *
 * @param name        1 to {@value #MAX_NAME_LENGTH} characters
 * @param permissions the permissions the role grants
 * @param color       the RGB colour 0x000000..0xFFFFFF, if any
 * @param colorList   gradient colours (RGB), possibly empty
 * @param icon        an icon URL, if any
 * @param hoist       show the role's members separately
 */
public record RoleDraft(String name, Permissions permissions, Optional<Integer> color, List<Integer> colorList,
                        Optional<String> icon, boolean hoist) {
    /** The longest role name accepted (community clients use 32; the platform's limit is not documented). */
    public static final int MAX_NAME_LENGTH = 32;

    /** Validates every field. */
    public RoleDraft {
        Checks.printable("name", name);
        Checks.maxCodePoints("name", name, MAX_NAME_LENGTH);
        Checks.notNull("permissions", permissions);
        Checks.notNull("color", color);
        color.ifPresent(c -> Checks.between("color", c, 0, 0xFFFFFF));
        colorList = List.copyOf(Checks.size("colorList", colorList, 0, 8));
        colorList.forEach(c -> Checks.between("colorList", c, 0, 0xFFFFFF));
        Checks.notNull("icon", icon);
        icon.ifPresent(url -> Checks.httpUrl("icon", url));
    }

    /** A draft with just a name, no permissions, no colour, not hoisted. */
    public static RoleDraft named(String name) {
        return new RoleDraft(name, Permissions.none(), Optional.empty(), List.of(), Optional.empty(), false);
    }

    /**
     * The draft of an existing role, to change some of it and update. {@link Role} does not carry the gradient
     * colours, so the draft has none: an update with it clears a gradient (set it again with the canonical
     * constructor).
     */
    public static RoleDraft of(Role role) {
        return new RoleDraft(role.name(), role.permissions(), role.color(), List.of(), role.icon(), role.hoist());
    }

    /** This draft with another name. */
    public RoleDraft withName(String newName) {
        return new RoleDraft(newName, permissions, color, colorList, icon, hoist);
    }

    /** This draft with other permissions. */
    public RoleDraft withPermissions(Permissions newPermissions) {
        return new RoleDraft(name, newPermissions, color, colorList, icon, hoist);
    }

    /** This draft with a colour. */
    public RoleDraft withColor(int rgb) {
        return new RoleDraft(name, permissions, Optional.of(rgb), colorList, icon, hoist);
    }

    /** This draft with an icon URL. */
    public RoleDraft withIcon(String url) {
        return new RoleDraft(name, permissions, color, colorList, Optional.of(Checks.notNull("icon", url)), hoist);
    }

    /** This draft, hoisted or not. */
    public RoleDraft hoisted(boolean newHoist) {
        return new RoleDraft(name, permissions, color, colorList, icon, newHoist);
    }
}
