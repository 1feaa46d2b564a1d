package io.github.heychat4j.examples.readme;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSilenced;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;

import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's command bot, tested as the README shows. */
@HeychatTest
class CommandsReadmeTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("公会", r -> r.textChannel("大厅")
                .role("管理", Permission.SILENCE_MEMBERS).member("mod", "管理").member("bob"));
    }

    @Test
    void aModeratorSilencesByTyping(TestWorld world, FakeHeychat bot) {
        CommandsReadme.silenceCommand(bot, world.clock());

        world.person("mod").says(world.channel("大厅"), "/silence " + MessageContent.mention(world.user("bob")) + " 10");

        assertSilenced(bot, world.room("公会"), world.user("bob"), Duration.ofMinutes(10));
        assertSent(bot, world.channel("大厅"), "已禁言 10 分钟");
    }

    @Test
    void aMemberWithoutThePermissionIsToldWhy(TestWorld world, FakeHeychat bot) {
        CommandsReadme.silenceCommand(bot, world.clock());

        world.person("bob").runs(world.channel("大厅"), "/silence", Map.of("user", world.user("mod"), "minutes", 10));

        assertNotCalled(bot, Operation.ROOMS_SILENCE);
        assertSent(bot, world.channel("大厅"), "你没有权限使用 /silence：需要 禁言");
    }
}
