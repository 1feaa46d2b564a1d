package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.fake.PostedMessage;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the fake's stored things look as the events the platform pushes; the emulator serves these same
 * events as frames, so a bot hears the same thing from the fake and, over the wire, from the emulator.
 */
final class EventShapes {
    private EventShapes() {
    }

    /**
     * A posted message as its event: the kind the platform's {@code msg_type} would say, the text as sent
     * (empty for images and cards, whose content the event does not repeat), mentions read from the text.
     */
    static MessagePosted posted(ChannelRef channel, Sender author, PostedMessage message) {
        MessageContent content = message.content();
        MessageKind kind;
        String text = "";
        Optional<Attachment> image = Optional.empty();
        if (content instanceof MessageContent.Text t) {
            kind = MessageKind.TEXT;
            text = t.text();
        } else if (content instanceof MessageContent.Markdown md) {
            kind = md.mentions().notifiesAnyone() ? MessageKind.MARKDOWN_WITH_MENTIONS : MessageKind.MARKDOWN;
            text = md.markdown();
        } else if (content instanceof MessageContent.Image img) {
            kind = MessageKind.IMAGE;
            image = Optional.of(new Attachment("", img.url(), 0, "", OptionalInt.of(img.width()), OptionalInt.of(img.height())));
        } else {
            kind = MessageKind.CARD;
        }
        return new MessagePosted(message.id(), channel, author, kind, text, Mentions.parse(text), image, message.replyTo(),
                message.sentAt());
    }
}
