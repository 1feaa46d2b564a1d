package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone clicked a button of a card the bot sent, a button whose event goes to the bot
 * ({@code Button.callback(text, value)}; the platform's event {@code "card_message_btn_click"}).
 *
 * {@snippet :
 * heychat.events().on(ButtonClicked.class, click -> {
 *     if (click.value().equals("signup")) {
 *         heychat.messages().send(click.channel(), MessageContent.text(click.clicker().displayName() + " 报名了"));
 *     }
 * });
 * }
 *
 * @param message the card message
 * @param channel where it is
 * @param clicker who clicked
 * @param text    the button's label
 * @param value   the button's value, as the bot set it
 * @param time    when
 */
public record ButtonClicked(MessageId message, ChannelRef channel, Sender clicker, String text, String value, Instant time)
        implements HeychatEvent {
    /** Validates that nothing is null. */
    public ButtonClicked {
        Checks.notNull("message", message);
        Checks.notNull("channel", channel);
        Checks.notNull("clicker", clicker);
        Checks.notNull("text", text);
        Checks.notNull("value", value);
        Checks.notNull("time", time);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.of(clicker.id());
    }
}
