package io.github.heychat4j.fake;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.internal.EventHub;
import io.github.heychat4j.domain.internal.Guard;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.voice.VoiceGateway;
import io.github.heychat4j.fake.internal.CallRoute;
import io.github.heychat4j.fake.internal.FakeChannels;
import io.github.heychat4j.fake.internal.FakeMedia;
import io.github.heychat4j.fake.internal.FakeMemes;
import io.github.heychat4j.fake.internal.FakeMessages;
import io.github.heychat4j.fake.internal.FakeRoles;
import io.github.heychat4j.fake.internal.FakeRooms;
import io.github.heychat4j.fake.internal.FakeVoice;
import io.github.heychat4j.fake.internal.JournalLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one bot sees and does in a {@link FakeWorld}: every port, enforcing the platform's rules
 * (membership, permissions, role hierarchy, channel types, paging limits, ack-id de-duplication, the
 * direct-message limit) and throwing the same exceptions the HTTP adapter throws. Thread-safe.
 *
 * {@snippet :
 * FakeHeychat bot = world.heychatFor(BOT);
 * bot.rooms().kick(ROOM, SPAMMER);
 * assertTrue(world.member(ROOM, SPAMMER).isEmpty());
 * }
 */
public final class FakeHeychat implements Heychat {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.fake.events");
    private final FakeWorld world;
    private final UserId self;
    private final Journal journal;
    private final RoomGateway rooms;
    private final VoiceGateway voice;
    private final ChannelGateway channels;
    private final MessageGateway messages;
    private final RoleGateway roles;
    private final MemeGateway memes;
    private final MediaGateway media;
    private final EventHub events;
    private final List<HandlerFailure> handlerFailures = new CopyOnWriteArrayList<>();

    FakeHeychat(FakeWorld world, UserId self, CallRoute route, JournalLog log) {
        this.world = world;
        this.self = self;
        this.journal = new Journal(log, entry -> entry.bot().equals(self));
        this.rooms = Guard.port(RoomGateway.class, new FakeRooms(route, self));
        this.voice = Guard.port(VoiceGateway.class, new FakeVoice(route, self));
        this.channels = Guard.port(ChannelGateway.class, new FakeChannels(route, self));
        this.messages = Guard.port(MessageGateway.class, new FakeMessages(route, self));
        this.roles = Guard.port(RoleGateway.class, new FakeRoles(route, self));
        this.memes = Guard.port(MemeGateway.class, new FakeMemes(route, self));
        this.media = Guard.port(MediaGateway.class, new FakeMedia(route, self));
        this.events = new EventHub(self, false);
        events.onHandlerFailure(failure -> {
            handlerFailures.add(failure);
            LOG.log(System.Logger.Level.WARNING, "an event handler of bot " + self + " failed on " + failure.event(), failure.error());
        });
        world.observe(self, events::publish);
    }

    @Override
    public UserId self() {
        return self;
    }

    /** The world this bot acts in. */
    public FakeWorld world() {
        return world;
    }

    /** This bot's calls only. */
    public Journal journal() {
        return journal;
    }

    @Override
    public RoomGateway rooms() {
        return rooms;
    }

    @Override
    public VoiceGateway voice() {
        return voice;
    }

    @Override
    public ChannelGateway channels() {
        return channels;
    }

    @Override
    public MessageGateway messages() {
        return messages;
    }

    @Override
    public RoleGateway roles() {
        return roles;
    }

    @Override
    public MemeGateway memes() {
        return memes;
    }

    @Override
    public MediaGateway media() {
        return media;
    }

    /**
     * What this bot hears, delivered on the thread of whoever acted in the world, before that action
     * returns: a test needs no waiting (see {@link FakeWorld} for which change pushes which event). The
     * bot's own messages, reactions, commands and clicks are not delivered, as over the real gateway,
     * unless {@link #deliverOwnActions} says so. A handler that throws is isolated, logged and kept in
     * {@link #handlerFailures()}.
     */
    @Override
    public EventGateway events() {
        return events;
    }

    /**
     * Whether {@link #events()} delivers the bot's own messages, reactions, commands and clicks too (off
     * by default, as the HTTP adapter's default); takes effect from the next event. Membership changes of
     * the bot are always delivered.
     *
     * @param deliver true to hear itself
     */
    public void deliverOwnActions(boolean deliver) {
        events.deliverOwnActions(deliver);
    }

    /** Every failure of this bot's event handlers so far, in order (each also logged as a warning). */
    public List<HandlerFailure> handlerFailures() {
        return List.copyOf(handlerFailures);
    }

    @Override
    public String toString() {
        return "FakeHeychat[bot " + self + "]";
    }
}
