package io.github.heychat4j.examples.readme;

// The README's "Testing your bot" bot, verbatim (ReadmeSnippetsTest checks it), so that the README's code compiles and its test runs.

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.message.MessageContent;

public final class WelcomeBot {
    private final Heychat heychat;
    private final ChannelRef lobby;
    private final RoleId memberRole;

    public WelcomeBot(Heychat heychat, ChannelRef lobby, RoleId memberRole) {
        this.heychat = heychat;
        this.lobby = lobby;
        this.memberRole = memberRole;
    }

    public Subscription start() {
        return heychat.events().on(MemberJoined.class, this::onJoin);
    }

    void onJoin(MemberJoined joined) {
        UserId newcomer = joined.member().id();
        if (!joined.room().equals(lobby.room()) || joined.member().bot()) {
            return;
        }
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
