package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.voice.VoiceGateway;
import java.util.List;
import java.util.Optional;

/** {@link VoiceGateway} over HTTP. */
public final class HttpVoiceGateway implements VoiceGateway {
    private final HttpCore core;

    /** @param core the client */
    public HttpVoiceGateway(HttpCore core) {
        this.core = core;
    }

    @Override
    public void move(RoomId room, ChannelId from, ChannelId to, UsersToMove users) {
        core.call(Requests.move(room, from, to, users));
    }

    @Override
    public void disconnect(ChannelRef voiceChannel, UserId user) {
        core.call(Requests.disconnect(core.self(), ChannelRef.voiceTarget("voiceChannel", voiceChannel), user));
    }

    @Override
    public void toggleMicrophone(ChannelRef voiceChannel, UserId user) {
        core.call(Requests.toggleMicrophone(ChannelRef.voiceTarget("voiceChannel", voiceChannel), user));
    }

    @Override
    public Optional<ChannelId> channelOf(RoomId room, UserId user, boolean voiceOnly) {
        return core.read(Requests.whichChannel(room, user, voiceOnly), Decoders::whichChannel);
    }

    @Override
    public List<UserId> usersIn(ChannelRef voiceChannel) {
        return core.read(Requests.voiceUsers(core.self(), ChannelRef.voiceTarget("voiceChannel", voiceChannel)), Decoders::voiceUsers);
    }
}
