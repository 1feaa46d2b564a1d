package io.github.heychat4j.commands;

import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertHandlerFailed;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The router, driven by people acting in the fake world, as a bot author's tests would be. */
@HeychatTest
class CommandRouterTest {
    private static final Command ECHO = Command.named("/echo", "复述")
            .with(OptionSpec.integer("times", "次数"), OptionSpec.bool("loud", "大声"), OptionSpec.string("text", "内容"));
    private static final Command KICK = Command.named("/kick", "踢出").with(OptionSpec.user("user", "谁")).requires(Permission.KICK_MEMBERS);

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("房间", r -> r.textChannel("大厅").textChannel("二楼").role("管理", Permission.KICK_MEMBERS)
                .member("mod", "管理").member("alice").member("bob").owner("boss"));
    }

    private final List<Invocation> ran = new ArrayList<>();

    private CommandRouter listening(TestWorld world, FakeHeychat bot, Command command) {
        CommandRouter router = CommandRouter.builder(bot).clock(world.clock()).build().on(command, ran::add);
        router.listen();
        return router;
    }

    @Test
    void typedAndMenuArrivalsGiveTheHandlerTheSameTypedOptions(TestWorld world, FakeHeychat bot) {
        listening(world, bot, ECHO);

        world.person("alice").runs(world.channel("大厅"), "/echo", Map.of("times", 3, "loud", true, "text", "你好 世界"));
        world.person("alice").says(world.channel("大厅"), "/echo 3 是 你好 世界");

        assertEquals(2, ran.size());
        assertEquals(Arrival.MENU, ran.get(0).arrival());
        assertEquals(Arrival.TYPED, ran.get(1).arrival());
        assertEquals(ran.get(0).options(), ran.get(1).options());
        assertEquals(3, ran.get(1).integer("times"));
        assertTrue(ran.get(1).bool("loud"));
        assertEquals("你好 世界", ran.get(1).string("text"));
    }

    @Test
    void aMenuNumberThatIsWholeIsReadAsTheDeclaredInteger(TestWorld world, FakeHeychat bot) {
        listening(world, bot, ECHO);

        world.person("alice").runs(world.channel("大厅"), "/echo", Map.of("times", 3.0, "loud", false, "text", "x"));

        assertEquals(3, ran.get(0).integer("times"));
    }

    @Test
    void theOwnerMayRunWhatTheyHaveNoRoleFor(TestWorld world, FakeHeychat bot) {
        CommandRouter router = CommandRouter.builder(bot).build().on(KICK, cmd -> bot.rooms().kick(cmd.room(), cmd.user("user")));
        router.listen();

        world.person("boss").runs(world.channel("大厅"), "/kick", Map.of("user", world.user("bob")));

        assertKicked(bot, world.room("房间"), world.user("bob"));
    }

    @Test
    void aMemberWithoutThePermissionIsToldAndNothingHappens(TestWorld world, FakeHeychat bot) {
        listening(world, bot, KICK);

        world.person("alice").says(world.channel("大厅"), "/kick " + MessageContent.mention(world.user("bob")));

        assertEquals(List.of(), ran);
        assertSent(bot, world.channel("大厅"), "你没有权限使用 /kick：需要 踢出房间");
    }

    @Test
    void aRoleMentionWhereAUserIsExpectedIsMalformed(TestWorld world, FakeHeychat bot) {
        listening(world, bot, KICK);

        world.person("mod").says(world.channel("大厅"), "/kick " + MessageContent.mention(world.role("管理")));

        assertEquals(List.of(), ran);
        assertSent(bot, world.channel("大厅"), m -> ((MessageContent.Text) m).text().startsWith("选项 user 应为用户"));
    }

    @Test
    void aChannelCooldownHoldsEveryoneInThatChannelOnly(TestWorld world, FakeHeychat bot) {
        listening(world, bot, Command.named("/roll", "掷骰子").cooldownPerChannel(Duration.ofSeconds(30)));

        world.person("alice").says(world.channel("大厅"), "/roll");
        world.person("bob").says(world.channel("大厅"), "/roll");
        world.person("bob").says(world.channel("二楼"), "/roll");
        world.clock().advance(Duration.ofSeconds(30));
        world.person("bob").says(world.channel("大厅"), "/roll");

        assertEquals(3, ran.size());
        assertSent(bot, world.channel("大厅"), "本频道的 /roll 冷却中，请 30 秒后再试");
    }

    @Test
    void aReplacedReplyIsUsedAndASilencedOneSaysNothing(TestWorld world, FakeHeychat bot) {
        CommandRouter router = CommandRouter.builder(bot)
                .replies(CommandReplies.defaults().with(CommandError.PermissionMissing.class, e -> "不行")
                        .silent(CommandError.UnknownCommand.class))
                .build().on(KICK, ran::add);
        router.listen();

        world.person("alice").runs(world.channel("大厅"), "/dance", Map.of());
        world.person("alice").runs(world.channel("大厅"), "/kick", Map.of("user", world.user("bob")));

        assertSent(bot, world.channel("大厅"), "不行");
        assertEquals(1, world.fake().messages(world.channel("大厅").channel()).size());
    }

    @Test
    void aBugInAHandlerIsLeftToTheGatewaysFailureReport(TestWorld world, FakeHeychat bot) {
        CommandRouter.create(bot).on("/boom", cmd -> {
            throw new IllegalStateException("bug");
        }).listen();

        world.person("alice").says(world.channel("大厅"), "/boom");

        assertHandlerFailed(bot, IllegalStateException.class);
    }

    @Test
    void messagesThatAreNoCommandAreIgnored(TestWorld world, FakeHeychat bot) {
        listening(world, bot, ECHO);

        world.person("alice").says(world.channel("大厅"), "你好 /echo");
        world.person("alice").says(world.channel("大厅"), "// 注释");
        world.person("alice").says(world.channel("大厅"), "/ echo");

        assertEquals(List.of(), ran);
        assertDidNothing(bot);
    }

    @Test
    void aCommandIsDeclaredOnce(TestWorld world, FakeHeychat bot) {
        CommandRouter router = CommandRouter.create(bot).on("/ping", ran::add);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> router.on("ping", ran::add));

        assertEquals("command: /ping is declared twice", e.getMessage());
    }

    @Test
    void routingWithoutListeningRunsTheSameChecks(TestWorld world, FakeHeychat bot) {
        CommandRouter router = CommandRouter.create(bot).on(ECHO, ran::add);
        Sender alice = Sender.of(world.user("alice"), "alice");

        router.route(new CommandInvoked(MessageId.of("77"), world.channel("大厅"), alice, "/echo",
                List.of(new CommandOption.StringOption("text", "x"), new CommandOption.IntegerOption("times", 1),
                        new CommandOption.BooleanOption("loud", false)), Instant.EPOCH));
        router.route(MessagePosted.of(MessageId.of("78"), world.channel("大厅"), alice, MessageKind.TEXT, "/echo 1", Instant.EPOCH));

        assertEquals(1, ran.size());
        assertSent(bot, world.channel("大厅"), "缺少选项 loud（大声）。用法：/echo <times> <loud> <text>");
        assertEquals("option nothing: not declared by /echo (declared: /echo <times> <loud> <text>)",
                assertThrows(IllegalArgumentException.class, () -> ran.get(0).optionalInteger("nothing")).getMessage());
        assertEquals("option times: is INTEGER in /echo, read it with integer(\"times\")",
                assertThrows(IllegalArgumentException.class, () -> ran.get(0).string("times")).getMessage());
    }
}
