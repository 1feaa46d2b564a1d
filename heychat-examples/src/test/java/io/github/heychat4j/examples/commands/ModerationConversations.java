package io.github.heychat4j.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.commands.Arrival;
import io.github.heychat4j.commands.CommandError;
import io.github.heychat4j.commands.CommandOutcome;
import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The moderation command bot's conversations, written once and run on every way a bot can be connected:
 * on the fake ({@link ModerationOnTheFakeTest}) and over HTTP with the emulator's WebSocket gateway
 * ({@link ModerationOverTheEmulatorTest}). People act in the world; the test waits for the router to report
 * the command done (at once on the fake, bounded by a timeout over the wire), then reads the world's state and
 * the bot's replies from it. No sleeps, no journal: what both sides can know.
 */
abstract class ModerationConversations {
    private static final long TIMEOUT_SECONDS = 10;

    private final BlockingQueue<CommandOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<CommandError.HandlerFailed> failures = new LinkedBlockingQueue<>();
    TestWorld world;

    /** Connects the bot's Heychat to the world, its gateway already listening. */
    protected abstract Heychat connect(FakeWorld fake, UserId bot);

    /** Releases what {@link #connect} opened. */
    protected void disconnect() {
    }

    @BeforeEach
    void aRoomWithAModeratorAndTheBot() {
        world = TestWorld.create()
                .room("公会", r -> r.textChannel("大厅").voiceChannel("开黑").voiceChannel("二楼")
                        .role("管理", Permission.KICK_MEMBERS, Permission.SILENCE_MEMBERS, Permission.MANAGE_ROLES,
                                Permission.MOVE_MEMBERS, Permission.MANAGE_NICKNAMES)
                        .role("会员")
                        .member("mod", "管理").member("alice").member("bob").inVoice("bob", "开黑"))
                .build();
        Heychat heychat = connect(world.fake(), world.botId());
        CommandRouter commands = CommandRouter.builder(heychat).clock(world.clock()).onError(failures::add).build();
        new ModerationCommands(heychat).declareOn(commands);
        commands.onOutcome(outcomes::add);
        commands.listen();
    }

    @AfterEach
    void disconnectTheBot() {
        disconnect();
    }

    /** The router's report of the next command, waiting for it. */
    CommandOutcome done() {
        try {
            CommandOutcome outcome = outcomes.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(outcome, "the bot reported no command within " + TIMEOUT_SECONDS + " s; it replied " + replies());
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** What the bot has said in the hall, oldest first. */
    List<String> replies() {
        return world.fake().messages(world.channel("大厅").channel()).stream()
                .filter(m -> m.author().equals(world.botId())).map(PostedMessage::content).map(ModerationConversations::text).toList();
    }

    String lastReply() {
        List<String> said = replies();
        assertFalse(said.isEmpty(), "the bot said nothing");
        return said.get(said.size() - 1);
    }

    private static String text(MessageContent content) {
        if (content instanceof MessageContent.Markdown markdown) {
            return markdown.markdown();
        }
        return content instanceof MessageContent.Text text ? text.text() : content.toString();
    }

    private boolean isMember(String name) {
        return world.fake().member(world.room("公会"), world.user(name)).isPresent();
    }

    private void says(String who, String text) {
        world.person(who).says(world.channel("大厅"), text);
    }

    private void runs(String who, String command, Map<String, ?> options) {
        world.person(who).runs(world.channel("大厅"), command, options);
    }

    private static String at(UserId user) {
        return MessageContent.mention(user);
    }

    @Test
    void aModeratorKicksFromTheMenu() {
        runs("mod", "/kick", Map.of("user", world.user("bob")));

        assertEquals(Optional.empty(), done().error());
        assertFalse(isMember("bob"));
        assertEquals("已踢出 " + at(world.user("bob")), lastReply());
    }

    @Test
    void aModeratorKicksByTypingAndTheLastWordsAreTheReason() {
        says("mod", "/kick " + at(world.user("bob")) + " 刷屏 广告");

        CommandOutcome outcome = done();
        assertEquals(Arrival.TYPED, outcome.arrival());
        assertTrue(outcome.succeeded(), outcome.toString());
        assertFalse(isMember("bob"));
        assertEquals("已踢出 " + at(world.user("bob")) + "，原因：刷屏 广告", lastReply());
    }

    @Test
    void aMemberWithoutThePermissionCannotKick() {
        runs("alice", "/kick", Map.of("user", world.user("bob")));

        assertInstanceOf(CommandError.PermissionMissing.class, done().error().orElseThrow());
        assertTrue(isMember("bob"));
        assertEquals("你没有权限使用 /kick：需要 踢出房间", lastReply());
    }

    @Test
    void aTypedCommandWithoutItsUserIsAnsweredWithItsUsage() {
        says("mod", "/kick");

        assertInstanceOf(CommandError.MissingOption.class, done().error().orElseThrow());
        assertEquals("缺少选项 user（要踢出的人）。用法：/kick <user> [reason]", lastReply());
    }

    @Test
    void minutesThatAreNoNumberAreAnsweredAndNobodyIsSilenced() {
        says("mod", "/silence " + at(world.user("bob")) + " ten");

        assertInstanceOf(CommandError.MalformedOption.class, done().error().orElseThrow());
        assertEquals(Optional.empty(), world.fake().silencedUntil(world.room("公会"), world.user("bob")));
        assertEquals("选项 minutes 应为整数，收到“ten”。用法：/silence <user> <minutes> [reason]", lastReply());
    }

    @Test
    void silencingHasAFiveSecondCooldownPerModerator() {
        runs("mod", "/silence", Map.of("user", world.user("bob"), "minutes", 10));
        assertTrue(done().succeeded());
        assertEquals(Optional.of(world.clock().instant().plus(Duration.ofMinutes(10))),
                world.fake().silencedUntil(world.room("公会"), world.user("bob")));

        world.clock().advance(Duration.ofSeconds(3));
        says("mod", "/silence " + at(world.user("alice")) + " 10");
        assertInstanceOf(CommandError.CooldownActive.class, done().error().orElseThrow());
        assertEquals("/silence 冷却中，请 2 秒后再试", lastReply());
        assertEquals(Optional.empty(), world.fake().silencedUntil(world.room("公会"), world.user("alice")));

        world.clock().advance(Duration.ofSeconds(2));
        says("mod", "/silence " + at(world.user("alice")) + " 10");
        assertTrue(done().succeeded());
        assertEquals("已禁言 " + at(world.user("alice")) + " 10 分钟", lastReply());
    }

    @Test
    void aRoleIsAddedByTypingAndRemovedFromTheMenu() {
        says("mod", "/role add " + at(world.user("bob")) + " " + MessageContent.mention(world.role("会员")));
        assertTrue(done().succeeded(), replies().toString());
        assertTrue(world.fake().member(world.room("公会"), world.user("bob")).orElseThrow().hasRole(world.role("会员")));

        runs("mod", "/role", Map.of("action", new io.github.heychat4j.domain.event.CommandOption.SelectOption("action", "remove"),
                "user", world.user("bob"), "role", world.role("会员")));
        assertTrue(done().succeeded(), replies().toString());
        assertFalse(world.fake().member(world.room("公会"), world.user("bob")).orElseThrow().hasRole(world.role("会员")));
    }

    @Test
    void aMemberInVoiceIsMovedToTheChannelLinked() {
        says("mod", "/move " + at(world.user("bob")) + " " + MessageContent.link(world.channel("二楼").channel()));

        assertTrue(done().succeeded(), replies().toString());
        assertEquals(Optional.of(world.channel("二楼").channel()), world.fake().voiceChannelOf(world.room("公会"), world.user("bob")));
    }

    @Test
    void aQuotedNicknameKeepsItsSpaceAndNoNicknameClearsIt() {
        says("mod", "/nick " + at(world.user("bob")) + " \"小 鲍\"");
        assertTrue(done().succeeded(), replies().toString());
        assertEquals(Optional.of(Nickname.of("小 鲍")), world.fake().member(world.room("公会"), world.user("bob")).orElseThrow().roomNickname());

        world.clock().advance(Duration.ofSeconds(2));
        runs("mod", "/nick", Map.of("user", world.user("bob")));
        assertTrue(done().succeeded(), replies().toString());
        assertEquals(Optional.empty(), world.fake().member(world.room("公会"), world.user("bob")).orElseThrow().roomNickname());
    }

    @Test
    void anUnknownMenuCommandListsTheCommandsButAnUnknownTypedOneIsLeftToOtherBots() {
        runs("alice", "/dance", Map.of());
        assertInstanceOf(CommandError.UnknownCommand.class, done().error().orElseThrow());
        assertEquals("未知命令 /dance。可用命令：/kick、/silence、/role、/move、/nick", lastReply());

        says("alice", "/weather 上海");
        assertInstanceOf(CommandError.UnknownCommand.class, done().error().orElseThrow());
        assertEquals(1, replies().size(), replies().toString());
    }

    @Test
    void whatThePlatformRefusesIsAnsweredInWords() {
        world.fake().leave(world.room("公会"), world.user("bob"));
        says("mod", "/kick " + at(world.user("bob")));

        CommandError error = done().error().orElseThrow();
        assertInstanceOf(CommandError.HandlerFailed.class, error);
        assertEquals(List.of(error), List.copyOf(failures), "the error hook hears what the platform refused");
        assertEquals("/kick 没有完成：找不到对象（用户、频道或身份组可能已不在）", lastReply());
    }
}
