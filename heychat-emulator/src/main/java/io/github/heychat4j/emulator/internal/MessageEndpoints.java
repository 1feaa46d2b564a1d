package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/** Rows 1-5 of spec §2.1: channel messages, reactions and direct messages. */
final class MessageEndpoints {

    private MessageEndpoints() {
    }

    /**
     * Leniency of the channel message send and update (uncertain, as the spec is): the official export
     * marks {@code reply_id}, {@code addition}, the three mention lists and {@code channel_type} required,
     * yet a long-lived third-party SDK has sent the short shape ({@code channel_id}, {@code msg_type},
     * {@code room_id}, {@code msg}, {@code heychat_ack_id}) in its README example since 2024-11, through some
     * forty later commits (issue 16): the platform evidently accepts it. A field left out takes its
     * documented value for "nothing" ({@code ""}, {@code "{}"}); a missing {@code channel_type} is the
     * channel's type in the world. Each is noted in the journal entry.
     */
    private static JsonBody channelMessageBody(Call call) {
        JsonBody body = call.bodyWithDefaults(
                Call.absentAs("reply_id", ""),
                Call.absentAs("addition", "{}"),
                Call.absentAs("at_user_id", ""),
                Call.absentAs("at_role_id", ""),
                Call.absentAs("mention_channel_id", ""));
        if (!body.has("channel_type")) {
            call.deviations().note("channel_type is absent (the documents require it): the channel's type in the world is used");
        }
        return body;
    }

    /** Row 1, POST /chatroom/v2/channel_msg/send. */
    static JsonNode send(Call call) {
        JsonBody body = channelMessageBody(call);
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        // The official send table marks the mention lists required (empty strings when unused).
        body.string("at_user_id");
        body.string("at_role_id");
        body.string("mention_channel_id");
        AckId ack = ackId(body);
        Optional<MessageId> replyTo = body.optionalId("reply_id").map(MessageId::of);
        MessageContent content = ContentCodec.decode(body, call.deviations());
        ChannelRef ref = call.ref(room, channel, body.optionalInteger("channel_type"), ChannelType.TEXT);
        SentMessage sent = call.heychat().messages().send(ref, content, new SendOptions(replyTo, Optional.of(ack)));
        String seq = call.nextSequence();
        ObjectNode result = Json.object();
        result.put("chatmobile_ack_id", seq);
        result.put("heychat_ack_id", sent.ackId().value());
        result.put("msg_id", sent.id().map(MessageId::value).orElse(""));
        result.put("msg_seq", seq);
        return result;
    }

    /** Row 2, POST /chatroom/v2/channel_msg/update. */
    static JsonNode update(Call call) {
        JsonBody body = channelMessageBody(call);
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        MessageId message = MessageId.of(body.id("msg_id"));
        String ack = body.string("heychat_ack_id");
        MessageContent content = ContentCodec.decode(body, call.deviations());
        ChannelRef ref = call.ref(room, channel, body.optionalInteger("channel_type"), ChannelType.TEXT);
        call.heychat().messages().edit(ref, message, content);
        ObjectNode result = Json.object();
        result.put("chatmobile_ack_id", call.nextSequence());
        result.put("heychat_ack_id", ack);
        return result;
    }

    /** Row 3, POST /chatroom/v2/channel_msg/delete. */
    static JsonNode delete(Call call) {
        JsonBody body = call.body();
        MessageId message = MessageId.of(body.id("msg_id"));
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        call.heychat().messages().delete(call.ref(room, channel, ChannelType.TEXT), message);
        return Json.object();
    }

    /** Row 4, POST /chatroom/v2/channel_msg/emoji/reply. */
    static JsonNode react(Call call) {
        JsonBody body = call.body();
        MessageId message = MessageId.of(body.id("msg_id"));
        Emoji emoji = Emoji.parse(body.string("emoji"));
        boolean add = body.oneOrZero("is_add");
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        call.heychat().messages().setReaction(call.ref(room, channel, ChannelType.TEXT), message, emoji, add);
        return Json.object();
    }

    /** Row 5, POST /chatroom/v3/msg/user. */
    static JsonNode sendDirect(Call call) {
        // Leniency (uncertain): the documents require addition ("{}" when empty); the same long-lived SDK
        // leaves it out of its direct messages as of its channel messages (issue 16).
        JsonBody body = call.bodyWithDefaults(Call.absentAs("addition", "{}"));
        UserId user = body.userId("to_user_id");
        AckId ack = ackId(body);
        MessageContent content = ContentCodec.decode(body, call.deviations());
        SentMessage sent = call.heychat().messages()
                .sendDirect(user, content, new SendOptions(Optional.empty(), Optional.of(ack)));
        String seq = call.nextSequence();
        ObjectNode result = Json.object();
        result.put("heybox_ack_id", seq);
        result.put("heychat_ack_id", sent.ackId().value());
        result.put("msg_id", sent.id().map(MessageId::value).orElse(""));
        result.put("msg_seq", seq);
        return result;
    }

    private static AckId ackId(JsonBody body) {
        String value = body.string("heychat_ack_id");
        if (value.isEmpty()) {
            throw new BadRequest("heychat_ack_id", "must not be empty");
        }
        return AckId.of(value);
    }
}
