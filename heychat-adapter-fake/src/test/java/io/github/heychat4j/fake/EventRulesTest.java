package io.github.heychat4j.fake;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
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
import io.github.heychat4j.domain.role.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which change of the world becomes which event, who hears it, and how handlers are run. */
class EventRulesTest {
    private static final Emoji DOGE = Emoji.builtin("cube", "doge");
    private static final Instant T0 = ManualClock.DEFAULT_START;
    private static final Sender ALICE_AS_AUTHOR = new Sender(ALICE, "alice", Optional.empty(), Set.of(VIP), false, Optional.empty());
    private static final Sender BOT_AS_AUTHOR = new Sender(BOT, "值班机器人", Optional.empty(), Set.of(BOT_ROLE), true, Optional.empty());
    private static final ChannelRef GENERAL_TEXT = ChannelRef.text(ROOM, GENERAL);

    private final FakeWorld world = world(Permission.SEND_MESSAGES, Permission.ADD_REACTIONS, Permission.KICK_MEMBERS);
    private final FakeHeychat bot = world.heychatFor(BOT);
    private final List<HeychatEvent> botHeard = heardBy(bot);

    private static List<HeychatEvent> heardBy(FakeHeychat heychat) {
        List<HeychatEvent> heard = new CopyOnWriteArrayList<>();
        heychat.events().onEvery(heard::add);
        return heard;
    }

    /** The other bot, moved into the room the bot is in (which the bot hears, and forgets). */
    private List<HeychatEvent> otherBotInTheRoom() {
        world.join(ROOM, OTHER_BOT);
        botHeard.clear();
        return heardBy(world.heychatFor(OTHER_BOT));
    }

    private MessageId cardWithButtons() {
        return bot.messages().send(GENERAL_TEXT, MessageContent.card(Card.of(
                CardModule.text("今晚开黑"),
                CardModule.buttons(Button.link("报名", "https://example.com/signup"), Button.callback("报名", "signup"),
                        Button.callback("不来", "no"))))).id().orElseThrow();
    }

    // what people do ---------------------------------------------------------------------------------

    @Test
    void aPersonPostingIsHeardAsTheMessageWithAuthorRolesAndMentions() {
        PostedMessage posted = world.post(ALICE, GENERAL_REF, MessageContent.text("hi @{id:2002}"));

        assertEquals(List.of(new MessagePosted(posted.id(), GENERAL_TEXT, ALICE_AS_AUTHOR, MessageKind.TEXT, "hi @{id:2002}",
                Mentions.parse("hi @{id:2002}"), Optional.empty(), Optional.empty(), T0)), botHeard);
    }

    @Test
    void joiningAndLeavingAreHeardAsTheMemberComingAndGoing() {
        world.join(ROOM, STRANGER);
        world.clock().advance(Duration.ofSeconds(5));
        world.leave(ROOM, STRANGER);

        assertEquals(List.of(new MemberJoined(ROOM, Sender.of(STRANGER, "stranger"), T0),
                new MemberLeft(ROOM, Sender.of(STRANGER, "stranger"), T0.plusSeconds(5))), botHeard);
        assertTrue(world.member(ROOM, STRANGER).isEmpty());
    }

    @Test
    void leavingARoomOneIsNotInChangesNothingAndTheOwnerCannotLeave() {
        world.leave(ROOM, STRANGER);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> world.leave(ROOM, OWNER));
        assertTrue(e.getMessage().startsWith("user: "), e.getMessage());
        assertEquals(List.of(), botHeard);
    }

    @Test
    void runningACommandIsHeardWithItsTypedOptionsAndANewMessageId() {
        List<CommandOption> options = List.of(new CommandOption.UserOption("user", BOB), new CommandOption.IntegerOption("days", 3));

        CommandInvoked invoked = world.runCommand(ALICE, GENERAL_REF, "kick", options);

        assertEquals(new CommandInvoked(MessageId.of("4000000000000000000"), GENERAL_TEXT, ALICE_AS_AUTHOR, "/kick", options, T0),
                invoked);
        assertEquals(List.of(invoked), botHeard);
        assertEquals(List.of(), world.messages(GENERAL));
    }

    @Test
    void aCommandNeedsAMemberAndATextChannel() {
        IllegalArgumentException notMember = assertThrows(IllegalArgumentException.class,
                () -> world.runCommand(STRANGER, GENERAL_REF, "/kick", List.of()));
        IllegalArgumentException voice = assertThrows(IllegalArgumentException.class,
                () -> world.runCommand(ALICE, LOBBY_REF, "/kick", List.of()));

        assertTrue(notMember.getMessage().startsWith("user: "), notMember.getMessage());
        assertTrue(voice.getMessage().startsWith("channel: "), voice.getMessage());
        assertEquals(List.of(), botHeard);
    }

    @Test
    void reactingAndTakingItBackAreHeardOnceEach() {
        PostedMessage posted = world.post(BOB, GENERAL_REF, MessageContent.text("开黑吗"));
        botHeard.clear();

        world.react(ALICE, posted.id(), DOGE);
        world.react(ALICE, posted.id(), DOGE);
        assertEquals(Set.of(new Reaction(ALICE, DOGE)), world.reactions(posted.id()));
        world.unreact(ALICE, posted.id(), DOGE);
        world.unreact(ALICE, posted.id(), DOGE);

        assertEquals(List.of(new ReactionAdded(Optional.of(ROOM), GENERAL, posted.id(), ALICE, DOGE, T0),
                new ReactionRemoved(Optional.of(ROOM), GENERAL, posted.id(), ALICE, DOGE, T0)), botHeard);
        assertEquals(Set.of(), world.reactions(posted.id()));
    }

    @Test
    void clickingACallbackButtonIsHeardByTheCardsAuthorWithTheButtonsValue() {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        MessageId card = cardWithButtons();
        otherHeard.clear();

        ButtonClicked clicked = world.click(ALICE, card, "报名");

        assertEquals(new ButtonClicked(card, GENERAL_TEXT, Sender.of(ALICE, "alice"), "报名", "signup", T0), clicked);
        assertEquals(List.of(clicked), botHeard);
        assertEquals(List.of(), otherHeard);
    }

    @Test
    void clickingNeedsACardWithThatCallbackButton() {
        MessageId card = cardWithButtons();
        PostedMessage text = world.post(ALICE, GENERAL_REF, MessageContent.text("hi"));

        IllegalArgumentException noButton = assertThrows(IllegalArgumentException.class, () -> world.click(ALICE, card, "也许"));
        IllegalArgumentException notACard = assertThrows(IllegalArgumentException.class, () -> world.click(BOB, text.id(), "报名"));

        assertTrue(noButton.getMessage().startsWith("buttonText: "), noButton.getMessage());
        assertTrue(notACard.getMessage().startsWith("cardMessage: "), notACard.getMessage());
    }

    @Test
    void aReconnectIsHeardByThatBotOnly() {
        List<HeychatEvent> otherHeard = heardBy(world.heychatFor(OTHER_BOT));
        world.clock().advance(Duration.ofMinutes(1));

        world.gatewayReconnected(BOT, Duration.ofSeconds(30));

        assertEquals(List.of(new GatewayReconnected(T0.plusSeconds(30), T0.plusSeconds(60))), botHeard);
        assertEquals(List.of(), otherHeard);
    }

    @Test
    void aBotHearsOnlyTheRoomsItIsIn() {
        world.post(STRANGER, ChannelRef.text(OTHER_ROOM, ELSEWHERE), MessageContent.text("别处的话"));

        assertEquals(List.of(), botHeard);
    }

    // what the bot does -------------------------------------------------------------------------------

    @Test
    void theBotsOwnMessageReachesOtherBotsButNotItself() {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        List<HeychatEvent> raw = new CopyOnWriteArrayList<>();
        world.observe(BOT, raw::add);

        MessageId sent = bot.messages().send(GENERAL_TEXT, MessageContent.text("大家好")).id().orElseThrow();

        MessagePosted expected = MessagePosted.of(sent, GENERAL_TEXT, BOT_AS_AUTHOR, MessageKind.TEXT, "大家好", T0);
        assertEquals(List.of(expected), otherHeard);
        assertEquals(List.of(expected), raw);
        assertFalse(botHeard.stream().anyMatch(MessagePosted.class::isInstance), botHeard::toString);
    }

    @Test
    void aBotToldToHearItselfHearsItsOwnMessagesAndReactions() {
        bot.deliverOwnActions(true);
        MessageId sent = bot.messages().send(GENERAL_TEXT, MessageContent.text("自言自语")).id().orElseThrow();
        bot.messages().addReaction(GENERAL_TEXT, sent, DOGE);

        assertEquals(List.of(MessagePosted.of(sent, GENERAL_TEXT, BOT_AS_AUTHOR, MessageKind.TEXT, "自言自语", T0),
                new ReactionAdded(Optional.of(ROOM), GENERAL, sent, BOT, DOGE, T0)), botHeard);
    }

    @Test
    void theBotsReactionsAreHeardByOtherBots() {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        PostedMessage posted = world.post(ALICE, GENERAL_REF, MessageContent.text("好耶"));
        otherHeard.clear();
        botHeard.clear();

        bot.messages().addReaction(GENERAL_TEXT, posted.id(), DOGE);
        bot.messages().removeReaction(GENERAL_TEXT, posted.id(), DOGE);

        assertEquals(List.of(new ReactionAdded(Optional.of(ROOM), GENERAL, posted.id(), BOT, DOGE, T0),
                new ReactionRemoved(Optional.of(ROOM), GENERAL, posted.id(), BOT, DOGE, T0)), otherHeard);
        assertEquals(List.of(), botHeard);
    }

    @Test
    void aKickIsHeardAsTheMemberLeaving() {
        bot.rooms().kick(ROOM, BOB);

        assertEquals(List.of(new MemberLeft(ROOM, Sender.of(BOB, "bob"), T0)), botHeard);
    }

    @Test
    void theBotLeavingIsHeardByItselfAndTheBotsThatStay() {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        otherHeard.clear();

        bot.rooms().leave(ROOM);
        world.post(ALICE, GENERAL_REF, MessageContent.text("它走了"));

        MemberLeft left = new MemberLeft(ROOM, new Sender(BOT, "值班机器人", Optional.empty(), Set.of(), true, Optional.empty()), T0);
        assertEquals(List.of(left), botHeard);
        assertEquals(left, otherHeard.get(0));
        assertEquals(2, otherHeard.size());
    }

    @Test
    void editsAndDeletionsPushNothing() {
        MessageId sent = bot.messages().send(GENERAL_TEXT, MessageContent.text("草稿")).id().orElseThrow();
        List<HeychatEvent> raw = new CopyOnWriteArrayList<>();
        world.observe(BOT, raw::add);

        bot.messages().edit(GENERAL_TEXT, sent, MessageContent.text("定稿"));
        bot.messages().delete(GENERAL_TEXT, sent);

        assertEquals(List.of(), raw);
    }

    // how handlers run --------------------------------------------------------------------------------

    @Test
    void aHandlerThatThrowsIsIsolatedAndRecorded() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<HeychatEvent> after = new CopyOnWriteArrayList<>();
        bot.events().on(MessagePosted.class, m -> {
            throw boom;
        });
        bot.events().on(MessagePosted.class, after::add);

        PostedMessage first = world.post(ALICE, GENERAL_REF, MessageContent.text("一"));
        PostedMessage second = world.post(ALICE, GENERAL_REF, MessageContent.text("二"));

        assertEquals(List.of(first.id(), second.id()), after.stream().map(e -> ((MessagePosted) e).id()).toList());
        List<HandlerFailure> failures = bot.handlerFailures();
        assertEquals(2, failures.size());
        assertEquals(after.get(0), failures.get(0).event());
        assertSame(boom, failures.get(1).error());
    }

    @Test
    void aHandlerCanActOnTheWorldAndItsAnswerIsHeardAfterWhatItAnswers() {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        bot.events().on(MessagePosted.class, m -> {
            if (m.text().equals("ping")) {
                bot.messages().send(m.channel(), MessageContent.text("pong"));
            }
        });

        world.post(ALICE, GENERAL_REF, MessageContent.text("ping"));

        assertEquals(List.of("ping", "pong"), world.messages(GENERAL).stream()
                .map(p -> ((MessageContent.Text) p.content()).text()).toList());
        assertEquals(List.of("ping", "pong"), otherHeard.stream().map(e -> ((MessagePosted) e).text()).toList());
    }

    @Test
    void aCancelledHandlerHearsNoMore() {
        List<HeychatEvent> cancelled = new CopyOnWriteArrayList<>();
        Subscription subscription = bot.events().onEvery(cancelled::add);
        world.post(ALICE, GENERAL_REF, MessageContent.text("之前"));

        subscription.cancel();
        world.post(ALICE, GENERAL_REF, MessageContent.text("之后"));

        assertFalse(subscription.isActive());
        assertEquals(1, cancelled.size());
        assertEquals(2, botHeard.size());
    }

    @Test
    void eventsOfSeveralThreadsReachEveryBotInTheSameOrder() throws InterruptedException {
        List<HeychatEvent> otherHeard = otherBotInTheRoom();
        List<Thread> threads = List.of(UserId.of(2001), UserId.of(2002), UserId.of(2003)).stream()
                .map(user -> new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        world.post(user, GENERAL_REF, MessageContent.text(user + "-" + i));
                    }
                })).toList();

        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }

        List<MessageId> stored = world.messages(GENERAL).stream().map(PostedMessage::id).toList();
        assertEquals(stored, botHeard.stream().map(e -> ((MessagePosted) e).id()).toList());
        assertEquals(stored, otherHeard.stream().map(e -> ((MessagePosted) e).id()).toList());
    }
}
