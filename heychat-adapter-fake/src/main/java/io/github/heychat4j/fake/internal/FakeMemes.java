package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.Operation;
import java.util.List;

/** The memes port over the fake world. */
public final class FakeMemes implements MemeGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeMemes(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public RoomMemes list(RoomId room) {
        return route.call(self, Operation.MEMES_LIST, List.of(room),
                w -> WorldState.memesOf(Rules.joinedRoom(w, room, self)));
    }

    @Override
    public void rename(RoomId room, MemePath meme, MemeName newName) {
        // journalled as the plain name, as it goes on the wire
        String name = newName.value();
        route.run(self, Operation.MEMES_RENAME, List.of(room, meme, name), w -> {
            RoomState r = managed(w, room, meme);
            Meme old = r.memes.get(meme);
            r.memes.put(meme, new Meme(meme, name, old.extension(), old.kind(), old.createdAt(), old.uploader()));
        });
    }

    @Override
    public void delete(RoomId room, MemePath meme) {
        route.run(self, Operation.MEMES_DELETE, List.of(room, meme),
                w -> managed(w, room, meme).memes.remove(meme));
    }

    private RoomState managed(WorldState w, RoomId room, MemePath meme) {
        RoomState r = Rules.joinedRoom(w, room, self);
        Rules.require(r, self, Permission.MANAGE_EMOJIS_AND_STICKERS);
        if (!r.memes.containsKey(meme)) {
            throw Errors.memeMissing(meme, room);
        }
        return r;
    }
}
