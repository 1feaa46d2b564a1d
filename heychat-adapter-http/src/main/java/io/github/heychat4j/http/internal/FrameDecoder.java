package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.OptionType;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.http.SkipReason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one gateway frame (spec §5.3 envelope, §5.4 events) into a domain event, or says why it cannot. The
 * one place for the platform's event quirks: both forms of type 5, {@code user_info} or {@code sender_info} in
 * 3001, ids as strings or numbers, {@code is_add} as 1/0 or true/false, image and file options matched by
 * {@code option_index}. Stateless and thread-safe.
 */
public final class FrameDecoder {
    private static final String WHERE = "gateway frame";

    private final Clock clock;

    /** @param clock for frames that carry no time at all */
    public FrameDecoder(Clock clock) {
        this.clock = clock;
    }

    /** What a frame became. */
    public sealed interface Decoded {
    }

    /**
     * An event.
     *
     * @param type     the envelope's {@code type}
     * @param sequence the envelope's {@code sequence}, when it has one
     * @param event    the event
     */
    public record Event(String type, OptionalLong sequence, HeychatEvent event) implements Decoded {
    }

    /**
     * A frame that is not delivered.
     *
     * @param reason   why
     * @param detail   a short description
     * @param sequence the envelope's {@code sequence}, when it could be read
     */
    public record Skipped(SkipReason reason, String detail, OptionalLong sequence) implements Decoded {
    }

    /** Decodes one complete text frame that is not a {@code PONG}. */
    public Decoded decode(String text) {
        JsonNode root;
        try {
            root = Json.parse(text, WHERE);
        } catch (HeychatProtocolException notJson) {
            return new Skipped(SkipReason.NOT_JSON, notJson.getMessage(), OptionalLong.empty());
        }
        if (!root.isObject()) {
            return new Skipped(SkipReason.NOT_AN_ENVELOPE, "not a JSON object", OptionalLong.empty());
        }
        WireNode frame = WireNode.of(root, WHERE, "frame");
        OptionalLong sequence;
        String type;
        Optional<Long> timestamp;
        try {
            sequence = frame.optionalLong("sequence").map(OptionalLong::of).orElse(OptionalLong.empty());
            type = frame.text("type");
            timestamp = frame.optionalLong("timestamp");
        } catch (HeychatProtocolException e) {
            return new Skipped(SkipReason.NOT_AN_ENVELOPE, e.getMessage(), OptionalLong.empty());
        }
        Optional<WireNode> data = frame.optionalField("data").filter(WireNode::isObject);
        try {
            Instant pushed = timestamp.map(Instant::ofEpochMilli).orElseGet(clock::instant);
            if (!isKnown(type)) {
                Instant time = data.flatMap(d -> d.optionalLong("send_time")).map(Instant::ofEpochMilli).orElse(pushed);
                return new Event(type, sequence, new UnknownEvent(type, text, time));
            }
            if (data.isEmpty()) {
                return new Skipped(SkipReason.NOT_AN_ENVELOPE, "frame.data: expected an object for type " + type, sequence);
            }
            WireNode d = data.get();
            Instant time = d.optionalLong("send_time").map(Instant::ofEpochMilli).orElse(pushed);
            return new Event(type, sequence, switch (type) {
                case "5" -> messagePosted(d, time);
                case "50" -> commandInvoked(d, time);
                case "3001" -> membership(d, time);
                case "5003" -> reaction(d, time);
                default -> buttonClicked(d, time);
            });
        } catch (HeychatProtocolException | IllegalArgumentException unreadable) {
            return new Skipped(SkipReason.UNREADABLE_EVENT, "type " + type + ": " + unreadable.getMessage(), sequence);
        }
    }

    private static boolean isKnown(String type) {
        return switch (type) {
            case "5", "50", "3001", "5003", "card_message_btn_click" -> true;
            default -> false;
        };
    }

    private static MessagePosted messagePosted(WireNode d, Instant time) {
        ChannelRef channel = channel(d);
        Sender author = d.has("sender_info") ? sender(d.object("sender_info")) : sender(d);
        MessageKind kind = MessageKind.fromCode(d.intValue("msg_type"));
        // the event repeats neither an image's nor a card's content as text (the domain's rule for MessagePosted)
        String text = kind == MessageKind.IMAGE || kind == MessageKind.CARD ? "" : d.optionalText("msg").orElse("");
        Optional<Attachment> image = kind == MessageKind.IMAGE ? image(d) : Optional.empty();
        Optional<MessageId> replyTo = d.optionalId("reply_id").map(MessageId::of);
        return new MessagePosted(MessageId.of(d.id("msg_id")), channel, author, kind, text, Mentions.parse(text), image,
                replyTo, time);
    }

    /** An image message's picture: {@code img_info}, else {@code img}, else the first of {@code addition.img_files_info}. */
    private static Optional<Attachment> image(WireNode d) {
        if (d.has("img_info")) {
            WireNode info = d.object("img_info");
            Optional<String> url = info.nonBlankText("url").or(() -> d.nonBlankText("img"));
            if (url.isPresent()) {
                return Optional.of(new Attachment("", url.get(), info.optionalLong("fsize").orElse(0L),
                        info.optionalText("mimetype").orElse(""), optionalInt(info, "width"), optionalInt(info, "height")));
            }
        }
        Optional<WireNode> first = d.nonBlankText("addition").flatMap(FrameDecoder::firstImageOfAddition);
        Optional<String> url = d.nonBlankText("img").or(() -> first.flatMap(f -> f.nonBlankText("url")));
        return url.map(u -> new Attachment("", u, 0, "",
                first.map(f -> optionalInt(f, "width")).orElse(OptionalInt.empty()),
                first.map(f -> optionalInt(f, "height")).orElse(OptionalInt.empty())));
    }

    private static Optional<WireNode> firstImageOfAddition(String addition) {
        try {
            WireNode node = WireNode.of(Json.parse(addition, WHERE), WHERE, "frame.data.addition");
            return node.isObject() ? node.optionalArray("img_files_info").stream().findFirst() : Optional.empty();
        } catch (HeychatProtocolException notJson) {
            return Optional.empty(); // addition is a hint; the image's URL may still be in img
        }
    }

    private static CommandInvoked commandInvoked(WireNode d, Instant time) {
        WireNode command = d.object("command_info");
        List<WireNode> images = command.optionalArray("images");
        List<WireNode> files = command.optionalArray("files");
        List<WireNode> wireOptions = command.optionalArray("options");
        List<CommandOption> options = new ArrayList<>(wireOptions.size());
        for (int i = 0; i < wireOptions.size(); i++) {
            WireNode o = wireOptions.get(i);
            String name = o.text("name");
            int code = o.intValue("type");
            String value = o.optionalText("value").orElse("");
            OptionType type = OptionType.fromCode(code);
            Optional<WireNode> upload = type == OptionType.IMAGE ? byOptionIndex(images, i)
                    : type == OptionType.FILE ? byOptionIndex(files, i) : Optional.empty();
            if (upload.isPresent()) {
                Attachment attachment = attachment(upload.get());
                options.add(type == OptionType.IMAGE ? new CommandOption.ImageOption(name, attachment)
                        : new CommandOption.FileOption(name, attachment));
            } else {
                options.add(CommandOption.fromWire(name, code, value));
            }
        }
        return new CommandInvoked(MessageId.of(d.id("msg_id")), channel(d), sender(d.object("sender_info")),
                command.text("name"), options, time);
    }

    /** An uploaded image or file belongs to the option whose position in {@code options} is its {@code option_index}. */
    private static Optional<WireNode> byOptionIndex(List<WireNode> uploads, int index) {
        for (WireNode upload : uploads) {
            if (upload.optionalLong("option_index").orElse(-1L) == index) {
                return Optional.of(upload);
            }
        }
        return Optional.empty();
    }

    private static Attachment attachment(WireNode n) {
        return new Attachment(n.optionalText("name").orElse(""), n.text("url"), n.optionalLong("size").orElse(0L),
                n.optionalText("type").orElse(""), optionalInt(n, "width"), optionalInt(n, "height"));
    }

    private static HeychatEvent membership(WireNode d, Instant time) {
        RoomId room = RoomId.of(d.has("room_base_info") ? d.object("room_base_info").id("room_id") : d.id("room_id"));
        // the official event carries user_info; some clients read sender_info (spec §5.4): prefer the first
        Sender member = sender(d.has("user_info") ? d.object("user_info") : d.object("sender_info"));
        int state = d.intValue("state");
        return switch (state) {
            case 1 -> new MemberJoined(room, member, time);
            case 0 -> new MemberLeft(room, member, time);
            default -> throw new IllegalArgumentException("frame.data.state: expected 1 (joined) or 0 (left), got " + state);
        };
    }

    private static HeychatEvent reaction(WireNode d, Instant time) {
        Optional<RoomId> room = d.optionalId("room_id").map(RoomId::of);
        ChannelId channel = ChannelId.of(d.id("channel_id"));
        MessageId message = MessageId.of(d.id("msg_id"));
        UserId user = UserId.of(d.longValue("user_id"));
        Emoji emoji = Emoji.parse(d.text("emoji"));
        return isAdd(d) ? new ReactionAdded(room, channel, message, user, emoji, time)
                : new ReactionRemoved(room, channel, message, user, emoji, time);
    }

    /**
     * {@code is_add}: 1 or true adds, 0 or false removes (official: 1/0). Anything else (a community client
     * mentions 2) is not guessed at: the frame is unreadable.
     */
    private static boolean isAdd(WireNode d) {
        String value = d.field("is_add").json().isBoolean() ? String.valueOf(d.field("is_add").json().booleanValue())
                : d.text("is_add");
        return switch (value) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException("frame.data.is_add: expected 1/0 or true/false, got " + value);
        };
    }

    private static ButtonClicked buttonClicked(WireNode d, Instant time) {
        return new ButtonClicked(MessageId.of(d.id("msg_id")), channel(d), sender(d.object("sender_info")),
                d.optionalText("text").orElse(""), d.optionalText("value").orElse(""), time);
    }

    /** The channel of a frame: {@code room_base_info}/{@code channel_base_info}, or the flat fields of type 5. */
    private static ChannelRef channel(WireNode d) {
        RoomId room = RoomId.of(d.has("room_id") ? d.id("room_id") : d.object("room_base_info").id("room_id"));
        WireNode base = d.has("channel_base_info") ? d.object("channel_base_info") : d;
        return new ChannelRef(room, ChannelId.of(base.id("channel_id")), channelType(base.optionalInt("channel_type")));
    }

    /**
     * The one decision on an event's channel type: a missing or unknown {@code channel_type} is read as TEXT.
     * Every event that names a channel (a message, a command, a button click, a reaction) happened where
     * messages are posted, and a {@link ChannelRef} needs a known type.
     */
    private static ChannelType channelType(Optional<Integer> code) {
        ChannelType type = code.map(ChannelType::fromCode).orElse(ChannelType.UNKNOWN);
        return type == ChannelType.UNKNOWN ? ChannelType.TEXT : type;
    }

    /** A person: {@code sender_info}, {@code user_info}, or the flat fields of a type-5 message. */
    private static Sender sender(WireNode n) {
        Set<RoleId> roles = new LinkedHashSet<>();
        for (WireNode role : n.optionalArray("roles")) {
            roles.add(RoleId.of(role.asId()));
        }
        return new Sender(UserId.of(n.longValue("user_id")), n.optionalText("nickname").orElse(""),
                n.nonBlankText("room_nickname"), roles, n.flag("bot", false), n.nonBlankText("avatar"));
    }

    private static OptionalInt optionalInt(WireNode n, String field) {
        return n.optionalInt(field).map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
