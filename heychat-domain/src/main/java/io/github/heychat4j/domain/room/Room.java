package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A room (房间) the bot has joined.
 *
 * @param id       its id
 * @param name     its name
 * @param avatar   the small picture's URL, if any
 * @param banner   the large picture's URL, if any
 * @param owner    who created it, if known
 * @param isPublic whether anyone can join with {@link #publicId()}
 * @param publicId the public room number, if public
 * @param hot      whether it is listed as a hot room
 * @param joinedAt when the bot joined, if known
 */
public record Room(RoomId id, String name, Optional<String> avatar, Optional<String> banner, Optional<UserId> owner,
                   boolean isPublic, Optional<String> publicId, boolean hot, Optional<Instant> joinedAt) {
    /** Validates that nothing is null. */
    public Room {
        Checks.notNull("id", id);
        Checks.notNull("name", name);
        Checks.notNull("avatar", avatar);
        Checks.notNull("banner", banner);
        Checks.notNull("owner", owner);
        Checks.notNull("publicId", publicId);
        Checks.notNull("joinedAt", joinedAt);
    }

    /** A private room with just an id and a name. */
    public static Room of(RoomId id, String name) {
        return new Room(id, name, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                Optional.empty());
    }
}
