package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.fake.PostedMessage;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the fake's stored things look as the events the platform pushes; the emulator serves these same
 * events as frames, so a bot hears the same thing from the fake and, over the wire, from the emulator.
 *
 * <p>Who did something comes in two shapes, as on the wire: the author of a message or a command
 * ({@link #author}: nickname, room nickname and roles, as a type-5 message carries them) and a member
 * joining, leaving or clicking ({@link #person}: the {@code user_info} / {@code sender_info} of events
 * 3001 and {@code card_message_btn_click}, which carry no room nickname and no roles). The fake has no
 * avatars, so neither carries one.
 *
 * <p>Which change becomes which event, and who hears it, is decided in {@code WorldState}, one method per
 * kind: {@code store} (a message posted by a person or a bot), {@code addMember} (a join),
 * {@code removeMember} (a leave or a kick), {@code setReaction}, {@code runCommand}, {@code click} and
 * {@code gatewayReconnected}. Edits, deletions, direct messages, voice, channel and role changes push
 * nothing: the platform documents no event for them.
 */
final class EventShapes {
    private EventShapes() {
    }

    /** The author of a message or a command: nickname, room nickname (when set) and roles. */
    static Sender author(UserRecord user, MemberRecord member) {
        Optional<String> roomNickname = member == null ? Optional.empty() : member.nickname.map(Nickname::value);
        Set<RoleId> roles = member == null ? Set.of() : member.roles;
        return new Sender(user.id(), user.nickname(), roomNickname, roles, user.bot(), Optional.empty());
    }

    /** A member joining, leaving or clicking: id, nickname and whether a bot. */
    static Sender person(UserRecord user) {
        return new Sender(user.id(), user.nickname(), Optional.empty(), Set.of(), user.bot(), Optional.empty());
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
