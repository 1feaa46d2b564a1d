package io.github.heychat4j.domain.role;

import io.github.heychat4j.domain.internal.Checks;

/**
 * Where to move a role in the room's order, for {@link RoleGateway#update(io.github.heychat4j.domain.RoomId,
 * io.github.heychat4j.domain.RoleId, RoleDraft, RolePosition)}: higher positions rank higher, 0 is the bottom.
 * A position read from the platform ({@link Role#position()}) is kept as it came.
 *
 * {@snippet :
 * heychat.roles().update(room, vip.id(), RoleDraft.of(vip).withName("VIP+"), RolePosition.of(vip.position()));
 * }
 *
 * @param value 0 to {@value #MAX}
 */
public record RolePosition(int value) {
    /**
     * The highest position accepted. The platform documents no bound; a room has at most a few hundred roles, and
     * a bound keeps a position such as {@code Integer.MAX_VALUE} (and the shifting of the roles above it) from
     * reaching the platform.
     */
    public static final int MAX = 9_999;

    /** Validates the position. */
    public RolePosition {
        Checks.between("position", value, 0, MAX);
    }

    /** Same as the constructor. */
    public static RolePosition of(int value) {
        return new RolePosition(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
