package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.Operation;
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

        assertEquals("expected a kick of " + alice + " in room " + room + ", but the bot did:\n"
                + "  " + bot.journal().entries().get(0).describe() + "\n"
                + "  " + bot.journal().entries().get(1).describe(), e.getMessage());
        assertTrue(e.getMessage().contains("messages.send("), e.getMessage());
        assertTrue(e.getMessage().contains("rooms.kick("), e.getMessage());
        assertEquals("a kick of " + alice + " in room " + room, e.getExpected().getStringRepresentation());
        assertTrue(e.getActual().getStringRepresentation().contains("messages.send("));
    }

    @Test
    void aFailedAssertionSaysWhenTheBotDidNothing() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertKicked(bot, room, alice));

        assertEquals("expected a kick of " + alice + " in room " + room + ", but the bot did nothing", e.getMessage());
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
