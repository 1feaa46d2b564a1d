package io.github.heychat4j.examples.welcome;

import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotSent;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.Person;
import io.github.heychat4j.testkit.TestWorld;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Greeter, driven only by people joining rooms of the fake world after it subscribed. */
@HeychatTest
class GreeterTest {
    private static final UserId OTHER_BOT = UserId.of(9_000_002L);

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .user("carol")
                .room("测试房间", r -> r.textChannel("欢迎").textChannel("综合").member("alice"))
                .room("安静房间", r -> r.textChannel("闲聊").member("alice"))
                .configure(w -> w.bot(OTHER_BOT, "别的机器人"));
    }

    private static void greetIn(TestWorld world, FakeHeychat bot, String room, String channel) {
        new Greeter(bot, Map.of(world.room(room), world.channel(room, channel))).subscribe();
    }

    @Test
    void aNewcomerIsWelcomedInTheWelcomeChannelWithAMention(TestWorld world, FakeHeychat bot) {
        greetIn(world, bot, "测试房间", "欢迎");
        Person carol = world.person("carol");

        carol.joins("测试房间");

        assertHeard(bot, MemberJoined.class, joined -> joined.member().id().equals(carol.id()));
        MessageContent greeting = assertSent(bot, world.channel("欢迎"), "欢迎 " + MessageContent.mention(carol.id()) + " 加入！");
        assertEquals(Set.of(carol.id()), ((MessageContent.Markdown) greeting).mentions().users());
        assertNotSent(bot, world.channel("综合"));
    }

    @Test
    void everyNewcomerIsWelcomedOnce(TestWorld world, FakeHeychat bot) {
        greetIn(world, bot, "测试房间", "欢迎");
        ChannelRef welcome = world.channel("欢迎");

        world.person("carol").joins("测试房间");
        world.person("carol").joins("测试房间");

        assertEquals(1, bot.journal().entries().stream().filter(e -> !e.operation().isRead()).count(),
                "joining twice is joining once: the second join changes nothing and pushes nothing");
        assertSent(bot, welcome, MessageContent.mention(world.user("carol")));
    }

    @Test
    void aRoomWithoutAWelcomeChannelIsLeftAlone(TestWorld world, FakeHeychat bot) {
        greetIn(world, bot, "测试房间", "欢迎");

        world.person("carol").joins("安静房间");

        assertHeard(bot, MemberJoined.class, joined -> joined.room().equals(world.room("安静房间")));
        assertNotSent(bot, world.channel("闲聊"));
        assertNotSent(bot, world.channel("欢迎"));
    }

    @Test
    void aBotJoiningIsNotGreeted(TestWorld world, FakeHeychat bot) {
        greetIn(world, bot, "测试房间", "欢迎");

        world.fake().join(world.room("测试房间"), OTHER_BOT);

        assertHeard(bot, MemberJoined.class, joined -> joined.member().bot());
        assertNotSent(bot, world.channel("欢迎"));
    }

    @Test
    void aMemberWhoLeavesAndComesBackIsWelcomedAgain(TestWorld world, FakeHeychat bot) {
        greetIn(world, bot, "测试房间", "欢迎");
        Person alice = world.person("alice");

        alice.leaves("测试房间");
        alice.joins("测试房间");

        assertSent(bot, world.channel("欢迎"), MessageContent.mention(alice.id()));
    }

    @Test
    void withoutThePermissionToSpeakThereTheGreeterStaysQuiet(FakeHeychat unused) {
        TestWorld world = TestWorld.create()
                .user("carol")
                .room("测试房间", r -> r.textChannel("欢迎").botPermissions(Permission.VIEW_CHANNEL)
                        .everyone(Permission.VIEW_CHANNEL))
                .build();
        FakeHeychat bot = world.bot();
        greetIn(world, bot, "测试房间", "欢迎");

        world.person("carol").joins("测试房间");

        assertHeard(bot, MemberJoined.class);
        assertNotSent(bot, world.channel("欢迎"));
    }
}
