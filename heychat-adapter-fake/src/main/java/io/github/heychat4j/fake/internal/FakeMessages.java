package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.DirectMessage;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.fake.PostedMessage;
import java.util.List;
import java.util.stream.Stream;

/** The messages port over the fake world. */
public final class FakeMessages implements MessageGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeMessages(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public SentMessage send(ChannelRef channel, MessageContent content, SendOptions options) {
        ChannelRef.messageTarget("channel", channel);
        return route.call(self, Operation.MESSAGES_SEND, withOptions(List.of(channel, content), options), w -> {
            RoomState r = Rules.joinedRoom(w, channel.room(), self);
            ChannelRecord c = Rules.messageChannel(r, channel.channel());
            Rules.requireCanPost(w, r, self, content);
            options.replyTo().ifPresent(replied -> Rules.message(w, c, replied));
            AckId ackId = Rules.ackIdFor(w, self, options.ackId());
            Rules.rememberAck(w, self, ackId);
            PostedMessage message = new PostedMessage(MessageId.of(w.nextId()), r.id, c.id, self, content,
                    options.replyTo(), ackId, w.now(), false);
            w.store(r, c, message);
            return SentMessage.of(message.id(), ackId);
        });
    }

    @Override
    public void edit(ChannelRef channel, MessageId message, MessageContent content) {
        ChannelRef.messageTarget("channel", channel);
        route.run(self, Operation.MESSAGES_EDIT, List.of(channel, message, content), w -> {
            RoomState r = Rules.joinedRoom(w, channel.room(), self);
            ChannelRecord c = Rules.messageChannel(r, channel.channel());
            PostedMessage original = Rules.message(w, c, message);
            if (!original.author().equals(self)) {
                throw Errors.permissionDenied("only the author can edit message " + message);
            }
            Rules.requireCanPost(w, r, self, content);
            w.messages.put(message, original.editedTo(content));
        });
    }

    @Override
    public void delete(ChannelRef channel, MessageId message) {
        ChannelRef.messageTarget("channel", channel);
        route.run(self, Operation.MESSAGES_DELETE, List.of(channel, message), w -> {
            RoomState r = Rules.joinedRoom(w, channel.room(), self);
            ChannelRecord c = Rules.messageChannel(r, channel.channel());
            PostedMessage original = Rules.message(w, c, message);
            if (!original.author().equals(self)) {
                Rules.require(r, self, Permission.MANAGE_MESSAGES);
            }
            // the platform pushes no event for a deletion (nor for an edit)
            w.messages.remove(message);
            w.reactions.remove(message);
        });
    }

    @Override
    public void setReaction(ChannelRef channel, MessageId message, Emoji emoji, boolean present) {
        ChannelRef.messageTarget("channel", channel);
        route.run(self, Operation.MESSAGES_SET_REACTION,
                List.of(channel, message, emoji, present), w -> {
                    RoomState r = Rules.joinedRoom(w, channel.room(), self);
                    ChannelRecord c = Rules.messageChannel(r, channel.channel());
                    Rules.message(w, c, message);
                    Rules.require(r, self, Permission.ADD_REACTIONS);
                    w.setReaction(r, c, message, self, emoji, present);
                });
    }

    @Override
    public SentMessage sendDirect(UserId user, MessageContent content, SendOptions options) {
        return route.call(self, Operation.MESSAGES_SEND_DIRECT, withOptions(List.of(user, content), options), w -> {
            Rules.requireCanMessageDirectly(w, self, user);
            Rules.requireClean(w, content);
            AckId ackId = Rules.ackIdFor(w, self, options.ackId());
            Rules.rememberAck(w, self, ackId);
            DirectMessage message = new DirectMessage(MessageId.of(w.nextId()), self, user, content, ackId, w.now());
            w.directMessages.add(message);
            w.unansweredDirect.merge(new WorldState.BotAndUser(self, user), 1, Integer::sum);
            return SentMessage.of(message.id(), ackId);
        });
    }

    /** The options join the journaled arguments only when they say something. */
    private static List<?> withOptions(List<?> args, SendOptions options) {
        return options.equals(SendOptions.defaults()) ? args : Stream.concat(args.stream(), Stream.of(options)).toList();
    }
}
