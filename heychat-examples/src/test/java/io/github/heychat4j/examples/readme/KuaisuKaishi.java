package io.github.heychat4j.examples.readme;

// The README's 快速开始 production snippet, verbatim with its imports (ReadmeSnippetsTest checks it).

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.http.HeychatHttp;
import java.util.Set;

final class KuaisuKaishi {
    private KuaisuKaishi() {
    }

    static void chineseQuickStart() {
        try (HeychatHttp bot = HeychatHttp.fromEnvironment()) {
            RoomId room = bot.rooms().allJoinedRooms().get(0).id();
            bot.rooms().setNickname(room, UserId.of(66837313), Nickname.of("测试昵称"));
            bot.voice().move(room, ChannelId.of("3377790315296464896"), ChannelId.of("3377790315304853504"),
                    Set.of(UserId.of(66837313)));
        }
    }
}
