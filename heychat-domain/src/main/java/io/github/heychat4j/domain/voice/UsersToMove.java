package io.github.heychat4j.domain.voice;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The users one {@link VoiceGateway#move(io.github.heychat4j.domain.RoomId, io.github.heychat4j.domain.ChannelId, io.github.heychat4j.domain.ChannelId, UsersToMove) voice move} takes along: 1 to {@value #MAX_SIZE} distinct users, none
 * of them null. They are kept in id order, so the wire and the fake's journal read the same every run.
 *
 * {@snippet :
 * heychat.voice().move(room, lobby, afk, UsersToMove.of(alice, bob));
 * }
 *
 * @param users 1 to {@value #MAX_SIZE} users, immutable, in id order
 */
public record UsersToMove(Set<UserId> users) {
    /** The most users moved in one call (not documented by the platform). */
    public static final int MAX_SIZE = 50;

    /** Validates the set and copies it, in id order. */
    public UsersToMove {
        Checks.size("users", users, 1, MAX_SIZE);
        users = Collections.unmodifiableSortedSet(new TreeSet<>(users));
    }

    /**
     * The given users; naming a user twice is refused, as it is most likely a mistake in the caller's list.
     *
     * @throws IllegalArgumentException naming {@code users} when the array is null, empty, too long, has a null
     *                                  element or names a user twice
     */
    public static UsersToMove of(UserId... users) {
        List<UserId> list = Checks.elements("users", users);
        Set<UserId> distinct = new HashSet<>(list);
        if (distinct.size() != list.size()) {
            throw new IllegalArgumentException("users: must not name a user twice, got " + Arrays.toString(users));
        }
        return new UsersToMove(distinct);
    }
}
