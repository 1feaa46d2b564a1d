package io.github.heychat4j.examples.moderation;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSilenced;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.Person;
import io.github.heychat4j.testkit.TestWorld;
import io.github.heychat4j.testkit.http.HeychatEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * SpamGuard over real HTTP, with one annotation: the production adapter talks to an in-process emulator serving the
 * test's world, people's messages reach the bot over the emulator's WebSocket, and the same assertions as in
 * {@link SpamGuardTest} read what the bot did (and name alice and 测试房间 when they fail).
 */
@HeychatEmulatorTest
class SpamGuardOverHttpTest {
    private static final SpamGuard.Policy THREE_IN_TEN_SECONDS =
            new SpamGuard.Policy(3, Duration.ofSeconds(10), Duration.ofMinutes(10), 1);

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("测试房间", r -> r.textChannel("综合").member("alice").member("bob"));
    }

    @Test
    void membersWithinTheLimitAreLeftAlone(TestWorld world, HeychatHttp bot) {
        new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS).subscribe();

        for (int i = 0; i < 3; i++) {
            world.person("alice").says(world.channel("综合"), "hi " + i);
        }

        assertHeard(bot, MessagePosted.class, m -> m.text().equals("hi 2"));
        assertDidNothing(bot);
    }

    @Test
    void aFlooderIsSilencedThenKickedOverTheWire(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) {
        new SpamGuard(bot, world.clock(), THREE_IN_TEN_SECONDS).subscribe();
        ChannelRef general = world.channel("综合");
        Person alice = world.person("alice");

        for (int i = 0; i < 4; i++) {
            alice.says(general, "spam " + i);
        }
        assertSilenced(bot, world.room("测试房间"), alice.id(), Duration.ofMinutes(10));
        assertSent(bot, general, "禁言 10 分钟");
        assertNotKicked(bot, world.room("测试房间"), alice.id());

        for (int i = 0; i < 4; i++) {
            alice.says(general, "again " + i);
        }
        assertKicked(bot, world.room("测试房间"), alice.id());
        assertEquals(1, emulator.requestCount("/chatroom/v2/room/kick_out"), "the kick went over HTTP, once");
    }
}
