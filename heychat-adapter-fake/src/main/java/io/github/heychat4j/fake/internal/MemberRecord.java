package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.room.Nickname;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** One member's mutable state in a room; guarded by the world's lock. */
final class MemberRecord {
    final UserId user;
    final Instant joinedAt;
    final Set<RoleId> roles = new LinkedHashSet<>();
    Optional<Nickname> nickname = Optional.empty();

    MemberRecord(UserId user, Instant joinedAt) {
        this.user = user;
        this.joinedAt = joinedAt;
    }
}
