package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;
import java.util.Set;

/**
 * A member of a room.
 *
 * @param id           the user id
 * @param nickname     the user's Heychat nickname
 * @param roomNickname the nickname in this room, if set
 * @param roles        the roles the member has in this room, immutable
 * @param bot          whether the member is a bot
 * @param owner        whether the member owns the room
 * @param avatar       the avatar URL, if any
 */
public record Member(UserId id, String nickname, Optional<Nickname> roomNickname, Set<RoleId> roles, boolean bot,
                     boolean owner, Optional<String> avatar) {
    /** Validates that nothing is null and copies the roles. */
    public Member {
        Checks.notNull("id", id);
        Checks.notNull("nickname", nickname);
        Checks.notNull("roomNickname", roomNickname);
        roles = Set.copyOf(Checks.elements("roles", roles));
        Checks.notNull("avatar", avatar);
    }

    /** The name to show: the room nickname if set, else the Heychat nickname. */
    public String displayName() {
        return roomNickname.map(Nickname::value).orElse(nickname);
    }

    /** Whether the member has the role. */
    public boolean hasRole(RoleId role) {
        return roles.contains(role);
    }
}
