package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.domain.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.Set;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSilenced;
import static io.github.heychat4j.testkit.HeychatAssertions.assertCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDidNothing;
import static io.github.heychat4j.testkit.HeychatAssertions.assertDisconnected;
import static io.github.heychat4j.testkit.HeychatAssertions.assertGranted;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertMoved;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNicknameCleared;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNicknameSet;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotCalled;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotSent;
import static io.github.heychat4j.testkit.HeychatAssertions.assertRevoked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSentDirect;
import static io.github.heychat4j.testkit.HeychatAssertions.assertUnsilenced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HeychatTest
class HeychatAssertionsTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("测试房间", r -> r.textChannel("综合").textChannel("公告").voiceChannel("开黑")
                .voiceChannel("挂机").role("会员").member("alice", "会员").member("bob").inVoice("carol", "开黑"));
    }

    private FakeHeychat bot;
    private RoomId room;
    private UserId alice;
    private UserId bob;
    private ChannelRef general;

    @BeforeEach
    void names(TestWorld world) {
        bot = world.bot();
        room = world.room("测试房间");
        alice = world.user("alice");
        bob = world.user("bob");
        general = world.channel("综合");
    }

    @Test
    void aFailedAssertionListsWhatTheBotDid() {
        bot.messages().send(general, MessageContent.text("你好"));
        bot.rooms().kick(room, bob);

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertKicked(bot, room, alice));

        assertEquals("expected a kick of user alice (1000001) in room 测试房间, but the bot did:\n"
                + "  messages.send(text channel 综合 in room 测试房间, Text[text=你好]) -> ok\n"
                + "  rooms.kick(room 测试房间, user bob (1000002)) -> ok", e.getMessage());
        assertEquals("a kick of user alice (1000001) in room 测试房间", e.getExpected().getStringRepresentation());
        assertEquals("  messages.send(text channel 综合 in room 测试房间, Text[text=你好]) -> ok\n"
                + "  rooms.kick(room 测试房间, user bob (1000002)) -> ok", e.getActual().getStringRepresentation());
    }

    @Test
    void aFailedAssertionSaysWhenTheBotDidNothing() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertKicked(bot, room, alice));

        assertEquals("expected a kick of user alice (1000001) in room 测试房间, but the bot did nothing", e.getMessage());
    }

    @Test
    void everyAssertionNamesTheFixturesItIsAbout(TestWorld world) {
        ChannelRef voice = world.channel("开黑");
        RoleId member = world.role("会员");

        assertEquals("expected a message to text channel 综合 in room 测试房间 containing \"hi\", but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertSent(bot, general, "hi")).getMessage());
        assertEquals("expected a direct message to user bob (1000002) containing \"hi\", but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertSentDirect(bot, bob, "hi")).getMessage());
        assertEquals("expected role 会员 granted to user bob (1000002) in room 测试房间, but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertGranted(bot, room, bob, member)).getMessage());
        assertEquals("expected role 会员 revoked from user alice (1000001) in room 测试房间, but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertRevoked(bot, room, alice, member)).getMessage());
        assertEquals("expected a move of user carol (1000003) to voice channel 挂机 in room 测试房间, but the bot did nothing",
                assertThrows(AssertionFailedError.class,
                        () -> assertMoved(bot, room, world.user("carol"), world.channel("挂机").channel())).getMessage());
        assertEquals("expected a disconnect of user carol (1000003) from voice channel 开黑 in room 测试房间, but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertDisconnected(bot, voice, world.user("carol"))).getMessage());
        assertEquals("expected a silence of user bob (1000002) in room 测试房间 for PT10M, but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertSilenced(bot, room, bob, Duration.ofMinutes(10))).getMessage());
        assertEquals("expected the nickname of user bob (1000002) in room 测试房间 set to \"小b\", but the bot did nothing",
                assertThrows(AssertionFailedError.class, () -> assertNicknameSet(bot, room, bob, "小b")).getMessage());

        bot.roles().grant(room, alice, member);
        bot.messages().send(general, MessageContent.text("好"));
        AssertionFailedError notSent = assertThrows(AssertionFailedError.class, () -> assertNotSent(bot, general));
        assertEquals("expected no message to text channel 综合 in room 测试房间, but the bot did:\n"
                + "  roles.grant(room 测试房间, user alice (1000001), role 会员) -> ok\n"
                + "  messages.send(text channel 综合 in room 测试房间, Text[text=好]) -> ok", notSent.getMessage());
    }

    @Test
    void idsTheFixturesDidNotNameStayIds() {
        UserId stranger = UserId.of(777);
        RoomId elsewhere = RoomId.of("42");

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertKicked(bot, elsewhere, stranger));

        assertEquals("expected a kick of user 777 in room 42, but the bot did nothing", e.getMessage());
    }

    @Test
    void aFakeBotMadeWithoutATestWorldIsAssertedWithItsIds() {
        FakeWorld world = FakeWorld.builder().bot(UserId.of(5), "bot").user(UserId.of(6), "six")
                .room(RoomId.of("1"), "房间", r -> r.member(UserId.of(5)).owner(UserId.of(5)).member(UserId.of(6))).build();
        FakeHeychat plain = world.heychatFor(UserId.of(5));
        plain.rooms().kick(RoomId.of("1"), UserId.of(6));

        assertKicked(plain, RoomId.of("1"), UserId.of(6));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertNotKicked(plain, RoomId.of("1"), UserId.of(6)));
        assertEquals("expected no kick of user 6 in room 1, but the bot did:\n  rooms.kick(room 1, user 6) -> ok", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeychatAssertions.assertHeard(plain, MemberJoined.class));
    }

    @Test
    void aBotTheTestkitDoesNotKnowIsRefusedByName() {
        Heychat unknown = new Heychat() {
            @Override public UserId self() { return UserId.of(1); }
            @Override public io.github.heychat4j.domain.room.RoomGateway rooms() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.voice.VoiceGateway voice() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.channel.ChannelGateway channels() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.message.MessageGateway messages() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.role.RoleGateway roles() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.meme.MemeGateway memes() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.media.MediaGateway media() { throw new UnsupportedOperationException(); }
            @Override public io.github.heychat4j.domain.event.EventGateway events() { throw new UnsupportedOperationException(); }
            @Override public String toString() { return "UnknownBot"; }
        };

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> assertKicked(unknown, room, alice));

        assertTrue(e.getMessage().startsWith("bot: UnknownBot is not a bot the testkit records"), e.getMessage());
    }

    @Test
    void kickedAndNotKicked() {
        assertNotKicked(bot, room, alice);

        bot.rooms().kick(room, alice);

        assertKicked(bot, room, alice);
        assertNotKicked(bot, room, bob);
        assertThrows(AssertionFailedError.class, () -> assertNotKicked(bot, room, alice));
        assertThrows(AssertionFailedError.class, () -> assertKicked(bot, room, bob));
    }

    @Test
    void aKickThatFailedIsNotAKick(TestWorld world) {
        world.fake().faults().failNext(Operation.ROOMS_KICK, new PermissionDeniedException("权限不足"));
        assertThrows(PermissionDeniedException.class, () -> bot.rooms().kick(room, alice));

        assertNotKicked(bot, room, alice);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertKicked(bot, room, alice));
        assertTrue(e.getMessage().contains("PermissionDeniedException"), e.getMessage());
    }

    @Test
    void sentMatchesChannelAndText(TestWorld world) {
        bot.messages().send(general, MessageContent.markdown("**欢迎** 新朋友"));

        MessageContent sent = assertSent(bot, general, "欢迎");
        assertEquals(MessageContent.markdown("**欢迎** 新朋友"), sent);
        assertSent(bot, general, c -> c instanceof MessageContent.Markdown);
        assertThrows(AssertionFailedError.class, () -> assertSent(bot, general, "再见"));
        assertThrows(AssertionFailedError.class, () -> assertSent(bot, world.channel("公告"), "欢迎"));
        assertThrows(AssertionFailedError.class, () -> assertSent(bot, general, c -> c instanceof MessageContent.Text));
    }

    @Test
    void notSentFailsOnceTheChannelGotAMessage(TestWorld world) {
        assertNotSent(bot, general);

        bot.messages().send(general, MessageContent.text("你好"));

        assertThrows(AssertionFailedError.class, () -> assertNotSent(bot, general));
        assertNotSent(bot, world.channel("公告"));
    }

    @Test
    void sentDirectMatchesTheRecipient() {
        bot.messages().sendDirect(alice, MessageContent.text("欢迎加入"));

        assertEquals(MessageContent.text("欢迎加入"), assertSentDirect(bot, alice, "欢迎"));
        assertSentDirect(bot, alice, c -> c.equals(MessageContent.text("欢迎加入")));
        assertThrows(AssertionFailedError.class, () -> assertSentDirect(bot, bob, "欢迎"));
    }

    @Test
    void nicknameSetAndCleared() {
        bot.rooms().setNickname(room, alice, Nickname.of("小爱"));

        assertNicknameSet(bot, room, alice, "小爱");
        assertThrows(AssertionFailedError.class, () -> assertNicknameSet(bot, room, alice, "大爱"));
        assertThrows(AssertionFailedError.class, () -> assertNicknameCleared(bot, room, alice));

        bot.rooms().clearNickname(room, alice);

        assertNicknameCleared(bot, room, alice);
    }

    @Test
    void movedAndDisconnected(TestWorld world) {
        UserId carol = world.user("carol");
        bot.voice().move(room, world.channel("开黑").channel(), world.channel("挂机").channel(), Set.of(carol));

        assertMoved(bot, room, carol, world.channel("挂机").channel());
        assertThrows(AssertionFailedError.class, () -> assertMoved(bot, room, carol, world.channel("开黑").channel()));
        assertThrows(AssertionFailedError.class, () -> assertDisconnected(bot, world.channel("挂机"), carol));

        bot.voice().disconnect(world.channel("挂机"), carol);

        assertDisconnected(bot, world.channel("挂机"), carol);
    }

    @Test
    void grantedAndRevoked(TestWorld world) {
        bot.roles().grant(room, bob, world.role("会员"));

        assertGranted(bot, room, bob, world.role("会员"));
        assertThrows(AssertionFailedError.class, () -> assertGranted(bot, room, alice, world.role("会员")));
        assertThrows(AssertionFailedError.class, () -> assertRevoked(bot, room, bob, world.role("会员")));

        bot.roles().revoke(room, alice, world.role("会员"));

        assertRevoked(bot, room, alice, world.role("会员"));
    }

    @Test
    void bannedForAnyOrAGivenTimeAndUnbanned() {
        bot.rooms().silence(room, alice, Duration.ofMinutes(10), "刷屏");

        assertSilenced(bot, room, alice);
        assertSilenced(bot, room, alice, Duration.ofMinutes(10));
        assertThrows(AssertionFailedError.class, () -> assertSilenced(bot, room, alice, Duration.ofMinutes(5)));
        assertThrows(AssertionFailedError.class, () -> assertSilenced(bot, room, bob));
        assertThrows(AssertionFailedError.class, () -> assertUnsilenced(bot, room, alice));

        bot.rooms().unsilence(room, alice);

        assertUnsilenced(bot, room, alice);
    }

    @Test
    void didNothingAllowsReadsButNotWritesEvenFailedOnes(TestWorld world) {
        bot.rooms().allMembers(room);
        assertDidNothing(bot);

        world.fake().faults().failNext(Operation.MESSAGES_SEND, new PermissionDeniedException("权限不足"));
        assertThrows(PermissionDeniedException.class, () -> bot.messages().send(general, MessageContent.text("你好")));

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertDidNothing(bot));
        assertTrue(e.getMessage().startsWith("expected the bot to do nothing, but it did:\n  rooms."), e.getMessage());
    }

    @Test
    void calledSeesFailedCallsAndNotCalledFailsOnAnyCall(TestWorld world) {
        assertNotCalled(bot, Operation.ROOMS_KICK);
        world.fake().faults().failNext(Operation.ROOMS_KICK, new PermissionDeniedException("权限不足"));
        assertThrows(PermissionDeniedException.class, () -> bot.rooms().kick(room, alice));

        assertEquals(Operation.ROOMS_KICK, assertCalled(bot, Operation.ROOMS_KICK, call -> !call.succeeded()).operation());
        assertThrows(AssertionFailedError.class, () -> assertCalled(bot, Operation.ROOMS_KICK, call -> call.succeeded()));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertNotCalled(bot, Operation.ROOMS_KICK));
        assertTrue(e.getMessage().startsWith("expected no call of rooms.kick, but the bot did:"), e.getMessage());
    }

    @Test
    void otherBotsCallsDoNotCount(TestWorld world) {
        world.fake().post(alice, general, MessageContent.text("people's messages are not the bot's"));

        assertNotSent(bot, general);
        assertDidNothing(bot);
    }

    @Test
    void misuseIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> assertKicked(null, room, alice));
        assertThrows(IllegalArgumentException.class, () -> assertKicked(bot, null, alice));
        assertThrows(IllegalArgumentException.class, () -> assertSent(bot, general, ""));
        assertThrows(IllegalArgumentException.class, () -> assertSent(bot, null, "hi"));
        assertThrows(IllegalArgumentException.class, () -> assertCalled(bot, null, call -> true));
    }
}
