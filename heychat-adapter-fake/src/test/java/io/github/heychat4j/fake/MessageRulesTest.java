package io.github.heychat4j.fake;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRulesTest {
    private static final MessageContent HELLO = MessageContent.text("hello");
    private static final Emoji DOGE = Emoji.builtin("cube", "doge");
    private static final AckId ACK = AckId.of("ack-1");

    @Test
    void aSentMessageIsStoredWithItsIdAckIdAndTime() {
        FakeWorld world = world();

        SentMessage sent = world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO);

        MessageId id = sent.id().orElseThrow();
        assertEquals(MessageId.of("4000000000000000000"), id);
        assertEquals(List.of(new PostedMessage(id, ROOM, GENERAL, BOT, HELLO, Optional.empty(), sent.ackId(),
                ManualClock.DEFAULT_START, false)), world.messages(GENERAL));
        assertEquals(world.message(id), Optional.of(world.messages(GENERAL).get(0)));
    }

    @Test
    void eachSendWithoutAnAckIdGetsAFreshOne() {
        FakeHeychat bot = world().heychatFor(BOT);

        SentMessage first = bot.messages().send(GENERAL_REF, HELLO);
        SentMessage second = bot.messages().send(GENERAL_REF, HELLO);

        assertNotEquals(first.ackId(), second.ackId());
        assertNotEquals(first.id(), second.id());
    }

    @Test
    void announcementChannelsTakeMessagesButVoiceChannelsAndCategoriesDoNot() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        bot.messages().send(new ChannelRef(ROOM, BOARD, ChannelType.ANNOUNCEMENT), HELLO);

        assertEquals(1, world.messages(BOARD).size());
        assertWrongTarget(() -> bot.messages().send(new ChannelRef(ROOM, LOBBY, ChannelType.TEXT), HELLO));
        assertWrongTarget(() -> bot.messages().send(new ChannelRef(ROOM, GAMES, ChannelType.TEXT), HELLO));
        assertEquals(List.of(), world.messages(LOBBY));
    }

    @Test
    void sendingNeedsSendMessages() {
        FakeWorld world = worldWithoutEveryone(Permission.ADD_REACTIONS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO), "SEND_MESSAGES");
        assertEquals(List.of(), world.messages(GENERAL));
    }

    @Test
    void sendingToARoomTheBotIsNotInIsNotFound() {
        FakeWorld world = world();

        assertNotFound("请加入房间后再操作", () -> world.heychatFor(BOT).messages().send(ChannelRef.text(OTHER_ROOM, ELSEWHERE), HELLO));
        assertNotFound("频道不存在", () -> world.heychatFor(BOT).messages().send(ChannelRef.text(ROOM, ELSEWHERE), HELLO));
    }

    @Test
    void imagesNeedSendImages() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        PermissionDeniedCheck.denied(() -> bot.messages().send(GENERAL_REF,
                MessageContent.image("https://chat.max-c.com/pic/a.png", 194, 228)), "SEND_IMAGES");
        assertDenied(() -> bot.messages().send(GENERAL_REF, MessageContent.markdown("看 ![图](https://chat.max-c.com/pic/a.png)")));
        world(Permission.SEND_IMAGES).heychatFor(BOT).messages().send(GENERAL_REF,
                MessageContent.image("https://chat.max-c.com/pic/a.png", 194, 228));
    }

    @Test
    void mentioningEveryoneOnlineOrARoleNeedsMentionEveryone() {
        FakeHeychat bot = world().heychatFor(BOT);

        PermissionDeniedCheck.denied(() -> bot.messages().send(GENERAL_REF,
                MessageContent.markdown("大家好 " + MessageContent.EVERYONE).mentioningEveryone()), "MENTION_EVERYONE");
        assertDenied(() -> bot.messages().send(GENERAL_REF,
                MessageContent.markdown("在线的 " + MessageContent.ONLINE).mentioningOnline()));
        assertDenied(() -> bot.messages().send(GENERAL_REF,
                MessageContent.markdown("VIP " + MessageContent.mention(VIP)).mentioningRoles(VIP)));
    }

    @Test
    void mentioningAUserNeedsNoExtraPermission() {
        FakeWorld world = world();

        world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.markdown("hi " + MessageContent.mention(ALICE)).mentioning(ALICE));

        assertEquals(1, world.messages(GENERAL).size());
    }

    @Test
    void mentioningEveryoneWorksWithMentionEveryone() {
        FakeWorld world = world(Permission.MENTION_EVERYONE);

        world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.markdown("大家好 " + MessageContent.EVERYONE).mentioningEveryone());

        assertEquals(1, world.messages(GENERAL).size());
    }

    @Test
    void bannedWordsAreBlockedInTextMarkdownCardsAndDirectMessages() {
        FakeWorld world = builder(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, Permissions.none()).bannedWords("外挂").build();
        FakeHeychat bot = world.heychatFor(BOT);

        RejectedException e = assertRejected(RejectedException.Reason.CONTENT_BLOCKED,
                () -> bot.messages().send(GENERAL_REF, MessageContent.text("卖外挂")));
        assertEquals("包含违禁词", e.platformMessage());
        assertRejected(RejectedException.Reason.CONTENT_BLOCKED, () -> bot.messages().send(GENERAL_REF, MessageContent.markdown("**外挂**")));
        assertRejected(RejectedException.Reason.CONTENT_BLOCKED,
                () -> bot.messages().send(GENERAL_REF, MessageContent.card(Card.of(CardModule.header("外挂")))));
        assertRejected(RejectedException.Reason.CONTENT_BLOCKED, () -> bot.messages().sendDirect(ALICE, MessageContent.text("外挂")));
        assertEquals(List.of(), world.messages(GENERAL));
        bot.messages().send(GENERAL_REF, MessageContent.text("正常聊天"));
    }

    @Test
    void aBannedWordMatchesWhatACardShowsNeverItsFieldNames() {
        // "text", "markdown" and "url" are names of the cards' record fields: a record's toString() would match them
        FakeWorld world = builder(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, Permissions.none()).bannedWords("text", "markdown", "url").build();
        FakeHeychat bot = world.heychatFor(BOT);

        bot.messages().send(GENERAL_REF, MessageContent.card(Card.of(CardModule.header("公告"), CardModule.markdown("**今晚**"),
                CardModule.images(CardImage.of("https://chat.max-c.com/a.png")))));
        assertRejected(RejectedException.Reason.CONTENT_BLOCKED, () -> bot.messages().send(GENERAL_REF,
                MessageContent.card(Card.of(CardModule.buttons(Button.link("plain text", "https://example.com"))))));
        assertEquals(1, world.messages(GENERAL).size());
    }

    @Test
    void anAckIdIsRefusedAgainInside60SecondsAndAcceptedAfter() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        SendOptions withAck = SendOptions.defaults().withAckId(ACK);
        bot.messages().send(GENERAL_REF, HELLO, withAck);

        world.clock().advance(Duration.ofSeconds(59));
        RejectedException e = assertRejected(RejectedException.Reason.DUPLICATE_SUBMISSION,
                () -> bot.messages().send(GENERAL_REF, HELLO, withAck));
        assertEquals("消息已发送，请勿重复发送", e.platformMessage());
        assertEquals(1, world.messages(GENERAL).size());

        world.clock().advance(Duration.ofSeconds(1));
        SentMessage again = bot.messages().send(GENERAL_REF, HELLO, withAck);
        assertEquals(ACK, again.ackId());
        assertEquals(2, world.messages(GENERAL).size());
    }

    @Test
    void ackIdsAreRememberedPerBot() {
        FakeWorld world = world();
        world.join(ROOM, OTHER_BOT);
        SendOptions withAck = SendOptions.defaults().withAckId(ACK);

        world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO, withAck);
        world.heychatFor(OTHER_BOT).messages().send(GENERAL_REF, HELLO, withAck);

        assertEquals(2, world.messages(GENERAL).size());
    }

    @Test
    void aRefusedSendDoesNotUseUpItsAckId() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        SendOptions withAck = SendOptions.defaults().withAckId(ACK);
        assertDenied(() -> bot.messages().send(GENERAL_REF, MessageContent.markdown(MessageContent.EVERYONE).mentioningEveryone(), withAck));

        bot.messages().send(GENERAL_REF, HELLO, withAck);

        assertEquals(1, world.messages(GENERAL).size());
    }

    @Test
    void aReplyNamesAMessageOfTheSameChannel() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        PostedMessage question = world.post(ALICE, GENERAL_REF, MessageContent.text("在吗"));

        MessageId answer = bot.messages().reply(GENERAL_REF, question.id(), MessageContent.text("在")).id().orElseThrow();

        assertEquals(Optional.of(question.id()), world.message(answer).orElseThrow().replyTo());
        assertNotFound("消息不存在", () -> bot.messages().reply(GENERAL_REF, MessageId.of("1"), HELLO));
        assertNotFound("消息不存在", () -> bot.messages().reply(new ChannelRef(ROOM, BOARD, ChannelType.ANNOUNCEMENT), question.id(), HELLO));
    }

    @Test
    void aBannedBotCannotSpeak() {
        FakeWorld moderated = world(Permission.SILENCE_MEMBERS);
        moderated.join(ROOM, OTHER_BOT);
        moderated.heychatFor(BOT).rooms().silence(ROOM, OTHER_BOT, Duration.ofMinutes(1), "测试");

        assertDenied(() -> moderated.heychatFor(OTHER_BOT).messages().send(GENERAL_REF, HELLO));
        moderated.clock().advance(Duration.ofMinutes(1));
        moderated.heychatFor(OTHER_BOT).messages().send(GENERAL_REF, HELLO);
        assertEquals(1, moderated.messages(GENERAL).size());
    }

    @Test
    void theBotEditsItsOwnMessages() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        MessageId id = bot.messages().send(GENERAL_REF, HELLO).id().orElseThrow();

        bot.messages().edit(GENERAL_REF, id, MessageContent.text("hello again"));

        PostedMessage edited = world.message(id).orElseThrow();
        assertEquals(MessageContent.text("hello again"), edited.content());
        assertTrue(edited.edited());
    }

    @Test
    void editingSomeoneElsesMessageIsDenied() {
        FakeWorld world = world(Permission.ADMINISTRATOR);
        PostedMessage alices = world.post(ALICE, GENERAL_REF, HELLO);

        assertDenied(() -> world.heychatFor(BOT).messages().edit(GENERAL_REF, alices.id(), MessageContent.text("hacked")));
        assertEquals(alices, world.message(alices.id()).orElseThrow());
    }

    @Test
    void editingAnUnknownMessageIsNotFound() {
        FakeWorld world = world();

        assertNotFound("消息不存在", () -> world.heychatFor(BOT).messages().edit(GENERAL_REF, MessageId.of("5"), HELLO));
    }

    @Test
    void theBotDeletesItsOwnMessagesWithoutManageMessages() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        MessageId id = bot.messages().send(GENERAL_REF, HELLO).id().orElseThrow();

        bot.messages().delete(GENERAL_REF, id);

        assertEquals(List.of(), world.messages(GENERAL));
        assertEquals(Optional.empty(), world.message(id));
        assertNotFound("消息不存在", () -> bot.messages().delete(GENERAL_REF, id));
    }

    @Test
    void deletingSomeoneElsesMessageNeedsManageMessages() {
        FakeWorld world = world();
        PostedMessage alices = world.post(ALICE, GENERAL_REF, HELLO);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).messages().delete(GENERAL_REF, alices.id()), "MANAGE_MESSAGES");
        assertEquals(List.of(alices), world.messages(GENERAL));

        FakeWorld moderated = world(Permission.MANAGE_MESSAGES);
        PostedMessage spam = moderated.post(ALICE, GENERAL_REF, HELLO);
        moderated.heychatFor(BOT).messages().delete(GENERAL_REF, spam.id());
        assertEquals(List.of(), moderated.messages(GENERAL));
    }

    @Test
    void reactionsAreAddedAndRemoved() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        PostedMessage message = world.post(ALICE, GENERAL_REF, HELLO);

        bot.messages().addReaction(GENERAL_REF, message.id(), DOGE);

        assertEquals(Set.of(new Reaction(BOT, DOGE)), world.reactions(message.id()));
        bot.messages().removeReaction(GENERAL_REF, message.id(), DOGE);
        assertEquals(Set.of(), world.reactions(message.id()));
        bot.messages().removeReaction(GENERAL_REF, message.id(), DOGE);
    }

    @Test
    void reactingNeedsAddReactionsAndAnExistingMessage() {
        FakeWorld world = worldWithoutEveryone(Permission.SEND_MESSAGES);
        PostedMessage message = world.post(ALICE, GENERAL_REF, HELLO);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).messages().addReaction(GENERAL_REF, message.id(), DOGE), "ADD_REACTIONS");
        assertNotFound("消息不存在", () -> world.heychatFor(BOT).messages().addReaction(GENERAL_REF, MessageId.of("3"), DOGE));
        assertEquals(Set.of(), world.reactions(message.id()));
    }

    @Test
    void aDirectMessageReachesAUserWhoSharesARoom() {
        FakeWorld world = world();

        SentMessage sent = world.heychatFor(BOT).messages().sendDirect(ALICE, HELLO);

        assertEquals(List.of(new DirectMessage(sent.id().orElseThrow(), BOT, ALICE, HELLO, sent.ackId(), ManualClock.DEFAULT_START)),
                world.directMessages(ALICE, BOT));
    }

    @Test
    void aDirectMessageToSomeoneWhoSharesNoRoomIsNotFound() {
        FakeWorld world = world();

        assertNotFound("用户不存在", () -> world.heychatFor(BOT).messages().sendDirect(STRANGER, HELLO));
        assertNotFound("用户不存在", () -> world.heychatFor(BOT).messages().sendDirect(UserId.of(77), HELLO));
        assertEquals(List.of(), world.directMessages(BOT, STRANGER));
    }

    @Test
    void theFourthDirectMessageBeforeAReplyIsRefusedUntilTheUserWritesBack() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        for (int i = 0; i < 3; i++) {
            bot.messages().sendDirect(ALICE, HELLO);
        }

        RejectedException e = assertRejected(RejectedException.Reason.LIMIT_REACHED, () -> bot.messages().sendDirect(ALICE, HELLO));
        assertTrue(e.platformMessage().contains("上限"), e.platformMessage());
        bot.messages().sendDirect(BOB, HELLO);

        world.postDirect(ALICE, BOT, MessageContent.text("收到"));
        bot.messages().sendDirect(ALICE, HELLO);
        assertEquals(5, world.directMessages(BOT, ALICE).size());
    }

    @Test
    void directMessagesAreDeduplicatedByAckIdToo() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        SendOptions withAck = SendOptions.defaults().withAckId(ACK);
        bot.messages().send(GENERAL_REF, HELLO, withAck);

        assertRejected(RejectedException.Reason.DUPLICATE_SUBMISSION, () -> bot.messages().sendDirect(ALICE, HELLO, withAck));
        assertFalse(world.directMessages(BOT, ALICE).stream().anyMatch(m -> m.ackId().equals(ACK)));
    }

    @Test
    void aResentDirectMessageIsRefusedAsADuplicateAndDeliveredOnce() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        SendOptions withAck = SendOptions.defaults().withAckId(ACK);
        bot.messages().sendDirect(ALICE, HELLO, withAck);

        assertRejected(RejectedException.Reason.DUPLICATE_SUBMISSION, () -> bot.messages().sendDirect(ALICE, HELLO, withAck));
        assertRejected(RejectedException.Reason.DUPLICATE_SUBMISSION, () -> bot.messages().send(GENERAL_REF, HELLO, withAck));
        assertEquals(1, world.directMessages(BOT, ALICE).size());
    }
}
