package io.github.heychat4j.testkit.example;

import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import io.github.heychat4j.testkit.example.moderation.BannedWordModerator;
import io.github.heychat4j.testkit.example.moderation.IncomingMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.github.heychat4j.testkit.HeychatAssertions.assertCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked example: a bot's use case tested with the kit, in a few lines per behaviour. */
@HeychatTest
class BannedWordModeratorTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .room("测试房间", r -> r.textChannel("综合").member("alice").member("bob"))
                .room("另一个房间", r -> r.textChannel("闲聊").member("alice"));
    }

    private TestWorld world;
    private BannedWordModerator moderator;

    @BeforeEach
    void startTheBot(TestWorld world, FakeHeychat bot) {
        this.world = world;
        this.moderator = new BannedWordModerator(bot, Set.of("外挂"));
    }

    private void says(String user, String channel, String text) {
        moderator.onMessage(new IncomingMessage(world.channel(channel), world.user(user), text));
    }

    @Test
    void aCleanMessageChangesNothing(FakeHeychat bot) {
        says("alice", "综合", "今晚八点开黑");

        assertDidNothing(bot);
    }

    @Test
    void theFirstBannedWordEarnsAWarning(FakeHeychat bot) {
        says("alice", "综合", "谁有外挂?");

        assertSent(bot, world.channel("综合"), "警告 1/3");
        assertNotKicked(bot, world.room("测试房间"), world.user("alice"));
    }

    @Test
    void theThirdBannedWordGetsTheAuthorKicked(FakeHeychat bot) {
        says("alice", "综合", "外挂");
        says("alice", "综合", "外挂!");
        says("alice", "综合", "就要外挂");

        assertKicked(bot, world.room("测试房间"), world.user("alice"));
        assertSent(bot, world.channel("综合"), "已被踢出房间");
        assertTrue(world.fake().member(world.room("测试房间"), world.user("alice")).isEmpty());
    }

    @Test
    void strikesCountPerAuthorAndPerRoom(FakeHeychat bot) {
        says("alice", "综合", "外挂");
        says("alice", "综合", "外挂");
        says("bob", "综合", "外挂");
        says("alice", "闲聊", "外挂");

        assertNotCalled(bot, Operation.ROOMS_KICK);
        assertSent(bot, world.channel("闲聊"), "警告 1/3");
    }

    @Test
    void aKickThatFailsOnTheWayIsTriedAgainOnTheNextOffence(FakeHeychat bot) {
        bot.world().faults().failNext(Operation.ROOMS_KICK, new UnavailableException("platform down"));
        says("alice", "综合", "外挂");
        says("alice", "综合", "外挂");

        assertThrows(UnavailableException.class, () -> says("alice", "综合", "外挂"));
        says("alice", "综合", "外挂");

        assertKicked(bot, world.room("测试房间"), world.user("alice"));
    }

    /** The same bot in a room where it may not kick. */
    @Nested
    class WithoutTheKickPermission {

        @HeychatWorld
        TestWorld.Builder world() {
            return TestWorld.create()
                    .botPermissions(Permission.SEND_MESSAGES)
                    .room("测试房间", r -> r.textChannel("综合").member("alice"));
        }

        @Test
        void theBotSaysInTheChannelThatItCannotKick(FakeHeychat bot) {
            says("alice", "综合", "外挂");
            says("alice", "综合", "外挂");
            says("alice", "综合", "外挂");

            assertCalled(bot, Operation.ROOMS_KICK, call -> call.failure().filter(PermissionDeniedException.class::isInstance).isPresent());
            assertNotKicked(bot, world.room("测试房间"), world.user("alice"));
            assertSent(bot, world.channel("综合"), "没有踢出房间的权限");
        }
    }
}
