package io.github.heychat4j.testkit.http;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.List;

import static io.github.heychat4j.testkit.HeychatAssertions.assertHandlerFailed;
import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotSent;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension used as a bot author uses it: the world's people and the testkit's assertions, over HTTP. */
@HeychatEmulatorTest
class HeychatEmulatorTestTest {
    private static final String KICK_PATH = "/chatroom/v2/room/kick_out";
    private static final String SEND_PATH = "/chatroom/v2/channel_msg/send";
    /** What each test was handed, to show that tests share the emulator and nothing else. */
    private static final List<Object[]> HANDED = new ArrayList<>();

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .room("测试房间", r -> r.textChannel("大厅").textChannel("公告").member("alice").member("bob"))
                .user("carol");
    }

    @BeforeEach
    void injectedTogether(TestWorld world, HeychatHttp http, Heychat heychat, FakeWorld fake, HeychatEmulator emulator,
                          EmulatedBot bot) {
        assertSame(http, heychat);
        assertSame(http, bot.http());
        assertSame(world.fake(), fake);
        assertSame(emulator.world(), fake, "the emulator serves this test's world");
        assertEquals(world.botId(), http.self());
        assertTrue(emulator.baseUri().toString().startsWith("http://127.0.0.1:"), emulator.baseUri().toString());
        HANDED.add(new Object[] {emulator, http, world});
    }

    @Test
    void aSendOverHttpShowsInTheAssertionsWithTheFixtureNames(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) {
        bot.messages().send(world.channel("大厅"), MessageContent.text("你好"));

        assertEquals(1, emulator.requestCount(SEND_PATH), "it went over the wire");
        assertSent(bot, world.channel("大厅"), "你好");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertSent(bot, world.channel("公告"), "你好"));
        // over HTTP the adapter sends an ack id of its own (SendOptions), so that a resend is not posted twice
        assertTrue(e.getMessage().startsWith("expected a message to text channel 公告 in room 测试房间 containing \"你好\","
                + " but the bot did:\n  messages.send(text channel 大厅 in room 测试房间, Text[text=你好], SendOptions["), e.getMessage());
    }

    @Test
    void peopleActOverTheGatewayAndTheActionReturnsOnceTheBotHandledIt(TestWorld world, HeychatHttp bot,
                                                                       HeychatEmulator emulator) {
        bot.events().on(MessagePosted.class, m -> {
            if (m.text().contains("踢我")) {
                bot.rooms().kick(m.channel().room(), m.author().id());
            }
        });

        world.person("alice").says(world.channel("大厅"), "踢我");

        assertEquals(1, emulator.requestCount(KICK_PATH));
        assertKicked(bot, world.room("测试房间"), world.user("alice"));
        assertHeard(bot, MessagePosted.class, m -> m.author().id().equals(world.user("alice")));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> assertKicked(bot, world.room("测试房间"), world.user("bob")));
        assertEquals("expected a kick of user bob (1000002) in room 测试房间, but the bot did:\n"
                + "  rooms.kick(room 测试房间, user alice (1000001)) -> ok", e.getMessage());
    }

    @Test
    void joinsAndReconnectsAreHeardOverTheWire(TestWorld world, HeychatHttp bot) {
        bot.events().on(MemberJoined.class, joined -> bot.messages().send(world.channel("大厅"),
                MessageContent.text("欢迎 " + joined.member().displayName())));

        world.person("carol").joins("测试房间");
        world.gatewayReconnects();

        assertSent(bot, world.channel("大厅"), "欢迎 carol");
        assertHeard(bot, GatewayReconnected.class);
        assertNotSent(bot, world.channel("公告"));
        assertNotHeard(bot, io.github.heychat4j.domain.event.ButtonClicked.class);
    }

    @Test
    void aHandlerThatThrowsOverHttpIsReportedAsOnTheFake(TestWorld world, HeychatHttp bot) {
        bot.events().on(MessagePosted.class, m -> {
            throw new IllegalStateException("boom");
        });

        world.person("bob").says(world.channel("大厅"), "hi");

        assertEquals("boom", assertHandlerFailed(bot, IllegalStateException.class).error().getMessage());
    }

    @Test
    void aHandlerMayMakeSomeoneActWithoutWaitingForItself(TestWorld world, HeychatHttp bot) {
        bot.events().on(MemberJoined.class, joined -> world.person("alice").says(world.channel("大厅"), "欢迎新人"));
        bot.events().on(MessagePosted.class, m -> bot.messages().send(m.channel(), MessageContent.text("看到了: " + m.text())));

        world.person("carol").joins("测试房间");

        assertSent(bot, world.channel("大厅"), "看到了: 欢迎新人");
    }

    @RepeatedTest(2)
    void everyTestGetsItsOwnWorldAndClientOnTheClassEmulator(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) {
        assertEquals(List.of("/chatroom/ws/connect"), emulator.requests().stream().map(r -> r.path()).toList(),
                "the emulator's journal holds this test's gateway connection and no request of an earlier test");
        assertEquals(List.of(), emulator.gateway().faults());
        emulator.gateway().silencePings();          // a fault this test leaves behind; the next starts without it
        Object[] mine = HANDED.get(HANDED.size() - 1);
        for (Object[] earlier : HANDED.subList(0, HANDED.size() - 1)) {
            assertSame(mine[0], earlier[0], "one emulator for the class");
            assertNotSame(mine[1], earlier[1], "a client per test");
            assertNotSame(mine[2], earlier[2], "a world per test");
        }
        bot.messages().send(world.channel("大厅"), MessageContent.text("只有我"));
        assertEquals(1, world.bot().journal().entries().size(), "no call of another test is in this world's journal");
    }
}
