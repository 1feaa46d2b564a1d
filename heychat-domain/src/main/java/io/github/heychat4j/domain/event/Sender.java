package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;
import java.util.Set;

/**
 * Who did something, as an event tells it: the platform's {@code sender_info} or {@code user_info}, or
 * the flat user fields of a posted message. Events carry what the platform pushes, which may be less
 * than {@code rooms().members(...)} would tell: the roles, for example, come only with posted messages.
 *
 * {@snippet :
 * Sender alice = Sender.of(UserId.of(8828375), "alice");
 * }
 *
 * @param id           the user id
 * @param nickname     the Heychat nickname (may be empty when the platform leaves it out)
 * @param roomNickname the nickname in the room, when the event carries one and it is set
 * @param roles        the member's roles in the room, when the event carries them; else empty
 * @param bot          whether the user is a bot
 * @param avatar       the avatar URL, if the event carries one
 */
public record Sender(UserId id, String nickname, Optional<String> roomNickname, Set<RoleId> roles, boolean bot,
                     Optional<String> avatar) {
    /** Validates that nothing is null and copies the roles. */
    public Sender {
        Checks.notNull("id", id);
        Checks.notNull("nickname", nickname);
        Checks.notNull("roomNickname", roomNickname);
        Checks.size("roles", roles, 0, Integer.MAX_VALUE);
        roles = Set.copyOf(Checks.elements("roles", roles));
        Checks.notNull("avatar", avatar);
    }

    /** A person known only by id and nickname. */
    public static Sender of(UserId id, String nickname) {
        return new Sender(id, nickname, Optional.empty(), Set.of(), false, Optional.empty());
    }

    /** The name to show: the room nickname when set, else the Heychat nickname, else the id. */
    public String displayName() {
        return roomNickname.filter(n -> !n.isBlank())
                .orElse(nickname.isBlank() ? id.toString() : nickname);
    }

    /** Whether the event says the member has the role (only events that carry roles can say yes). */
    public boolean hasRole(RoleId role) {
        return roles.contains(role);
    }
}
