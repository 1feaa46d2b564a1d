package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import java.util.Optional;

/**
 * {@link MessageGateway} over HTTP. Each send gets its {@code heychat_ack_id} once, before the first
 * attempt, so every retry carries the same one. A "duplicate" answer to a retry is a success only for an id
 * this client minted ({@link Ids}: no other call has it); with an id the caller gave, it is an ambiguous
 * outcome.
 */
public final class HttpMessageGateway implements MessageGateway {
    private final HttpCore core;

    /** @param core the client */
    public HttpMessageGateway(HttpCore core) {
        this.core = core;
    }

    @Override
    public SentMessage send(ChannelRef channel, MessageContent content, SendOptions options) {
        ChannelRef.messageTarget("channel", channel);
        AckId ackId = options.ackId().orElseGet(core.ids()::nextAckId);
        return sent(core.call(Requests.send(channel, content, options.replyTo(), ackId)), ackId, options.ackId().isPresent());
    }

    @Override
    public SentMessage sendDirect(UserId user, MessageContent content, SendOptions options) {
        AckId ackId = options.ackId().orElseGet(core.ids()::nextAckId);
        return sent(core.call(Requests.sendDirect(user, content, ackId)), ackId, options.ackId().isPresent());
    }

    private static SentMessage sent(Reply reply, AckId ackId, boolean callersId) {
        if (reply.confirmedByRetry() && callersId) {
            // an id of the caller's may be shared on purpose (another process sending the same message): the
            // "duplicate" proves that a message with this id exists, not that this call's attempt put it there
            throw new AmbiguousOutcomeException("a retry of the message with the caller's heychat_ack_id \"" + ackId.value()
                    + "\" was answered \"duplicate\" after an attempt whose answer got lost: a message with this id was"
                    + " posted, by this call or by another sender of the same id");
        }
        if (reply.confirmedByRetry()) {
            // the first copy arrived, its answer got lost; the platform does not tell its id again
            return new SentMessage(Optional.empty(), ackId);
        }
        return SentMessage.of(Decoders.read(reply.result(), Decoders::messageId), ackId);
    }

    @Override
    public void edit(ChannelRef channel, MessageId message, MessageContent content) {
        ChannelRef.messageTarget("channel", channel);
        core.call(Requests.edit(channel, message, content, core.ids().nextAckId()));
    }

    @Override
    public void delete(ChannelRef channel, MessageId message) {
        core.call(Requests.deleteMessage(ChannelRef.messageTarget("channel", channel), message));
    }

    @Override
    public void setReaction(ChannelRef channel, MessageId message, Emoji emoji, boolean present) {
        core.call(Requests.reaction(ChannelRef.messageTarget("channel", channel), message, emoji, present));
    }
}
