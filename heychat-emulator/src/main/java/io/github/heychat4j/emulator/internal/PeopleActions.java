package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.OptionType;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The admin API's typed events: what a person does in the world, given as a small JSON object, done
 * through the world's people actions so that the world changes as it would on the platform and every
 * connected bot hears the event the world pushes. The forms ({@code user} is a user id number, ids of
 * rooms, channels and messages are strings of digits):
 * <ul>
 *   <li>{@code {"kind":"message","user","channel","text"}} (or {@code "markdown"}, or the send call's own
 *       fields {@code msg}, {@code msg_type}, {@code addition}, ...);</li>
 *   <li>{@code {"kind":"command","user","channel","command":"/kick","options":[{"name","type","value"}]}},
 *       where an image (11) or file (12) option gives {@code "url"} and optionally {@code "file_name"},
 *       {@code "size"}, {@code "mime_type"}, {@code "width"}, {@code "height"} instead of a value;</li>
 *   <li>{@code {"kind":"join"|"leave","user","room"}};</li>
 *   <li>{@code {"kind":"reaction"|"unreaction","user","message","emoji":"[cube_doge]"}};</li>
 *   <li>{@code {"kind":"click","user","message","button":"报名"}} (the button's text).</li>
 * </ul>
 */
final class PeopleActions {

    /** The kinds, for error messages. */
    static final String KINDS = "message, command, join, leave, reaction, unreaction or click";

    private PeopleActions() {
    }

    /** Does what the body says; answers what happened (the message id where there is one). */
    static ObjectNode act(FakeWorld world, JsonBody body) {
        String kind = body.string("kind");
        UserId user = body.userId("user");
        ObjectNode result = Json.object();
        result.put("kind", kind);
        switch (kind) {
            case "message": {
                PostedMessage posted = world.post(user, channel(world, body), content(body));
                result.put("msg_id", posted.id().value());
                break;
            }
            case "command": {
                CommandInvoked invoked = world.runCommand(user, channel(world, body), body.string("command"), options(body));
                result.put("msg_id", invoked.message().value());
                break;
            }
            case "join":
                world.join(RoomId.of(body.id("room")), user);
                break;
            case "leave":
                world.leave(RoomId.of(body.id("room")), user);
                break;
            case "reaction":
                world.react(user, MessageId.of(body.id("message")), Emoji.parse(body.string("emoji")));
                break;
            case "unreaction":
                world.unreact(user, MessageId.of(body.id("message")), Emoji.parse(body.string("emoji")));
                break;
            case "click":
                world.click(user, MessageId.of(body.id("message")), body.string("button"));
                break;
            default:
                throw new BadRequest("kind", "must be " + KINDS + ", got \"" + kind + "\"");
        }
        return result;
    }

    private static ChannelRef channel(FakeWorld world, JsonBody body) {
        String id = body.id("channel");
        return world.channel(ChannelId.of(id)).map(Channel::ref)
                .orElseThrow(() -> new BadRequest("channel", "is not a channel of the world: " + id));
    }

    private static MessageContent content(JsonBody body) {
        if (body.has("msg_type")) {
            // A person's message is no bot's request: nothing of it is journaled, so neither are its deviations.
            return ContentCodec.decode(body, new Deviations());
        }
        if (body.has("markdown")) {
            return MessageContent.markdown(body.string("markdown"));
        }
        return MessageContent.text(body.string("text"));
    }

    private static List<CommandOption> options(JsonBody body) {
        List<CommandOption> options = new ArrayList<>();
        for (JsonBody option : body.objects("options", false)) {
            String name = option.string("name");
            int code = option.integer("type");
            if (code == OptionType.IMAGE.code()) {
                options.add(new CommandOption.ImageOption(name, attachment(option)));
            } else if (code == OptionType.FILE.code()) {
                options.add(new CommandOption.FileOption(name, attachment(option)));
            } else {
                options.add(CommandOption.fromWire(name, code, option.string("value")));
            }
        }
        return options;
    }

    private static Attachment attachment(JsonBody option) {
        OptionalInt width = option.optionalInteger("width");
        OptionalInt height = option.optionalInteger("height");
        long size = option.has("size") ? option.longInteger("size") : 0;
        return new Attachment(option.optionalString("file_name").orElse(""), option.string("url"), size,
                option.optionalString("mime_type").orElse(""), width, height);
    }
}
