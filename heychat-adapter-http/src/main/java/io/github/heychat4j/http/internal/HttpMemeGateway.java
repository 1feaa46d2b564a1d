package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;

/** {@link MemeGateway} over HTTP; the list comes from the cache unless {@code cached} is off. */
public final class HttpMemeGateway implements MemeGateway {
    private final HttpCore core;
    private final boolean cached;

    /**
     * @param core   the client
     * @param cached whether the list may be answered from the cache
     */
    public HttpMemeGateway(HttpCore core, boolean cached) {
        this.core = core;
        this.cached = cached;
    }

    @Override
    public RoomMemes list(RoomId room) {
        return core.caches().memes(Checks.notNull("room", room), cached);
    }

    @Override
    public void rename(RoomId room, MemePath meme, MemeName newName) {
        Checks.notNull("room", room);
        Checks.notNull("meme", meme);
        Checks.notNull("newName", newName);
        try {
            core.call(Requests.renameMeme(room, meme, newName.value()));
        } finally {
            core.caches().memesChanged(room);
        }
    }

    @Override
    public void delete(RoomId room, MemePath meme) {
        Checks.notNull("room", room);
        Checks.notNull("meme", meme);
        try {
            core.call(Requests.deleteMeme(room, meme));
        } finally {
            core.caches().memesChanged(room);
        }
    }
}
