package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;

/**
 * An invite code for a channel, as the platform returned it. The full invite URL format is not
 * documented, so only the code is given.
 *
 * @param code the code
 */
public record InviteCode(String code) {
    /** Validates the code is not blank. */
    public InviteCode {
        Checks.notBlank("inviteCode", code);
    }
}
