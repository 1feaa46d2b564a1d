package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.internal.Guard;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.voice.VoiceGateway;

/**
 * One set of gateways over a client: the cached one {@code HeychatHttp} hands out, or the read-through
 * one of {@code uncached()}, each port behind the domain's {@link Guard} (nulls refused by name before any call).
 * Both share the pipeline and the caches, so writes through either invalidate.
 *
 * @param self     the bot
 * @param rooms    rooms
 * @param voice    voice
 * @param channels channels
 * @param messages messages
 * @param roles    roles
 * @param memes    memes
 * @param media    media
 * @param events   the event gateway, one for both sets
 */
public record Ports(UserId self, RoomGateway rooms, VoiceGateway voice, ChannelGateway channels, MessageGateway messages,
                    RoleGateway roles, MemeGateway memes, MediaGateway media, EventGateway events) implements Heychat {

    /** The gateways over {@code core}, reading through the cache or past it. */
    public static Ports over(HttpCore core, boolean cached, EventGateway events) {
        return new Ports(core.self(), Guard.port(RoomGateway.class, new HttpRoomGateway(core, cached)),
                Guard.port(VoiceGateway.class, new HttpVoiceGateway(core)),
                Guard.port(ChannelGateway.class, new HttpChannelGateway(core)),
                Guard.port(MessageGateway.class, new HttpMessageGateway(core)),
                Guard.port(RoleGateway.class, new HttpRoleGateway(core, cached)),
                Guard.port(MemeGateway.class, new HttpMemeGateway(core, cached)),
                Guard.port(MediaGateway.class, new HttpMediaGateway(core)), events);
    }

    @Override
    public String toString() {
        return "Heychat over HTTP for bot " + self;
    }
}
