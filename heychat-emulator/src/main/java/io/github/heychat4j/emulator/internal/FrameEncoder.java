package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeWorld;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The world's events as the gateway's frames (spec §5.3, §5.4; golden/events/*.json): the envelope
 * {@code {"sequence","type","notify_type"?,"timestamp","data"}} around each event's {@code data}. This is
 * the one place that decides the frames' shape:
 * <ul>
 *   <li>64-bit ids are strings, user ids numbers; the envelope's {@code timestamp} is the event's time
 *       (the world's clock), as is {@code send_time};</li>
 *   <li>{@code notify_type} is {@code ""} on commands and {@code "USER_IM_MESSAGE"} on flat messages, as the
 *       golden frames show it; other frames have none;</li>
 *   <li>a member leaving is told with {@code user_info} like a member joining (the official form; the
 *       {@code sender_info} variant some clients read can be pushed as a raw frame);</li>
 *   <li>{@code reply_id} is on every flat message ({@code ""} when none) and on nested messages that reply;
 *       {@code img_info} only on image messages;</li>
 *   <li>image and file options of a command travel in {@code images[]}/{@code files[]} with their
 *       {@code option_index} and the text value {@code ""}; the attachment's id is its option index;</li>
 *   <li>what the world does not keep gets the platform's neutral value: {@code level} 1, empty avatar
 *       decoration and medals, {@code tag} null, command id {@code "0"}, {@code im_seq} and {@code root_id}
 *       {@code ""};</li>
 *   <li>{@link GatewayReconnected} is never sent (a client tells it to itself: the connection drops its socket
 *       instead); an {@link UnknownEvent} goes out as its raw frame with the connection's next sequence in
 *       place of its own (as is, unsequenced, when it is not a JSON object).</li>
 * </ul>
 * Shares no code with the HTTP adapter's decoder: the two meet only on the wire.
 */
public final class FrameEncoder {

    /** What the world does not keep of a user's level. */
    private static final int LEVEL = 1;

    private FrameEncoder() {
    }

    /** One frame to send: either an envelope that takes the connection's next sequence, or raw text. */
    public sealed interface OutFrame {
        /** Whether it takes a sequence number of its connection. */
        boolean sequenced();

        /** The frame's text with this sequence (ignored by a raw frame). */
        String text(long sequence);
    }

    /** Text sent as it is. @param text the frame */
    public record Raw(String text) implements OutFrame {
        @Override
        public boolean sequenced() {
            return false;
        }

        @Override
        public String text(long sequence) {
            return text;
        }
    }

    /** A whole frame given as JSON, sent with the connection's sequence in place of its own. @param frame the frame */
    record Resequenced(ObjectNode frame) implements OutFrame {
        @Override
        public boolean sequenced() {
            return true;
        }

        @Override
        public String text(long sequence) {
            ObjectNode copy = frame.deepCopy();
            copy.put("sequence", sequence);
            return Json.text(copy);
        }
    }

    /**
     * The platform's envelope.
     *
     * @param type       the event type
     * @param notifyType the {@code notify_type}, if the frame has one
     * @param timestamp  when it was pushed, ms
     * @param data       the {@code data} object, as JSON text (written when the event is encoded, so that
     *                   the world is read before the connection's lock is taken)
     */
    record Envelope(String type, Optional<String> notifyType, long timestamp, String data) implements OutFrame {

        Envelope(String type, Optional<String> notifyType, long timestamp, Consumer<JsonGenerator> data) {
            this(type, notifyType, timestamp, new String(Json.write(data), StandardCharsets.UTF_8));
        }

        @Override
        public boolean sequenced() {
            return true;
        }

        @Override
        public String text(long sequence) {
            return new String(Json.write(out -> {
                out.writeStartObject();
                out.writeNumberProperty("sequence", sequence);
                out.writeStringProperty("type", type);
                notifyType.ifPresent(n -> out.writeStringProperty("notify_type", n));
                out.writeNumberProperty("timestamp", timestamp);
                out.writeName("data");
                out.writeRawValue(data);
                out.writeEndObject();
            }), StandardCharsets.UTF_8);
        }
    }

    /**
     * The frame for an event pushed to {@code bot}; empty for an event the platform never sends.
     *
     * @param event  what happened
     * @param bot    the bot whose connection it goes to
     * @param nested whether a posted message takes the nested form (else flat)
     * @param world  the world, for what the frames say and the event does not carry (names, avatars, ack ids)
     */
    public static Optional<OutFrame> encode(HeychatEvent event, UserId bot, boolean nested, FakeWorld world) {
        Lookups objects = new Lookups(world);
        if (event instanceof CommandInvoked c) {
            return Optional.of(new Envelope("50", Optional.of(""), millis(c.time()), out -> command(out, c, bot, objects)));
        }
        if (event instanceof MessagePosted m) {
            return Optional.of(nested
                    ? new Envelope("5", Optional.empty(), millis(m.time()), out -> nestedMessage(out, m, objects))
                    : new Envelope("5", Optional.of("USER_IM_MESSAGE"), millis(m.time()), out -> flatMessage(out, m, objects, world)));
        }
        if (event instanceof MemberJoined j) {
            return Optional.of(new Envelope("3001", Optional.empty(), millis(j.time()), out -> membership(out, j.room(), j.member(), true, objects)));
        }
        if (event instanceof MemberLeft l) {
            return Optional.of(new Envelope("3001", Optional.empty(), millis(l.time()), out -> membership(out, l.room(), l.member(), false, objects)));
        }
        if (event instanceof ReactionAdded r) {
            return Optional.of(new Envelope("5003", Optional.empty(), millis(r.time()),
                    out -> reaction(out, r.room(), r.channel(), r.message(), r.user(), r.emoji().code(), true)));
        }
        if (event instanceof ReactionRemoved r) {
            return Optional.of(new Envelope("5003", Optional.empty(), millis(r.time()),
                    out -> reaction(out, r.room(), r.channel(), r.message(), r.user(), r.emoji().code(), false)));
        }
        if (event instanceof ButtonClicked b) {
            return Optional.of(new Envelope("card_message_btn_click", Optional.empty(), millis(b.time()), out -> click(out, b, objects)));
        }
        if (event instanceof UnknownEvent u) {
            // a world's unknown event is news of this connection like any other: it takes the connection's
            // sequence, so a client de-duplicating by sequence neither drops it nor later frames
            return Optional.of(Json.parse(u.rawJson()).filter(JsonNode::isObject)
                    .<OutFrame>map(frame -> new Resequenced((ObjectNode) frame))
                    .orElseGet(() -> new Raw(u.rawJson())));
        }
        // GatewayReconnected: the client's own news, never pushed.
        return Optional.empty();
    }

    private static long millis(Instant time) {
        return time.toEpochMilli();
    }

    private static void command(JsonGenerator out, CommandInvoked c, UserId bot, Lookups objects) {
        out.writeStartObject();
        out.writeNumberProperty("bot_id", bot.value());
        out.writeName("channel_base_info");
        objects.channelBase(out, c.channel());
        out.writeObjectPropertyStart("command_info");
        out.writeStringProperty("id", "0");
        out.writeStringProperty("name", c.name());
        out.writeNumberProperty("type", 0);
        out.writeArrayPropertyStart("options");
        List<CommandOption> options = c.options();
        for (CommandOption option : options) {
            out.writeStartObject();
            out.writeStringProperty("name", option.name());
            out.writeNumberProperty("type", typeCode(option));
            out.writeStringProperty("value", isAttachment(option) ? "" : option.wireValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (options.stream().anyMatch(o -> o instanceof CommandOption.ImageOption)) {
            out.writeArrayPropertyStart("images");
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i) instanceof CommandOption.ImageOption image) {
                    attachment(out, image.value(), i, true);
                }
            }
            out.writeEndArray();
        }
        if (options.stream().anyMatch(o -> o instanceof CommandOption.FileOption)) {
            out.writeArrayPropertyStart("files");
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i) instanceof CommandOption.FileOption file) {
                    attachment(out, file.value(), i, false);
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeStringProperty("msg_id", c.message().value());
        out.writeName("room_base_info");
        objects.roomBase(out, c.channel().room());
        out.writeNumberProperty("send_time", millis(c.time()));
        out.writeName("sender_info");
        fullUser(out, c.sender(), true);
        out.writeEndObject();
    }

    /** An unknown option keeps the code it came with; the others say their type's code. */
    private static int typeCode(CommandOption option) {
        return option instanceof CommandOption.UnknownOption unknown ? unknown.code() : option.type().code();
    }

    private static boolean isAttachment(CommandOption option) {
        return option instanceof CommandOption.ImageOption || option instanceof CommandOption.FileOption;
    }

    private static void attachment(JsonGenerator out, Attachment a, int optionIndex, boolean image) {
        out.writeStartObject();
        out.writeStringProperty("id", Integer.toString(optionIndex));
        out.writeStringProperty("name", a.name());
        out.writeStringProperty("url", a.url());
        if (image) {
            out.writeNumberProperty("width", a.width().orElse(0));
            out.writeNumberProperty("height", a.height().orElse(0));
        }
        out.writeNumberProperty("size", a.size());
        out.writeStringProperty("type", a.mimeType());
        out.writeNumberProperty("option_index", optionIndex);
        out.writeEndObject();
    }

    private static void flatMessage(JsonGenerator out, MessagePosted m, Lookups objects, FakeWorld world) {
        ChannelRef channel = m.channel();
        Sender author = m.author();
        out.writeStartObject();
        messageHead(out, m);
        out.writeStringProperty("img", m.image().map(Attachment::url).orElse(""));
        m.image().ifPresent(image -> imageInfo(out, image));
        out.writeStringProperty("room_id", channel.room().value());
        out.writeStringProperty("channel_id", channel.channel().value());
        out.writeStringProperty("channel_name", objects.channelName(channel.channel()));
        out.writeNumberProperty("channel_type", channel.type().code());
        out.writeNumberProperty("user_id", author.id().value());
        out.writeStringProperty("nickname", author.nickname());
        out.writeStringProperty("avatar", author.avatar().orElse(""));
        out.writeBooleanProperty("bot", author.bot());
        out.writeNumberProperty("level", LEVEL);
        out.writeName("roles");
        WireEncoder.roleIds(out, author.roles());
        out.writeStringProperty("room_nickname", author.roomNickname().orElse(""));
        out.writeNumberProperty("send_time", millis(m.time()));
        out.writeStringProperty("im_seq", "");
        out.writeStringProperty("root_id", "");
        out.writeStringProperty("reply_id", m.replyTo().map(MessageId::value).orElse(""));
        out.writeNumberProperty("state", 0);
        out.writeStringProperty("heychat_ack_id", world.message(m.id()).map(p -> p.ackId().value()).orElse(""));
        out.writeObjectPropertyStart("user_info");
        out.writeObjectPropertyStart("user_base_info");
        out.writeNumberProperty("user_id", author.id().value());
        out.writeStringProperty("nickname", author.nickname());
        out.writeStringProperty("avatar", author.avatar().orElse(""));
        out.writeNumberProperty("level", LEVEL);
        out.writeName("roles");
        WireEncoder.roleIds(out, author.roles());
        out.writeEndObject();
        out.writeObjectPropertyStart("user_mute_info");
        RoomId room = channel.room();
        boolean banned = world.silencedUntil(room, author.id()).filter(until -> until.isAfter(world.clock().instant())).isPresent();
        out.writeNumberProperty("ban", banned ? 1 : 0);
        out.writeNumberProperty("mute", world.isMicrophoneMuted(room, author.id()) ? 1 : 0);
        // The world keeps no room-wide mute apart from the microphone and speaker ones.
        out.writeNumberProperty("mute_room", 0);
        out.writeNumberProperty("mute_earphone", world.isSpeakerMuted(room, author.id()) ? 1 : 0);
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void nestedMessage(JsonGenerator out, MessagePosted m, Lookups objects) {
        Sender author = m.author();
        out.writeStartObject();
        messageHead(out, m);
        m.image().ifPresent(image -> {
            out.writeStringProperty("img", image.url());
            imageInfo(out, image);
        });
        m.replyTo().ifPresent(reply -> out.writeStringProperty("reply_id", reply.value()));
        out.writeName("room_base_info");
        objects.roomBase(out, m.channel().room());
        out.writeName("channel_base_info");
        objects.channelBase(out, m.channel());
        out.writeObjectPropertyStart("sender_info");
        out.writeStringProperty("avatar", author.avatar().orElse(""));
        out.writeBooleanProperty("bot", author.bot());
        out.writeNumberProperty("level", LEVEL);
        out.writeStringProperty("nickname", author.nickname());
        out.writeStringProperty("room_nickname", author.roomNickname().orElse(""));
        out.writeName("roles");
        WireEncoder.roleIds(out, author.roles());
        out.writeNumberProperty("user_id", author.id().value());
        out.writeEndObject();
        out.writeNumberProperty("send_time", millis(m.time()));
        out.writeEndObject();
    }

    /** The fields both forms of a message start with. */
    private static void messageHead(JsonGenerator out, MessagePosted m) {
        out.writeStringProperty("msg_id", m.id().value());
        out.writeStringProperty("msg", m.text());
        out.writeNumberProperty("msg_type", m.kind().code());
        out.writeStringProperty("addition", m.image().map(FrameEncoder::imageAddition).orElse("{}"));
    }

    /** The {@code addition} of an image message: a JSON string, as on the send call (spec §4.2). */
    private static String imageAddition(Attachment image) {
        return new String(Json.write(out -> {
            out.writeStartObject();
            out.writeArrayPropertyStart("img_files_info");
            out.writeStartObject();
            out.writeStringProperty("url", image.url());
            out.writeNumberProperty("width", image.width().orElse(0));
            out.writeNumberProperty("height", image.height().orElse(0));
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }), StandardCharsets.UTF_8);
    }

    private static void imageInfo(JsonGenerator out, Attachment image) {
        out.writeObjectPropertyStart("img_info");
        out.writeStringProperty("url", image.url());
        out.writeStringProperty("original_url", image.url());
        out.writeNumberProperty("width", image.width().orElse(0));
        out.writeNumberProperty("height", image.height().orElse(0));
        out.writeNumberProperty("fsize", image.size());
        out.writeStringProperty("mimetype", image.mimeType());
        out.writeEndObject();
    }

    private static void membership(JsonGenerator out, RoomId room, Sender member, boolean joined, Lookups objects) {
        out.writeStartObject();
        out.writeName("room_base_info");
        objects.roomBase(out, room);
        out.writeNumberProperty("state", joined ? 1 : 0);
        out.writeName("user_info");
        fullUser(out, member, false);
        out.writeEndObject();
    }

    private static void reaction(JsonGenerator out, Optional<RoomId> room, ChannelId channel, MessageId message, UserId user,
                                 String emoji, boolean added) {
        out.writeStartObject();
        out.writeStringProperty("channel_id", channel.value());
        out.writeStringProperty("emoji", emoji);
        out.writeNumberProperty("is_add", added ? 1 : 0);
        out.writeStringProperty("msg_id", message.value());
        out.writeNumberProperty("user_id", user.value());
        room.ifPresent(r -> out.writeStringProperty("room_id", r.value()));
        out.writeEndObject();
    }

    private static void click(JsonGenerator out, ButtonClicked b, Lookups objects) {
        Sender clicker = b.clicker();
        out.writeStartObject();
        out.writeName("channel_base_info");
        objects.channelBase(out, b.channel());
        out.writeStringProperty("event", "server");
        out.writeStringProperty("msg_id", b.message().value());
        out.writeStringProperty("os_type", "web");
        out.writeName("room_base_info");
        objects.roomBase(out, b.channel().room());
        out.writeNumberProperty("send_time", millis(b.time()));
        out.writeObjectPropertyStart("sender_info");
        out.writeStringProperty("avatar", clicker.avatar().orElse(""));
        out.writeBooleanProperty("bot", clicker.bot());
        out.writeNumberProperty("level", LEVEL);
        out.writeStringProperty("nickname", clicker.nickname());
        out.writeNumberProperty("user_id", clicker.id().value());
        out.writeEndObject();
        out.writeStringProperty("text", b.text());
        out.writeStringProperty("value", b.value());
        out.writeEndObject();
    }

    /** The user object of commands ({@code sender_info}, with roles) and room events ({@code user_info}, without). */
    private static void fullUser(JsonGenerator out, Sender user, boolean withRoomFields) {
        out.writeStartObject();
        out.writeStringProperty("avatar", user.avatar().orElse(""));
        out.writeObjectPropertyStart("avatar_decoration");
        out.writeStringProperty("src_type", "");
        out.writeStringProperty("src_url", "");
        out.writeEndObject();
        out.writeBooleanProperty("bot", user.bot());
        out.writeNumberProperty("level", LEVEL);
        out.writeArrayPropertyStart("medals");
        out.writeEndArray();
        out.writeStringProperty("nickname", user.nickname());
        if (withRoomFields) {
            out.writeName("roles");
            WireEncoder.roleIds(out, user.roles());
            out.writeStringProperty("room_nickname", user.roomNickname().orElse(""));
        }
        out.writeNullProperty("tag");
        out.writeNumberProperty("user_id", user.id().value());
        out.writeEndObject();
    }

    /** The room and channel objects of the frames, looked up in the world (names and avatars are not in the events). */
    private static final class Lookups {
        private final FakeWorld world;

        Lookups(FakeWorld world) {
            this.world = world;
        }

        void roomBase(JsonGenerator out, RoomId id) {
            Optional<Room> room = world.rooms().stream().filter(r -> r.id().equals(id)).findFirst();
            out.writeStartObject();
            out.writeStringProperty("room_avatar", room.flatMap(Room::avatar).orElse(""));
            out.writeStringProperty("room_id", id.value());
            out.writeStringProperty("room_name", room.map(Room::name).orElse(""));
            out.writeEndObject();
        }

        void channelBase(JsonGenerator out, ChannelRef channel) {
            out.writeStartObject();
            out.writeStringProperty("channel_id", channel.channel().value());
            out.writeStringProperty("channel_name", channelName(channel.channel()));
            out.writeNumberProperty("channel_type", channel.type().code());
            out.writeEndObject();
        }

        String channelName(ChannelId id) {
            return world.channel(id).map(Channel::name).orElse("");
        }
    }
}
