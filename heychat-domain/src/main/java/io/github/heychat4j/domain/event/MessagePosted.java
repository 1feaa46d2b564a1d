package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.message.Mentions;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone posted a message in a channel the bot can see (the platform's event {@code "5"}, which it
 * pushes in a flat and a nested form; both become this record). The bot's own messages are filtered
 * out unless the adapter is told to deliver them.
 *
 * {@snippet :
 * heychat.events().on(MessagePosted.class, message -> {
 *     if (message.text().contains("广告")) {
 *         heychat.messages().delete(message.channel(), message.id());
 *     }
 * });
 * }
 *
 * @param id       the message id
 * @param channel  where it was posted
 * @param author   who posted it, with their room nickname and roles as the platform pushes them
 * @param kind     text, markdown, image, card ...
 * @param text     the text or markdown as sent, markup included; empty for images and cards, whose content
 *                 the event does not repeat
 * @param mentions who the text mentions, read from its markup ({@link Mentions#parse})
 * @param image    the image, for an image message
 * @param replyTo  the message this one replies to
 * @param time     when it was sent
 */
public record MessagePosted(MessageId id, ChannelRef channel, Sender author, MessageKind kind, String text, Mentions mentions,
                            Optional<Attachment> image, Optional<MessageId> replyTo, Instant time) implements HeychatEvent {
    /** Validates that nothing is null. */
    public MessagePosted {
        Checks.notNull("id", id);
        Checks.notNull("channel", channel);
        Checks.notNull("author", author);
        Checks.notNull("kind", kind);
        Checks.notNull("text", text);
        Checks.notNull("mentions", mentions);
        Checks.notNull("image", image);
        Checks.notNull("replyTo", replyTo);
        Checks.notNull("time", time);
    }

    /** A text or markdown message, its mentions read from the text. */
    public static MessagePosted of(MessageId id, ChannelRef channel, Sender author, MessageKind kind, String text, Instant time) {
        return new MessagePosted(id, channel, author, kind, text, Mentions.parse(text), Optional.empty(), Optional.empty(), time);
    }

    /** Whether the text mentions the user (for a bot: pass {@code heychat.self()}). */
    public boolean mentions(UserId user) {
        return mentions.users().contains(user);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(author.id());
    }
}
