package io.github.heychat4j.http;

import io.github.heychat4j.domain.RoomId;
import java.util.Optional;

/**
 * What a write or an event changed, as the client's caches see it: which entries it drops. A client applies a
 * change to its own caches and hands it to its {@link CacheCoherence}, which may tell the other replicas of
 * the bot, whose caches then drop the same entries.
 *
 * @param kind what changed
 * @param room the room it changed in; empty exactly for {@link Kind#EVENTS_MISSED} and {@link Kind#CHANGES_MISSED}
 */
public record CacheChange(Kind kind, Optional<RoomId> room) {
    /** What changed, and so which cached entries are dropped. */
    public enum Kind {
        /** The bot joined the room: the joined rooms and the room's details. */
        ROOM_JOINED,
        /** The bot left the room (or was removed): the joined rooms and everything cached of the room. */
        ROOM_LEFT,
        /** Something the room view shows changed (channels, the bot's nickname): the room's details. */
        ROOM_CHANGED,
        /** A role, or who has it, changed: the room's roles and details. */
        ROLES_CHANGED,
        /** A meme changed: the room's memes. */
        MEMES_CHANGED,
        /** The gateway was deaf for a while: the joined rooms and every room's details. */
        EVENTS_MISSED,
        /** Other replicas' changes may have been missed (e.g. their messages were lost): every cached entry. */
        CHANGES_MISSED
    }

    /** Checks that a room is given exactly when the kind needs one. */
    public CacheChange {
        PolicyChecks.notNull("kind", kind);
        PolicyChecks.notNull("room", room);
        boolean roomless = kind == Kind.EVENTS_MISSED || kind == Kind.CHANGES_MISSED;
        if (roomless == room.isPresent()) {
            throw new IllegalArgumentException("room: " + (roomless ? "must be empty for " : "required for ") + kind);
        }
    }

    /** A change in one room. */
    public static CacheChange in(Kind kind, RoomId room) {
        return new CacheChange(kind, Optional.of(PolicyChecks.notNull("room", room)));
    }

    /** A change of no one room ({@link Kind#EVENTS_MISSED}, {@link Kind#CHANGES_MISSED}). */
    public static CacheChange everywhere(Kind kind) {
        return new CacheChange(kind, Optional.empty());
    }
}
