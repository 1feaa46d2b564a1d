package io.github.heychat4j.examples.moderation;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import java.util.Objects;

/**
 * A message someone posted in a channel, as the moderation bot sees it. Where it comes from (the
 * platform's event gateway, a test, the demo script) is not the bot's business.
 *
 * @param channel where it was posted
 * @param id      its id
 * @param author  who posted it
 * @param text    what it says
 */
public record IncomingMessage(ChannelRef channel, MessageId id, UserId author, String text) {
    /** Validates that nothing is null. */
    public IncomingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
