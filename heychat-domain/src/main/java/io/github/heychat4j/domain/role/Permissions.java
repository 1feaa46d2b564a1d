package io.github.heychat4j.domain.role;

import io.github.heychat4j.domain.internal.Checks;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable set of {@link Permission}s, as the platform's 64-bit bitmask. The platform sends
 * bitmasks as decimal strings ({@code "1099511644160"}); {@link #parse(String)} and
 * {@link #toDecimalString()} convert both ways.
 *
 * {@snippet :
 * Permissions p = Permissions.parse("17408");         // bits 10 and 14
 * p.allows(Permission.KICK_MEMBERS);                  // true
 * Permissions.of(Permission.ADMINISTRATOR).allows(Permission.MOVE_MEMBERS); // true: admin implies all
 * }
 */
public final class Permissions {
    private static final long KNOWN = Arrays.stream(Permission.values()).mapToLong(Permission::mask).reduce(0, (a, b) -> a | b);
    private static final Permissions NONE = new Permissions(0);

    private final long mask;

    private Permissions(long mask) {
        this.mask = mask;
    }

    /** No permission at all. */
    public static Permissions none() {
        return NONE;
    }

    /** Every known permission bit set, ADMINISTRATOR included. */
    public static Permissions all() {
        return new Permissions(KNOWN);
    }

    /** The given permissions. */
    public static Permissions of(Permission... permissions) {
        long m = 0;
        for (Permission p : Checks.elements("permissions", permissions)) {
            m |= p.mask();
        }
        return new Permissions(m);
    }

    /** The given permissions. */
    public static Permissions of(Set<Permission> permissions) {
        return of(Checks.elements("permissions", permissions).toArray(Permission[]::new));
    }

    /**
     * From a raw bitmask. Bits the platform may add later are rejected so that nothing is silently
     * dropped; use {@link #parse(String)} for platform data.
     *
     * @throws IllegalArgumentException when a bit above 40 is set
     */
    public static Permissions fromMask(long mask) {
        if ((mask & ~KNOWN) != 0) {
            throw new IllegalArgumentException("permissions: unknown bits set in mask " + Long.toUnsignedString(mask)
                    + " (known bits are 0 to 40)");
        }
        return new Permissions(mask);
    }

    /**
     * From the platform's decimal-string bitmask (unsigned 64-bit). Unknown bits are kept, so that a
     * role read and written back loses nothing.
     *
     * @throws IllegalArgumentException when the text is not an unsigned 64-bit decimal number
     */
    public static Permissions parse(String decimal) {
        if (decimal == null || decimal.isEmpty() || decimal.length() > 20 || !decimal.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("permissions: must be a decimal bitmask, got \"" + decimal + "\"");
        }
        try {
            return new Permissions(Long.parseUnsignedLong(decimal));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("permissions: must fit in 64 bits, got " + decimal, e);
        }
    }

    /** Whether this set grants {@code permission}: its bit is set, or ADMINISTRATOR is. */
    public boolean allows(Permission permission) {
        return (mask & (Permission.ADMINISTRATOR.mask() | permission.mask())) != 0;
    }

    /** Whether the bit itself is set, without the ADMINISTRATOR rule. */
    public boolean has(Permission permission) {
        return (mask & permission.mask()) != 0;
    }

    /** This set plus the given permissions. */
    public Permissions with(Permission... permissions) {
        return new Permissions(mask | of(permissions).mask);
    }

    /** This set without the given permissions. */
    public Permissions without(Permission... permissions) {
        return new Permissions(mask & ~of(permissions).mask);
    }

    /** The union of both sets. */
    public Permissions union(Permissions other) {
        return new Permissions(mask | other.mask);
    }

    /** This set without every bit of {@code other}. */
    public Permissions minus(Permissions other) {
        return new Permissions(mask & ~other.mask);
    }

    /** Whether no bit is set. */
    public boolean isEmpty() {
        return mask == 0;
    }

    /** The known permissions whose bit is set. */
    public Set<Permission> toSet() {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (has(p)) {
                set.add(p);
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /** The raw bitmask, unknown bits included. */
    public long mask() {
        return mask;
    }

    /** The bitmask as the platform's decimal string (unsigned). */
    public String toDecimalString() {
        return Long.toUnsignedString(mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permissions other && other.mask == mask;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mask);
    }

    @Override
    public String toString() {
        String names = toSet().stream().map(Enum::name).collect(Collectors.joining(", "));
        long unknown = mask & ~KNOWN;
        return "Permissions[" + names + (unknown != 0 ? (names.isEmpty() ? "" : ", ") + "unknown bits " + Long.toUnsignedString(unknown) : "") + "]";
    }
}
