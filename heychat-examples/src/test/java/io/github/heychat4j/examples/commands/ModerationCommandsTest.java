package io.github.heychat4j.examples.commands;

import static io.github.heychat4j.testkit.HeychatAssertions.assertGranted;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertMoved;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNicknameSet;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;

import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The moderation command bot as stories on the fake, asserted with the testkit (a failure lists what the bot heard and did). */
@HeychatTest
class ModerationCommandsTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("公会", r -> r.textChannel("大厅").voiceChannel("开黑").voiceChannel("二楼")
                .role("管理", Permission.ADMINISTRATOR).role("会员")
                .member("mod", "管理").member("alice").member("bob").inVoice("bob", "开黑"));
    }

    private static void commands(TestWorld world, FakeHeychat bot) {
        new ModerationCommands(bot).declareOn(CommandRouter.builder(bot).clock(world.clock()).build()).listen();
    }

    @Test
    void anAdministratorKicksFromTheMenu(TestWorld world, FakeHeychat bot) {
        commands(world, bot);

        world.person("mod").runs(world.channel("大厅"), "/kick", Map.of("user", world.user("bob"), "reason", "刷屏"));

        assertKicked(bot, world.room("公会"), world.user("bob"));
    }

    @Test
    void aRoleIsGrantedByTyping(TestWorld world, FakeHeychat bot) {
        commands(world, bot);

        world.person("mod").says(world.channel("大厅"),
                "/role 添加 " + MessageContent.mention(world.user("bob")) + " " + MessageContent.mention(world.role("会员")));

        assertGranted(bot, world.room("公会"), world.user("bob"), world.role("会员"));
    }

    @Test
    void aMemberIsMovedAndRenamed(TestWorld world, FakeHeychat bot) {
        commands(world, bot);

        world.person("mod").runs(world.channel("大厅"), "/move", Map.of("user", world.user("bob"), "to", world.channel("二楼")));
        world.person("mod").says(world.channel("大厅"), "/nick " + MessageContent.mention(world.user("bob")) + " 小鲍");

        assertMoved(bot, world.room("公会"), world.user("bob"), world.channel("二楼").channel());
        assertNicknameSet(bot, world.room("公会"), world.user("bob"), "小鲍");
    }

    @Test
    void aSilenceLongerThanThirtyDaysIsRefusedByTheBot(TestWorld world, FakeHeychat bot) {
        commands(world, bot);

        world.person("mod").says(world.channel("大厅"), "/silence " + MessageContent.mention(world.user("bob")) + " 50000");

        assertNotCalled(bot, Operation.ROOMS_SILENCE);
        assertSent(bot, world.channel("大厅"), "禁言时长应在 1 到 43200 分钟之间，收到 50000");
    }
}
