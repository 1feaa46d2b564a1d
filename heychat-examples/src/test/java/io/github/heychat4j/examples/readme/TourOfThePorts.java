package io.github.heychat4j.examples.readme;

// The README's tour of the ports, verbatim with its imports (ReadmeSnippetsTest checks it and runs it against the emulator's demo world).

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.room.Nickname;
import java.time.Duration;
import java.util.Set;

final class TourOfThePorts {
    private TourOfThePorts() {
    }

    static void moreOfWhatABotDoes(Heychat heychat) {
        RoomId room = RoomId.of("3587810143523774464");
        UserId carol = UserId.of(66837313);
        ChannelId lobby = ChannelId.of("3377790315296464896");
        ChannelId afk = ChannelId.of("3377790315304853504");

        heychat.rooms().setNickname(room, carol, Nickname.of("测试昵称"));
        heychat.rooms().clearNickname(room, carol);
        heychat.rooms().silence(room, carol, Duration.ofMinutes(10), "刷屏");
        heychat.voice().move(room, lobby, afk, Set.of(carol));
        heychat.voice().disconnect(ChannelRef.voice(room, afk), carol);
        heychat.roles().grant(room, carol, RoleId.of("3587810143548940288"));
        heychat.messages().send(ChannelRef.text(room, ChannelId.of("3377790315288076288")),
                MessageContent.markdown("欢迎 " + MessageContent.mention(carol)).mentioning(carol));
        heychat.messages().send(ChannelRef.text(room, ChannelId.of("3377790315288076288")), MessageContent.card(
                Card.of(CardModule.header("今晚开黑"), CardModule.markdown("**20:00** 开黑大厅见"),
                        CardModule.buttons(Button.link("报名", "https://example.com/join")))));
        heychat.rooms().kick(room, carol);
    }
}
