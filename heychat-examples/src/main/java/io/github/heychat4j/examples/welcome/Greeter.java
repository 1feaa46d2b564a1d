package io.github.heychat4j.examples.welcome;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.message.MessageContent;
import java.util.Map;
import java.util.Objects;

/**
 * An example bot that welcomes whoever joins a room, in that room's welcome channel, mentioning them.
 * Rooms without a welcome channel are left alone, and so are bots that join.
 *
 * {@snippet :
 * Greeter greeter = new Greeter(heychat, Map.of(room, ChannelRef.text(room, welcomeChannel)));
 * greeter.subscribe();
 * }
 *
 * <p>Thread-safe: it keeps no state of its own.
 */
public final class Greeter {
    private final Heychat heychat;
    private final Map<RoomId, ChannelRef> welcomeChannels;

    /**
     * @param heychat         the platform, through its ports
     * @param welcomeChannels for each room, the channel to greet in
     */
    public Greeter(Heychat heychat, Map<RoomId, ChannelRef> welcomeChannels) {
        this.heychat = Objects.requireNonNull(heychat, "heychat");
        this.welcomeChannels = Map.copyOf(Objects.requireNonNull(welcomeChannels, "welcomeChannels"));
    }

    /**
     * Starts greeting.
     *
     * @return the subscription; cancel it to stop greeting
     */
    public Subscription subscribe() {
        return heychat.events().on(MemberJoined.class, this::onJoin);
    }

    /**
     * Greets the member who joined, if their room has a welcome channel and they are a person.
     *
     * @return whether a greeting was sent
     */
    public boolean onJoin(MemberJoined joined) {
        ChannelRef channel = welcomeChannels.get(joined.room());
        UserId newcomer = joined.member().id();
        if (channel == null || joined.member().bot()) {
            return false;
        }
        try {
            heychat.messages().send(channel, MessageContent.markdown("欢迎 " + MessageContent.mention(newcomer) + " 加入！")
                    .mentioning(newcomer));
            return true;
        } catch (PermissionDeniedException cannotSpeakThere) {
            return false;
        }
    }
}
