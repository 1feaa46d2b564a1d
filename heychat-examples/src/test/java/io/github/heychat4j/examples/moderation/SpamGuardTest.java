package io.github.heychat4j.examples.moderation;

import static io.github.heychat4j.testkit.HeychatAssertions.assertBanned;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@HeychatTest
class SpamGuardTest {
    private static final SpamGuard.Policy THREE_IN_TEN_SECONDS =
            new SpamGuard.Policy(3, Duration.ofSeconds(10), Duration.ofMinutes(10), 1);

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("测试房间", r -> r.textChannel("综合").member("alice").member("bob"));
    }

    private static SpamGuard.Verdict say(SpamGuard guard, TestWorld world, String user, String text) {
        PostedMessage posted = world.post(user, "综合", text);
        return guard.onMessage(new IncomingMessage(world.channel("综合"), posted.id(), world.user(user), text));
    }

    @Test
    void membersWithinTheLimitAreLeftAlone(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);

        for (int i = 0; i < 3; i++) {
            assertEquals(SpamGuard.Verdict.ALLOWED, say(guard, world, "alice", "hi " + i));
        }

        assertDidNothing(bot);
    }

    @Test
    void aFlooderIsSilencedAndTheChannelIsTold(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);

        for (int i = 0; i < 3; i++) {
            say(guard, world, "alice", "spam " + i);
        }
        SpamGuard.Verdict verdict = say(guard, world, "alice", "spam 3");

        assertEquals(SpamGuard.Verdict.SILENCED, verdict);
        assertBanned(bot, world.room("测试房间"), world.user("alice"), Duration.ofMinutes(10));
        assertSent(bot, world.channel("综合"), "禁言 10 分钟");
    }

    @Test
    void messagesSpreadOverTimeAreNotAFlood(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);

        for (int i = 0; i < 10; i++) {
            assertEquals(SpamGuard.Verdict.ALLOWED, say(guard, world, "alice", "slow " + i));
            world.clock().advance(Duration.ofSeconds(4));
        }

        assertDidNothing(bot);
    }

    @Test
    void aSecondFloodAfterASilenceIsAKick(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);
        for (int i = 0; i < 4; i++) {
            say(guard, world, "alice", "spam " + i);
        }
        world.clock().advance(Duration.ofMinutes(11));

        SpamGuard.Verdict last = SpamGuard.Verdict.ALLOWED;
        for (int i = 0; i < 4; i++) {
            last = say(guard, world, "alice", "again " + i);
        }

        assertEquals(SpamGuard.Verdict.KICKED, last);
        assertKicked(bot, world.room("测试房间"), world.user("alice"));
        assertSent(bot, world.channel("综合"), "移出房间");
    }

    @Test
    void floodsAreCountedPerMember(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);

        for (int i = 0; i < 3; i++) {
            say(guard, world, "alice", "a" + i);
            say(guard, world, "bob", "b" + i);
        }

        assertDidNothing(bot);
        assertNotKicked(bot, world.room("测试房间"), world.user("bob"));
    }

    @Test
    void theBotsOwnMessagesNeverCount(TestWorld world, FakeHeychat bot) {
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);
        ChannelRef general = world.channel("综合");

        for (int i = 0; i < 10; i++) {
            assertEquals(SpamGuard.Verdict.ALLOWED, guard.onMessage(new IncomingMessage(general,
                    world.post("alice", "综合", "x").id(), bot.self(), "bot says " + i)));
        }
    }

    @Test
    void withoutThePermissionTheBotAsksForHelpInstead(FakeHeychat unused) {
        TestWorld world = TestWorld.create()
                .room("测试房间", r -> r.textChannel("综合").member("alice").botPermissions(Permission.SEND_MESSAGES))
                .build();
        FakeHeychat bot = world.bot();
        SpamGuard guard = new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS);
        UserId alice = world.user("alice");

        SpamGuard.Verdict verdict = SpamGuard.Verdict.ALLOWED;
        for (int i = 0; i < 4; i++) {
            verdict = say(guard, world, "alice", "spam " + i);
        }

        assertEquals(SpamGuard.Verdict.NOT_PERMITTED, verdict);
        assertSent(bot, world.channel("综合"), "没有处理的权限");
        assertEquals(java.util.Optional.empty(), world.fake().bannedUntil(world.room("测试房间"), alice));
    }
}
