package io.github.heychat4j.examples.readme;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;

/** The README's "Testing your bot" bot, kept here so that the README's code compiles and its test runs. */
public final class WelcomeBot {
    private final Heychat heychat;
    private final RoleId memberRole;

    public WelcomeBot(Heychat heychat, RoleId memberRole) {
        this.heychat = heychat;
        this.memberRole = memberRole;
    }

    public void onJoin(ChannelRef lobby, UserId newcomer) {
        try {
            heychat.roles().grant(lobby.room(), newcomer, memberRole);
        } catch (PermissionDeniedException e) {
            heychat.messages().send(lobby, MessageContent.text("请管理员给机器人「管理角色」权限"));
            return;
        }
        heychat.messages().send(lobby,
                MessageContent.markdown("欢迎 " + MessageContent.mention(newcomer)).mentioning(newcomer));
    }
}
