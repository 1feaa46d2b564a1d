package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.http.HeychatListener;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client's caches of read-mostly data, and which write drops what: every write through the client
 * invalidates the entries it may have changed, whether it succeeded or not (a failed write may still
 * have been applied).
 */
public final class Caches implements GatewayClient.KeptFresh {
    private enum Everything {
        ALL
    }

    private final ReadCache<Everything, List<Room>> joinedRooms;
    private final ReadCache<RoomId, RoomDetails> details;
    private final ReadCache<RoomId, List<Role>> roles;
    private final ReadCache<RoomId, RoomMemes> memes;

    Caches(Settings settings, HeychatListener listener, Supplier<List<Room>> allJoinedRooms,
           Function<RoomId, RoomDetails> roomDetails, Function<RoomId, List<Role>> roomRoles,
           Function<RoomId, RoomMemes> roomMemes) {
        this.joinedRooms = new ReadCache<>("joinedRooms", key -> allJoinedRooms.get(), settings, listener);
        this.details = new ReadCache<>("roomDetails", roomDetails, settings, listener);
        this.roles = new ReadCache<>("roles", roomRoles, settings, listener);
        this.memes = new ReadCache<>("memes", roomMemes, settings, listener);
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
        joinedRooms.invalidateAll();
        details.invalidate(room);
        roles.invalidate(room);
        memes.invalidate(room);
    }

    /** Something the room view shows changed: channels, or the bot's own nickname. */
    void roomChanged(RoomId room) {
        details.invalidate(room);
    }

    /** A role, or who has it, changed: the role list and the room view (roles, my_roles). */
    void rolesChanged(RoomId room) {
        roles.invalidate(room);
        details.invalidate(room);
    }

    /**
     * Someone joined a room. Nothing cached lists a room's members (room details hold the bot's own roles, not a
     * roster), so only the bot's own joining changes anything: the list of joined rooms.
     */
    @Override
    public void memberJoined(RoomId room, boolean self) {
        if (self) {
            joinedRooms.invalidateAll();
            details.invalidate(room);
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
        joinedRooms.invalidateAll();
        details.invalidateAll();
    }

    /** A meme changed. */
    void memesChanged(RoomId room) {
        memes.invalidate(room);
    }
}
