package io.github.heychat4j.domain;

import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.voice.VoiceGateway;

/**
 * Everything a bot can do on Heychat, one port per concept. A bot's own code depends on this
 * interface only; which adapter runs underneath is decided where the bot is wired: the HTTP adapter
 * in production, a fake or the emulator in tests.
 *
 * {@snippet :
 * void greet(Heychat heychat, ChannelRef channel, UserId newcomer) {
 *     heychat.messages().send(channel,
 *             MessageContent.markdown("欢迎 " + MessageContent.mention(newcomer)).mentioning(newcomer));
 * }
 * }
 */
public interface Heychat {

    /** The bot's own user id. */
    UserId self();

    /** Rooms and their members. */
    RoomGateway rooms();

    /** Voice channels: who is where, moving and disconnecting. */
    VoiceGateway voice();

    /** Creating, changing and deleting channels. */
    ChannelGateway channels();

    /** Channel and direct messages, reactions. */
    MessageGateway messages();

    /** Roles and who has them. */
    RoleGateway roles();

    /** The room's own emoji and stickers. */
    MemeGateway memes();

    /** Uploads and voice-channel streams. */
    MediaGateway media();

    /**
     * What the bot hears: messages, commands, joins, reactions, button clicks. Subscribe handlers here;
     * how events arrive (the fake's people, the platform's WebSocket gateway) is the adapter's business.
     *
     * {@snippet :
     * heychat.events().on(MemberJoined.class, joined -> greeter.welcome(joined));
     * }
     */
    EventGateway events();
}
