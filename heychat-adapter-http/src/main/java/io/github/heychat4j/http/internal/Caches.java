package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.http.CacheChange;
import io.github.heychat4j.http.CacheChangePublisher;
import io.github.heychat4j.http.CacheCoherence;
import io.github.heychat4j.http.HeychatListener;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client's caches of read-mostly data, and which write drops what: every write through the client
 * invalidates the entries it may have changed, whether it succeeded or not (a failed write may still
 * have been applied). Each change, of a write or an event, is also handed to the {@link CacheCoherence}'s
 * publisher, for the other replicas of the bot; their changes arrive through {@link #apply}.
 */
public final class Caches implements GatewayClient.KeptFresh, AutoCloseable {
    private enum Everything {
        ALL
    }

    private final ReadCache<Everything, List<Room>> joinedRooms;
    private final ReadCache<RoomId, RoomDetails> details;
    private final ReadCache<RoomId, List<Role>> roles;
    private final ReadCache<RoomId, RoomMemes> memes;
    private final CacheChangePublisher publisher;
    private final HeychatListener listener;

    Caches(Settings settings, HeychatListener listener, Supplier<List<Room>> allJoinedRooms,
           Function<RoomId, RoomDetails> roomDetails, Function<RoomId, List<Role>> roomRoles,
           Function<RoomId, RoomMemes> roomMemes) {
        this.joinedRooms = new ReadCache<>("joinedRooms", key -> allJoinedRooms.get(), settings, listener);
        this.details = new ReadCache<>("roomDetails", roomDetails, settings, listener);
        this.roles = new ReadCache<>("roles", roomRoles, settings, listener);
        this.memes = new ReadCache<>("memes", roomMemes, settings, listener);
        this.listener = listener;
        this.publisher = settings.cache().enabled()
                ? Objects.requireNonNullElse(settings.cacheCoherence().attach(settings.bot(), this::apply, listener),
                        CacheChangePublisher.NONE)
                : CacheChangePublisher.NONE;
    }

    /** Drops what a change of another replica made stale; nothing is passed on. */
    private void apply(CacheChange change) {
        drop(change);
        listener.cacheChangeReceived(change);
    }

    private void changed(CacheChange change) {
        drop(change);
        publisher.publish(change);
    }

    /** The one table of which change drops which entries. */
    private void drop(CacheChange change) {
        RoomId room = change.room().orElse(null);
        switch (change.kind()) {
            case ROOM_JOINED -> {
                joinedRooms.invalidateAll();
                details.invalidate(room);
            }
            case ROOM_LEFT -> {
                joinedRooms.invalidateAll();
                details.invalidate(room);
                roles.invalidate(room);
                memes.invalidate(room);
            }
            case ROOM_CHANGED -> details.invalidate(room);
            case ROLES_CHANGED -> {
                roles.invalidate(room);
                details.invalidate(room);
            }
            case MEMES_CHANGED -> memes.invalidate(room);
            case EVENTS_MISSED -> {
                joinedRooms.invalidateAll();
                details.invalidateAll();
            }
            case CHANGES_MISSED -> {
                joinedRooms.invalidateAll();
                details.invalidateAll();
                roles.invalidateAll();
                memes.invalidateAll();
            }
            default -> throw new IllegalStateException("unknown cache change " + change.kind());
        }
    }

    List<Room> joinedRooms(boolean cached) {
        return cached ? joinedRooms.get(Everything.ALL) : joinedRooms.fresh(Everything.ALL);
    }

    RoomDetails details(RoomId room, boolean cached) {
        return cached ? details.get(room) : details.fresh(room);
    }

    List<Role> roles(RoomId room, boolean cached) {
        return cached ? roles.get(room) : roles.fresh(room);
    }

    RoomMemes memes(RoomId room, boolean cached) {
        return cached ? memes.get(room) : memes.fresh(room);
    }

    /** The bot left a room: it is gone from the list, and nothing of it can be read any more. */
    void roomLeft(RoomId room) {
        changed(CacheChange.in(CacheChange.Kind.ROOM_LEFT, room));
    }

    /** Something the room view shows changed: channels, or the bot's own nickname. */
    void roomChanged(RoomId room) {
        changed(CacheChange.in(CacheChange.Kind.ROOM_CHANGED, room));
    }

    /** A role, or who has it, changed: the role list and the room view (roles, my_roles). */
    void rolesChanged(RoomId room) {
        changed(CacheChange.in(CacheChange.Kind.ROLES_CHANGED, room));
    }

    /**
     * Someone joined a room. Nothing cached lists a room's members (room details hold the bot's own roles, not a
     * roster), so only the bot's own joining changes anything: the list of joined rooms.
     */
    @Override
    public void memberJoined(RoomId room, boolean self) {
        if (self) {
            changed(CacheChange.in(CacheChange.Kind.ROOM_JOINED, room));
        }
    }

    /** Someone left a room; as for joining, only the bot's own leaving (or being kicked) changes what is cached. */
    @Override
    public void memberLeft(RoomId room, boolean self) {
        if (self) {
            roomLeft(room);
        }
    }

    /**
     * The gateway was deaf for a while: the bot may have been added to or removed from rooms without hearing it,
     * so the joined rooms and every room's details (which hold the bot's own roles) are read again.
     */
    @Override
    public void reconnected() {
        changed(CacheChange.everywhere(CacheChange.Kind.EVENTS_MISSED));
    }

    /** A meme changed. */
    void memesChanged(RoomId room) {
        changed(CacheChange.in(CacheChange.Kind.MEMES_CHANGED, room));
    }

    /** Stops passing changes on to the other replicas. */
    @Override
    public void close() {
        publisher.close();
    }
}
