package io.github.heychat4j.examples.moderation;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSilenced;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.Person;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SpamGuard, driven only by what people do in the fake world after it subscribed. */
@HeychatTest
class SpamGuardTest {
    private static final SpamGuard.Policy THREE_IN_TEN_SECONDS =
            new SpamGuard.Policy(3, Duration.ofSeconds(10), Duration.ofMinutes(10), 1);
    private static final UserId OTHER_BOT = UserId.of(9_000_002L);

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .room("测试房间", r -> r.textChannel("综合").member("alice").member("bob"))
                .configure(w -> w.bot(OTHER_BOT, "别的机器人"));
    }

    private static void guard(TestWorld world, FakeHeychat bot) {
        new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS).subscribe();
    }

    @Test
    void membersWithinTheLimitAreLeftAlone(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 3; i++) {
            world.person("alice").says(general, "hi " + i);
        }

        assertHeard(bot, MessagePosted.class, m -> m.text().equals("hi 2"));
        assertDidNothing(bot);
    }

    @Test
    void aFlooderIsSilencedAndTheChannelIsTold(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");
        Person alice = world.person("alice");

        for (int i = 0; i < 4; i++) {
            alice.says(general, "spam " + i);
        }

        assertSilenced(bot, world.room("测试房间"), alice.id(), Duration.ofMinutes(10));
        MessageContent told = assertSent(bot, general, "禁言 10 分钟");
        assertEquals(MessageContent.mention(alice.id()) + " 刷屏，禁言 10 分钟。", ((MessageContent.Markdown) told).markdown());
        assertNotKicked(bot, world.room("测试房间"), alice.id());
    }

    @Test
    void messagesSpreadOverTimeAreNotAFlood(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 10; i++) {
            world.person("alice").says(general, "slow " + i);
            world.clock().advance(Duration.ofSeconds(4));
        }

        assertDidNothing(bot);
    }

    @Test
    void aSecondFloodAfterASilenceIsAKick(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");
        Person alice = world.person("alice");
        for (int i = 0; i < 4; i++) {
            alice.says(general, "spam " + i);
        }
        world.clock().advance(Duration.ofMinutes(11));

        for (int i = 0; i < 4; i++) {
            alice.says(general, "again " + i);
        }

        assertKicked(bot, world.room("测试房间"), alice.id());
        assertSent(bot, general, "移出房间");
        assertEquals(Optional.empty(), world.fake().member(world.room("测试房间"), alice.id()));
    }

    @Test
    void floodsAreCountedPerMember(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 3; i++) {
            world.person("alice").says(general, "a" + i);
            world.person("bob").says(general, "b" + i);
        }

        assertDidNothing(bot);
    }

    @Test
    void theBotsOwnMessagesNeverCount(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        bot.deliverOwnActions(true);
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 10; i++) {
            bot.messages().send(general, MessageContent.text("bot says " + i));
        }

        assertHeard(bot, MessagePosted.class, m -> m.author().id().equals(bot.self()));
        assertNotCalled(bot, Operation.ROOMS_SILENCE);
        assertNotCalled(bot, Operation.ROOMS_KICK);
    }

    @Test
    void otherBotsAreNeverTreatedAsFlooders(TestWorld world, FakeHeychat bot) {
        guard(world, bot);
        ChannelRef general = world.channel("综合");
        world.fake().join(world.room("测试房间"), OTHER_BOT);
        FakeHeychat otherBot = world.fake().heychatFor(OTHER_BOT);

        for (int i = 0; i < 10; i++) {
            otherBot.messages().send(general, MessageContent.text("公告 " + i));
        }

        assertHeard(bot, MessagePosted.class, m -> m.author().bot() && m.text().equals("公告 9"));
        assertDidNothing(bot);
    }

    @Test
    void withoutThePermissionTheBotAsksForHelpInstead(FakeHeychat unused) {
        TestWorld world = TestWorld.create()
                .room("测试房间", r -> r.textChannel("综合").member("alice").botPermissions(Permission.SEND_MESSAGES))
                .build();
        FakeHeychat bot = world.bot();
        guard(world, bot);
        Person alice = world.person("alice");

        for (int i = 0; i < 4; i++) {
            alice.says(world.channel("综合"), "spam " + i);
        }

        assertSent(bot, world.channel("综合"), "没有处理的权限");
        assertEquals(Optional.empty(), world.fake().silencedUntil(world.room("测试房间"), alice.id()));
    }

    @Test
    void aCancelledGuardNoLongerActs(TestWorld world, FakeHeychat bot) {
        new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS).subscribe().cancel();
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 10; i++) {
            world.person("alice").says(general, "spam " + i);
        }

        assertDidNothing(bot);
    }
}
