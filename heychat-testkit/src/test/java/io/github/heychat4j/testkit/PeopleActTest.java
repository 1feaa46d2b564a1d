package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.PostedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static io.github.heychat4j.testkit.HeychatAssertions.assertHandlerFailed;
import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNoHandlerFailed;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNotHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-line vocabulary of people acting, and the assertions on what the bot heard. */
@HeychatTest
class PeopleActTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("测试房间", r -> r.textChannel("综合").textChannel("闲聊").role("会员")
                .member("alice", "会员").member("bob")).user("carol");
    }

    private TestWorld world;
    private FakeHeychat bot;
    private ChannelRef general;
    private Person alice;

    @BeforeEach
    void names(TestWorld testWorld) {
        world = testWorld;
        bot = testWorld.bot();
        general = testWorld.channel("综合");
        alice = testWorld.person("alice");
    }

    @Test
    void aPersonSaysTextAndMarkdownAndTheBotHearsIt() {
        PostedMessage hi = alice.says(general, "hi");
        PostedMessage md = alice.saysMarkdown(general, "**看** " + MessageContent.mention(world.user("bob")));

        assertEquals(hi.id(), assertHeard(bot, MessagePosted.class, m -> m.text().equals("hi")).id());
        MessagePosted markdown = assertHeard(bot, MessagePosted.class, m -> m.id().equals(md.id()));
        assertEquals(MessageKind.MARKDOWN_WITH_MENTIONS, markdown.kind());
        assertEquals(Set.of(world.user("bob")), markdown.mentions().users());
        assertEquals(alice.id(), world.user("alice"));
    }

    @Test
    void aPersonRunsACommandWithOptionsTypedFromTheirValues() {
        Attachment screenshot = new Attachment("shot.png", "https://chat.max-c.com/pic/shot.png", 1, "image/png", OptionalInt.of(2),
                OptionalInt.of(3));
        Attachment log = Attachment.of("bot.log", "https://chat.max-c.com/attachments/bot.log");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("user", world.user("bob"));
        options.put("where", world.channel("闲聊"));
        options.put("role", world.role("会员"));
        options.put("days", 3);
        options.put("count", 4L);
        options.put("ratio", 2.5);
        options.put("silent", true);
        options.put("reason", "刷屏");
        options.put("shot", screenshot);
        options.put("log", log);
        options.put("mode", new CommandOption.SelectOption("mode", "fast"));

        CommandInvoked invoked = alice.runs("/kick", options);

        assertEquals(List.of(new CommandOption.UserOption("user", world.user("bob")),
                new CommandOption.ChannelOption("where", world.channel("闲聊").channel()),
                new CommandOption.RoleOption("role", world.role("会员")),
                new CommandOption.IntegerOption("days", 3),
                new CommandOption.IntegerOption("count", 4),
                new CommandOption.NumberOption("ratio", 2.5),
                new CommandOption.BooleanOption("silent", true),
                new CommandOption.StringOption("reason", "刷屏"),
                new CommandOption.ImageOption("shot", screenshot),
                new CommandOption.FileOption("log", log),
                new CommandOption.SelectOption("mode", "fast")), invoked.options());
        assertEquals(general, invoked.channel());
        assertEquals(invoked, assertHeard(bot, CommandInvoked.class));
    }

    @Test
    void optionsOfAnUnorderedMapAreSortedByName() {
        CommandInvoked invoked = alice.runs(world.channel("闲聊"), "roll", Map.of("b", "2", "a", "1", "c", "3"));

        assertEquals(List.of("a", "b", "c"), invoked.options().stream().map(CommandOption::name).toList());
        assertEquals("/roll", invoked.name());
        assertEquals(world.channel("闲聊"), invoked.channel());
    }

    @Test
    void anOptionValueOfAnotherTypeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> alice.runs("/kick", Map.of("when", Duration.ofDays(1))));

        assertTrue(e.getMessage().startsWith("options.when: a value of type Duration is no command option"), e.getMessage());
    }

    @Test
    void peopleJoinLeaveReactAndClick() {
        Person carol = world.person("carol");
        carol.joins("测试房间");
        carol.leaves(world.room("测试房间"));
        PostedMessage hi = alice.says(general, "hi");
        world.person("bob").reacts(hi.id(), "[cube_doge]");
        world.person("bob").unreacts(hi.id(), Emoji.parse("[cube_doge]"));
        MessageId card = bot.messages().send(general, MessageContent.card(Card.of(CardModule.buttons(Button.callback("报名", "signup")))))
                .id().orElseThrow();
        ButtonClicked clicked = alice.clicks(card, "报名");

        assertEquals(carol.id(), assertHeard(bot, MemberJoined.class).member().id());
        assertEquals(carol.id(), assertHeard(bot, MemberLeft.class).member().id());
        assertEquals(hi.id(), assertHeard(bot, ReactionAdded.class).message());
        assertEquals(hi.id(), assertHeard(bot, ReactionRemoved.class).message());
        assertEquals("signup", assertHeard(bot, ButtonClicked.class).value());
        assertEquals(clicked, assertHeard(bot, ButtonClicked.class));
    }

    @Test
    void theGatewayReconnectsForTheBot() {
        world.gatewayReconnects();

        assertEquals(Duration.ofSeconds(30), assertHeard(bot, GatewayReconnected.class).downtime());
    }

    @Test
    void aFailedAssertHeardListsTheEventsAndWhatTheBotDidInReply() {
        bot.events().on(MessagePosted.class, m -> bot.messages().send(m.channel(), MessageContent.text("收到: " + m.text())));
        alice.says(general, "hi");

        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertHeard(bot, MemberJoined.class));

        String message = e.getMessage();
        assertTrue(message.startsWith("expected the bot to hear a MemberJoined, but it heard:\n  heard: MessagePosted["), message);
        assertTrue(message.contains("\n    bot: messages.send("), message);
        assertTrue(message.indexOf("heard: MessagePosted") < message.indexOf("bot: messages.send"), message);
        assertSent(bot, general, "收到: hi");
    }

    @Test
    void theBotsOwnMessagesAreNotHeard() {
        bot.messages().send(general, MessageContent.text("自言自语"));

        assertNotHeard(bot, MessagePosted.class);
        assertThrows(AssertionFailedError.class, () -> {
            alice.says(general, "hi");
            assertNotHeard(bot, MessagePosted.class);
        });
    }

    @Test
    void handlerFailuresAreAssertedAndCountAsExpected() {
        assertNoHandlerFailed(bot);
        bot.events().on(MemberJoined.class, joined -> {
            throw new IllegalStateException("greeter broke");
        });

        world.person("carol").joins("测试房间");

        assertEquals("greeter broke", assertHandlerFailed(bot, IllegalStateException.class).error().getMessage());
        AssertionFailedError none = assertThrows(AssertionFailedError.class, () -> assertNoHandlerFailed(bot));
        assertTrue(none.getMessage().contains("greeter broke"), none.getMessage());
        assertThrows(AssertionFailedError.class, () -> assertHandlerFailed(bot, IllegalArgumentException.class));
    }
}
