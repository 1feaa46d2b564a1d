package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;

/**
 * Channel messages, reactions and direct messages.
 *
 * {@snippet :
 * MessageGateway messages = heychat.messages();
 * SentMessage sent = messages.send(general, MessageContent.markdown("hi " + MessageContent.mention(alice)).mentioning(alice));
 * sent.id().ifPresent(id -> messages.addReaction(general, id, Emoji.builtin("cube", "doge")));
 * messages.sendDirect(alice, MessageContent.text("欢迎加入"));
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface MessageGateway {

    /**
     * Sends a message to a text or announcement channel. Needs 发送消息 ({@code SEND_MESSAGES}); images
     * also need 发送图片 ({@code SEND_IMAGES}); {@code @{all}}/{@code @{here}} and role mentions need
     * {@code MENTION_EVERYONE}. Wire: {@code POST /chatroom/v2/channel_msg/send}.
     */
    SentMessage send(ChannelRef channel, MessageContent content, SendOptions options);

    /** Sends a message with default options. */
    default SentMessage send(ChannelRef channel, MessageContent content) {
        return send(channel, content, SendOptions.defaults());
    }

    /** Sends a reply to {@code message}. */
    default SentMessage reply(ChannelRef channel, MessageId message, MessageContent content) {
        return send(channel, content, SendOptions.replyingTo(message));
    }

    /** Replaces the content of one of the bot's own messages. Wire: {@code POST /chatroom/v2/channel_msg/update}. */
    void edit(ChannelRef channel, MessageId message, MessageContent content);

    /**
     * Deletes a message: the bot's own, or anyone's with 管理消息 ({@code MANAGE_MESSAGES}).
     * Wire: {@code POST /chatroom/v2/channel_msg/delete}.
     */
    void delete(ChannelRef channel, MessageId message);

    /**
     * Adds ({@code present = true}) or removes the bot's reaction on a message. Needs 添加表情回应
     * ({@code ADD_REACTIONS}). Wire: {@code POST /chatroom/v2/channel_msg/emoji/reply}.
     */
    void setReaction(ChannelRef channel, MessageId message, Emoji emoji, boolean present);

    /** Adds the bot's reaction. See {@link #setReaction}. */
    default void addReaction(ChannelRef channel, MessageId message, Emoji emoji) {
        setReaction(channel, message, emoji, true);
    }

    /** Removes the bot's reaction. See {@link #setReaction}. */
    default void removeReaction(ChannelRef channel, MessageId message, Emoji emoji) {
        setReaction(channel, message, emoji, false);
    }

    /**
     * Sends a direct (private) message. The user must share a room with the bot; the platform allows
     * {@value #DIRECT_MESSAGES_BEFORE_REPLY} messages before the user replies, and about 9 per minute.
     * Wire: {@code POST /chatroom/v3/msg/user}.
     */
    SentMessage sendDirect(UserId user, MessageContent content, SendOptions options);

    /** Sends a direct message with default options. */
    default SentMessage sendDirect(UserId user, MessageContent content) {
        return sendDirect(user, content, SendOptions.defaults());
    }

    /** How many direct messages the platform lets a bot send to a user before the user replies (community-reported). */
    int DIRECT_MESSAGES_BEFORE_REPLY = 3;
}
