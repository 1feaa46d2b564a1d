package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A room role (身份组) id. The platform's unsigned 64-bit id as a decimal string.
 *
 * {@snippet :
 * var id = RoleId.of("3581310465983111170");
 * }
 *
 * @param value the decimal digits
 */
public record RoleId(String value) {
    /** Validates the id: decimal digits of an unsigned 64-bit number. */
    public RoleId {
        Checks.unsigned64("roleId", value);
    }

    /** Same as the constructor. */
    public static RoleId of(String value) {
        return new RoleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
