package io.github.heychat4j.testkit.archfixture.compliant;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;

/** Fixture: bot code that talks through the ports only. */
public final class Greeter {
    private final Heychat heychat;

    public Greeter(Heychat heychat) {
        this.heychat = heychat;
    }

    public void welcome(ChannelRef channel, UserId newcomer) {
        heychat.messages().send(channel, MessageContent.markdown("欢迎 " + MessageContent.mention(newcomer)).mentioning(newcomer));
    }
}
