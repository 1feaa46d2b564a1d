package io.github.heychat4j.http.internal;

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
        return core.caches().memes(room, cached);
    }

    @Override
    public void rename(RoomId room, MemePath meme, MemeName newName) {
        try {
            core.call(Requests.renameMeme(room, meme, newName.value()));
        } finally {
            core.caches().memesChanged(room);
        }
    }

    @Override
    public void delete(RoomId room, MemePath meme) {
        try {
            core.call(Requests.deleteMeme(room, meme));
        } finally {
            core.caches().memesChanged(room);
        }
    }
}
