package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The contract of {@link EventGateway}: what a bot hears when people act in the world, and how its
 * handlers are run. Every adapter passes it: the fake, and the HTTP adapter connected over a real
 * WebSocket to the emulator serving the same world. Extend it and say how to connect (see
 * {@link RoomGatewayContract}); {@link #connect} must return a Heychat whose gateway is already
 * connected, so that what the world does next is heard.
 *
 * <p>The suite acts only as the world's people (the {@code FakeWorld} methods {@code post}, {@code join},
 * {@code leave}, {@code runCommand}, {@code react}, {@code click}, {@code gatewayReconnected}), as another bot
 * of the same world, and through the Heychat under test; it waits for events with a timeout instead of
 * sleeping. It compares what both sides can know: ids as values, texts, kinds, mentions, options, and of
 * a person their id, nickname and bot flag (with room nickname and roles for a posted message, whose
 * event carries them); times only of events whose frame carries a send time.
 */
public abstract non-sealed class EventGatewayContract extends GatewayContract {
    /** A second bot of the world, which joins the room when a test needs it. */
    static final UserId OTHER_BOT = UserId.of(9_000_777L);
    private static final Emoji DOGE = Emoji.builtin("cube", "doge");
    private static final Instant ANY_TIME = Instant.EPOCH;

    /** For subclasses. */
    protected EventGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").textChannel("闲聊").voiceChannel("开黑").role("会员")
                .member("alice", "会员").member("bob"))
                .user("carol")
                .configure(w -> w.bot(OTHER_BOT, "别的机器人"));
    }

    private EventGateway events() {
        return given(aRoom()).events();
    }

    private HeardQueue hearEverything(EventGateway events) {
        HeardQueue heard = new HeardQueue();
        events.onEvery(heard);
        return heard;
    }

    private PostedMessage says(String who, String text) {
        return world().person(who).says(channel("综合"), text);
    }

    /** The author fields both sides know: all but the avatar. */
    private static Sender asAuthor(Sender s) {
        return new Sender(s.id(), s.nickname(), s.roomNickname(), s.roles(), s.bot(), Optional.empty());
    }

    /** The fields every event carries of a person: id, nickname, bot. */
    private static Sender asPerson(Sender s) {
        return new Sender(s.id(), s.nickname(), Optional.empty(), Set.of(), s.bot(), Optional.empty());
    }

    private static MessagePosted comparable(MessagePosted m) {
        return new MessagePosted(m.id(), m.channel(), asAuthor(m.author()), m.kind(), m.text(), m.mentions(), m.image(), m.replyTo(),
                m.time());
    }

    private static CommandInvoked comparable(CommandInvoked c) {
        return new CommandInvoked(c.message(), c.channel(), asPerson(c.sender()), c.name(), c.options(), c.time());
    }

    private static ButtonClicked comparable(ButtonClicked b) {
        return new ButtonClicked(b.message(), b.channel(), asPerson(b.clicker()), b.text(), b.value(), b.time());
    }

    // messages --------------------------------------------------------------------------------------

    @Test
    void aMessageIsHeardWithItsAuthorsRoomNicknameRolesMentionsAndTime() {
        Heychat heychat = given(aRoom());
        HeardQueue heard = hearEverything(heychat.events());
        heychat.rooms().changeNickname(room(), user("alice"), Optional.of(Nickname.of("小爱")));
        String text = "大家好 " + MessageContent.mention(user("bob"));

        PostedMessage posted = says("alice", text);

        Sender alice = new Sender(user("alice"), "alice", Optional.of("小爱"), Set.of(role("会员")), false, Optional.empty());
        assertEquals(new MessagePosted(posted.id(), channel("综合"), alice, MessageKind.TEXT, text, Mentions.parse(text),
                Optional.empty(), Optional.empty(), posted.sentAt()), comparable(heard.next(MessagePosted.class)));
    }

    @Test
    void markdownIsHeardWithTheMentionsOfItsMarkup() {
        HeardQueue heard = hearEverything(events());
        String markdown = "**注意** " + MessageContent.mention(user("bob")) + " 去 " + MessageContent.link(channel("闲聊").channel());

        PostedMessage posted = world().person("alice").saysMarkdown(channel("综合"), markdown);

        MessagePosted m = heard.next(MessagePosted.class);
        assertEquals(posted.id(), m.id());
        assertEquals(MessageKind.MARKDOWN_WITH_MENTIONS, m.kind());
        assertEquals(markdown, m.text());
        assertEquals(Mentions.parse(markdown), m.mentions());
        assertEquals(Set.of(user("bob")), m.mentions().users());
    }

    @Test
    void anImageIsHeardWithItsAddressAndSize() {
        HeardQueue heard = hearEverything(events());

        fake().post(user("bob"), channel("综合"), MessageContent.image("https://chat.max-c.com/pic/cat.png", 194, 228));

        MessagePosted m = heard.next(MessagePosted.class);
        assertEquals(MessageKind.IMAGE, m.kind());
        assertEquals("", m.text());
        Attachment image = m.image().orElseThrow();
        assertEquals("https://chat.max-c.com/pic/cat.png", image.url());
        assertEquals(OptionalInt.of(194), image.width());
        assertEquals(OptionalInt.of(228), image.height());
    }

    @Test
    void eventsOfOneChannelArriveInTheOrderTheyHappened() {
        HeardQueue heard = hearEverything(events());
        List<String> said = IntStream.rangeClosed(1, 20).mapToObj(i -> "第" + i + "条").toList();

        said.forEach(text -> says("alice", text));

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            texts.add(heard.next(MessagePosted.class).text());
        }
        assertEquals(said, texts);
    }

    @Test
    void anotherBotsMessagesAreHeardWithTheMessageTheyAnswer() {
        HeardQueue heard = hearEverything(events());
        fake().join(room(), OTHER_BOT);
        assertEquals(new MemberJoined(room(), new Sender(OTHER_BOT, "别的机器人", Optional.empty(), Set.of(), true, Optional.empty()),
                ANY_TIME), withoutTime(heard.next(MemberJoined.class)));
        PostedMessage question = says("alice", "几点开黑?");
        heard.next(MessagePosted.class);

        MessageId answer = fake().heychatFor(OTHER_BOT).messages().reply(channel("综合"), question.id(), MessageContent.text("八点"))
                .id().orElseThrow();

        MessagePosted m = heard.next(MessagePosted.class);
        assertEquals(answer, m.id());
        assertEquals(asAuthor(new Sender(OTHER_BOT, "别的机器人", Optional.empty(), Set.of(), true, Optional.empty())),
                asAuthor(m.author()));
        assertEquals(Optional.of(question.id()), m.replyTo());
        assertEquals("八点", m.text());
    }

    @Test
    void theBotsOwnMessagesReachAnotherBot() {
        Heychat heychat = given(aRoom());
        fake().join(room(), OTHER_BOT);
        HeardQueue otherHeard = hearEverything(fake().heychatFor(OTHER_BOT).events());

        MessageId sent = heychat.messages().send(channel("综合"), MessageContent.text("大家好")).id().orElseThrow();

        Sender self = new Sender(bot(), TestWorld.DEFAULT_BOT_NAME, Optional.empty(), Set.of(role(TestWorld.DEFAULT_BOT_NAME)), true,
                Optional.empty());
        assertEquals(MessagePosted.of(sent, channel("综合"), self, MessageKind.TEXT, "大家好", fake().message(sent).orElseThrow().sentAt()),
                comparable(otherHeard.next(MessagePosted.class)));
    }

    @Test
    void theBotDoesNotHearItsOwnMessagesAndReactions() {
        Heychat heychat = given(aRoom());
        HeardQueue heard = hearEverything(heychat.events());
        PostedMessage first = says("alice", "第一");
        assertEquals(first.id(), heard.next(MessagePosted.class).id());

        heychat.messages().addReaction(channel("综合"), first.id(), DOGE);
        heychat.messages().send(channel("综合"), MessageContent.text("自言自语"));
        PostedMessage marker = says("alice", "第二");

        assertEquals(marker.id(), heard.next(MessagePosted.class).id());
    }

    @Test
    void aRoomTheBotIsNotInIsNotHeard() {
        HeardQueue heard = hearEverything(events());

        fake().post(user("stranger"), channel("外面"), MessageContent.text("别处的话"));
        PostedMessage marker = says("alice", "这里");

        // a wrongly delivered foreign event may come after the marker (another channel); it must at least not come first
        assertEquals(marker.id(), heard.next(MessagePosted.class).id());
    }

    // commands, members, reactions, buttons -------------------------------------------------------------

    @Test
    void aCommandIsHeardWithEveryOptionTyped() {
        HeardQueue heard = hearEverything(events());
        List<CommandOption> options = List.of(
                new CommandOption.StringOption("reason", "刷屏"),
                new CommandOption.IntegerOption("days", 3),
                new CommandOption.NumberOption("ratio", 2.5),
                new CommandOption.BooleanOption("silent", true),
                new CommandOption.UserOption("user", user("bob")),
                new CommandOption.ChannelOption("where", channel("闲聊").channel()),
                new CommandOption.RoleOption("role", role("会员")),
                new CommandOption.SelectOption("mode", "fast"),
                new CommandOption.ImageOption("shot", new Attachment("shot.png", "https://chat.max-c.com/pic/shot.png", 20480, "image/png",
                        OptionalInt.of(640), OptionalInt.of(480))),
                new CommandOption.FileOption("log", new Attachment("bot.log", "https://chat.max-c.com/attachments/bot.log", 1024,
                        "text/plain", OptionalInt.empty(), OptionalInt.empty())));

        CommandInvoked invoked = fake().runCommand(user("alice"), channel("综合"), "/punish", options);

        CommandInvoked heardCommand = heard.next(CommandInvoked.class);
        assertEquals("/punish", heardCommand.name());
        assertEquals(comparable(invoked), comparable(heardCommand));
    }

    @Test
    void joiningAndLeavingAreHeard() {
        HeardQueue heard = hearEverything(events());

        world().person("carol").joins(room());
        world().person("bob").leaves(room());

        assertEquals(new MemberJoined(room(), Sender.of(user("carol"), "carol"), ANY_TIME),
                withoutTime(heard.next(MemberJoined.class)));
        assertEquals(new MemberLeft(room(), Sender.of(user("bob"), "bob"), ANY_TIME), withoutTime(heard.next(MemberLeft.class)));
    }

    @Test
    void aKickByTheBotIsHeardAsTheMemberLeaving() {
        Heychat heychat = given(aRoom());
        HeardQueue heard = hearEverything(heychat.events());

        heychat.rooms().kick(room(), user("bob"));

        assertEquals(new MemberLeft(room(), Sender.of(user("bob"), "bob"), ANY_TIME), withoutTime(heard.next(MemberLeft.class)));
    }

    @Test
    void theBotLeavingARoomHearsItselfLeave() {
        Heychat heychat = given(aRoom());
        HeardQueue heard = hearEverything(heychat.events());

        heychat.rooms().leave(room());

        MemberLeft left = withoutTime(heard.next(MemberLeft.class));
        assertEquals(new MemberLeft(room(), new Sender(bot(), TestWorld.DEFAULT_BOT_NAME, Optional.empty(), Set.of(), true,
                Optional.empty()), ANY_TIME), left);
    }

    @Test
    void reactionsAreHeardAddedAndRemoved() {
        HeardQueue heard = hearEverything(events());
        PostedMessage posted = says("alice", "开黑吗");
        heard.next(MessagePosted.class);

        world().person("bob").reacts(posted.id(), DOGE);
        world().person("bob").unreacts(posted.id(), DOGE.code());

        ReactionAdded added = heard.next(ReactionAdded.class);
        assertEquals(new ReactionAdded(Optional.of(room()), channel("综合").channel(), posted.id(), user("bob"), DOGE, added.time()), added);
        ReactionRemoved removed = heard.next(ReactionRemoved.class);
        assertEquals(new ReactionRemoved(Optional.of(room()), channel("综合").channel(), posted.id(), user("bob"), DOGE, removed.time()),
                removed);
    }

    @Test
    void aButtonClickOnTheBotsCardIsHeardWithTheButtonsValue() {
        Heychat heychat = given(aRoom());
        HeardQueue heard = hearEverything(heychat.events());
        MessageId card = heychat.messages().send(channel("综合"), MessageContent.card(Card.of(CardModule.text("今晚开黑"),
                CardModule.buttons(Button.callback("报名", "signup"), Button.callback("不来", "no"))))).id().orElseThrow();

        ButtonClicked clicked = world().person("alice").clicks(card, "报名");

        assertEquals(new ButtonClicked(card, channel("综合"), Sender.of(user("alice"), "alice"), "报名", "signup", clicked.time()),
                comparable(heard.next(ButtonClicked.class)));
    }

    @Test
    void aReconnectIsHeard() {
        HeardQueue heard = hearEverything(events());

        fake().gatewayReconnected(bot(), Duration.ofSeconds(5));

        GatewayReconnected back = heard.next(GatewayReconnected.class);
        assertFalse(back.downtime().isNegative());
    }

    // how handlers run ----------------------------------------------------------------------------------

    @Test
    void aHandlerThatThrowsIsReportedAndStopsNeitherTheNextHandlerNorTheNextEvent() throws InterruptedException {
        EventGateway events = events();
        BlockingQueue<HandlerFailure> failures = new LinkedBlockingQueue<>();
        events.onHandlerFailure(failures::add);
        IllegalStateException boom = new IllegalStateException("boom");
        events.on(MessagePosted.class, m -> {
            throw boom;
        });
        HeardQueue after = hearEverything(events);

        says("alice", "一");
        says("alice", "二");

        MessagePosted one = after.next(MessagePosted.class);
        MessagePosted two = after.next(MessagePosted.class);
        assertEquals(List.of("一", "二"), List.of(one.text(), two.text()));
        HandlerFailure first = failures.poll(HeardQueue.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        HandlerFailure second = failures.poll(HeardQueue.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(first, "the first failure was not reported");
        assertNotNull(second, "the second failure was not reported");
        assertEquals(one, first.event());
        assertEquals(two, second.event());
        assertSame(boom, first.error());
    }

    @Test
    void aCancelledHandlerHearsNothingMore() {
        EventGateway events = events();
        HeardQueue cancelled = new HeardQueue();
        Subscription subscription = events.on(MessagePosted.class, cancelled);
        HeardQueue stays = hearEverything(events);
        says("alice", "之前");
        assertEquals("之前", cancelled.next(MessagePosted.class).text());
        assertEquals("之前", stays.next(MessagePosted.class).text());

        subscription.cancel();
        says("alice", "之后");

        assertEquals("之后", stays.next(MessagePosted.class).text());
        // handlers of one event run in subscription order, so the cancelled one would have heard it by now
        assertEquals(List.of(), cancelled.rest());
        assertFalse(subscription.isActive());
    }

    @Test
    void aSubscriptionToASupertypeHearsItsSubtypes() {
        EventGateway events = events();
        HeardQueue every = hearEverything(events);
        HeardQueue all = new HeardQueue();
        events.on(HeychatEvent.class, all);
        HeardQueue messagesOnly = new HeardQueue();
        events.on(MessagePosted.class, messagesOnly);

        world().person("carol").joins(room());
        says("alice", "欢迎");

        // a join and a message are of different lanes, so either may come first
        assertEquals(Set.of(MemberJoined.class, MessagePosted.class), Set.of(every.next().getClass(), every.next().getClass()));
        assertEquals(Set.of(MemberJoined.class, MessagePosted.class), Set.of(all.next().getClass(), all.next().getClass()));
        assertEquals("欢迎", messagesOnly.next(MessagePosted.class).text());
    }

    @Test
    void aHandlerCanAnswerThroughTheSameHeychat() throws InterruptedException {
        Heychat heychat = given(aRoom());
        BlockingQueue<MessageId> answered = new LinkedBlockingQueue<>();
        heychat.events().on(MessagePosted.class, m -> {
            if (m.text().equals("ping")) {
                answered.add(heychat.messages().send(m.channel(), MessageContent.text("pong")).id().orElseThrow());
            }
        });

        says("alice", "ping");

        MessageId pong = answered.poll(HeardQueue.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(pong, "the handler did not answer");
        PostedMessage answer = fake().message(pong).orElseThrow();
        assertEquals(bot(), answer.author());
        assertEquals(MessageContent.text("pong"), answer.content());
    }

    /** A join or leave without its time (its frame carries none but the push time) and with the person's common fields. */
    private static MemberJoined withoutTime(MemberJoined e) {
        return new MemberJoined(e.room(), asPerson(e.member()), ANY_TIME);
    }

    private static MemberLeft withoutTime(MemberLeft e) {
        return new MemberLeft(e.room(), asPerson(e.member()), ANY_TIME);
    }
}
