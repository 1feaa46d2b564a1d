package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Message content on the wire ({@code msg_type}, {@code msg}, {@code img}, {@code addition} and the
 * mention lists, spec §4) to and from the domain's {@link MessageContent}.
 */
public final class ContentCodec {

    /** {@code msg_type} of plain text. */
    static final int TEXT = 1;
    /** {@code msg_type} of an image. */
    static final int IMAGE = 3;
    /** {@code msg_type} of markdown. */
    static final int MARKDOWN = 4;
    /** {@code msg_type} of markdown with mentions. */
    static final int MARKDOWN_WITH_MENTIONS = 10;
    /** {@code msg_type} of cards. */
    static final int CARD = 20;

    private static final Pattern ID = Pattern.compile("[0-9]{1,20}");

    private ContentCodec() {
    }

    /**
     * Decodes the content fields of a send, update or direct message body. The mention lists are read
     * when present; the channel send endpoint checks beforehand that they are.
     *
     * @param deviations where a card's deviations from the documents are noted
     */
    public static MessageContent decode(JsonBody body, Deviations deviations) {
        int type = body.integer("msg_type");
        String msg = body.string("msg");
        JsonBody addition = body.jsonString("addition");
        switch (type) {
            case TEXT:
                return MessageContent.text(msg);
            case IMAGE:
                return image(body, addition);
            case MARKDOWN:
                return markdown(body, msg, false);
            case MARKDOWN_WITH_MENTIONS:
                return markdown(body, msg, true);
            case CARD:
                return new MessageContent.Cards(CardCodec.decode(msg, deviations));
            default:
                throw new BadRequest("msg_type", "must be 1, 3, 4, 10 or 20, got " + type);
        }
    }

    private static MessageContent image(JsonBody body, JsonBody addition) {
        List<JsonBody> infos = addition.objects("img_files_info", false);
        Optional<String> img = body.optionalString("img").filter(url -> !url.isEmpty());
        if (img.isEmpty() && infos.isEmpty()) {
            throw new BadRequest("img", "is required for msg_type 3");
        }
        String url = img.orElseGet(() -> infos.get(0).string("url"));
        JsonBody info = infos.stream()
                .filter(i -> i.optionalString("url").map(url::equals).orElse(false))
                .findFirst()
                .or(() -> infos.stream().findFirst())
                .orElseThrow(() -> new BadRequest("addition.img_files_info",
                        "must give the image's width and height for msg_type 3"));
        return MessageContent.image(url, info.integer("width"), info.integer("height"));
    }

    private static MessageContent markdown(JsonBody body, String msg, boolean notifies) {
        MessageContent.Markdown markdown = MessageContent.markdown(msg);
        List<UserId> users = ids(body, "at_user_id", UserId::parse);
        List<RoleId> roles = ids(body, "at_role_id", RoleId::of);
        List<ChannelId> channels = ids(body, "mention_channel_id", ChannelId::of);
        if (!users.isEmpty()) {
            markdown = markdown.mentioning(users.toArray(UserId[]::new));
        }
        if (!roles.isEmpty()) {
            markdown = markdown.mentioningRoles(roles.toArray(RoleId[]::new));
        }
        if (!channels.isEmpty()) {
            markdown = markdown.linking(channels.toArray(ChannelId[]::new));
        }
        // @{all} and @{here} only notify in "markdown with mentions"; in plain markdown they are text.
        if (notifies && msg.contains(MessageContent.EVERYONE)) {
            markdown = markdown.mentioningEveryone();
        }
        if (notifies && msg.contains(MessageContent.ONLINE)) {
            markdown = markdown.mentioningOnline();
        }
        return markdown;
    }

    private static <T> List<T> ids(JsonBody body, String field, Function<String, T> parse) {
        String list = body.optionalString(field).orElse("");
        List<T> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            String id = part.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!ID.matcher(id).matches()) {
                throw new BadRequest(field, "must be a comma-separated list of ids, got \"" + list + "\"");
            }
            ids.add(parse.apply(id));
        }
        return ids;
    }

    /** Encodes content as the wire fields a client would send ({@code msg_type}, {@code msg}, ...). */
    public static ObjectNode encode(MessageContent content) {
        ObjectNode wire = Json.object();
        ObjectNode addition = Json.object();
        String atUsers = "";
        String atRoles = "";
        String channels = "";
        if (content instanceof MessageContent.Text) {
            wire.put("msg_type", TEXT);
            wire.put("msg", ((MessageContent.Text) content).text());
        } else if (content instanceof MessageContent.Markdown) {
            MessageContent.Markdown markdown = (MessageContent.Markdown) content;
            wire.put("msg_type", markdown.mentions().notifiesAnyone() ? MARKDOWN_WITH_MENTIONS : MARKDOWN);
            wire.put("msg", markdown.markdown());
            atUsers = joined(markdown.mentions().users());
            atRoles = joined(markdown.mentions().roles());
            channels = joined(markdown.mentions().channels());
        } else if (content instanceof MessageContent.Image) {
            MessageContent.Image image = (MessageContent.Image) content;
            wire.put("msg_type", IMAGE);
            wire.put("msg", "");
            wire.put("img", image.url());
            ObjectNode info = addition.putArray("img_files_info").addObject();
            info.put("url", image.url());
            info.put("width", image.width());
            info.put("height", image.height());
        } else {
            wire.put("msg_type", CARD);
            wire.put("msg", CardCodec.encode(((MessageContent.Cards) content).cards()));
        }
        wire.put("addition", Json.text(addition));
        wire.put("at_user_id", atUsers);
        wire.put("at_role_id", atRoles);
        wire.put("mention_channel_id", channels);
        return wire;
    }

    private static String joined(java.util.Collection<?> ids) {
        return ids.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
