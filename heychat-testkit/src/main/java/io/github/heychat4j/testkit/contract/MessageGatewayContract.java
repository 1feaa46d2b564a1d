package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.DirectMessage;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.fake.Reaction;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link MessageGateway}: every adapter passes it, including the platform's
 * de-duplication of {@link AckId}s inside {@value AckId#DEDUPLICATION_WINDOW_SECONDS} seconds. Extend it
 * and say how to connect (see {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class MessageGatewayContract extends GatewayContract {
    private static final Emoji DOGE = Emoji.builtin("cube", "doge");
    private static final Duration PAST_THE_WINDOW = Duration.ofSeconds(AckId.DEDUPLICATION_WINDOW_SECONDS + 1L);

    /** For subclasses. */
    protected MessageGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").announcementChannel("公告").voiceChannel("开黑").member("alice").member("bob"));
    }

    private static TestWorld.Builder lacking(Permission permission) {
        return botLacking(permission, r -> r.textChannel("综合").member("alice"));
    }

    private MessageGateway messages(TestWorld.Builder world) {
        return given(world).messages();
    }

    private List<PostedMessage> postedIn(String channel) {
        return fake().messages(channel(channel).channel());
    }

    private PostedMessage alicePosts(String text) {
        return fake().post(user("alice"), channel("综合"), MessageContent.text(text));
    }

    // send ----------------------------------------------------------------------------------------

    @Test
    void sendingPostsTheMessage() {
        MessageGateway messages = messages(aRoom());

        SentMessage sent = messages.send(channel("综合"), MessageContent.text("大家好"));

        PostedMessage posted = postedIn("综合").get(0);
        assertEquals(1, postedIn("综合").size());
        assertEquals(sent.id(), Optional.of(posted.id()));
        assertEquals(sent.ackId(), posted.ackId());
        assertEquals(bot(), posted.author());
        assertEquals(MessageContent.text("大家好"), posted.content());
        assertEquals(Optional.empty(), posted.replyTo());
    }

    @Test
    void sendingKeepsMarkdownMentionsAndTheGivenAckId() {
        MessageGateway messages = messages(aRoom());
        MessageContent hello = MessageContent.markdown("**欢迎** " + MessageContent.mention(user("alice"))).mentioning(user("alice"));

        SentMessage sent = messages.send(channel("公告"), hello, SendOptions.defaults().withAckId(AckId.of("welcome-1")));

        assertEquals(AckId.of("welcome-1"), sent.ackId());
        PostedMessage posted = fake().message(sent.id().orElseThrow()).orElseThrow();
        assertEquals(hello, posted.content());
        assertEquals(channel("公告").channel(), posted.channel());
    }

    @Test
    void replyingLinksTheMessageItAnswers() {
        MessageGateway messages = messages(aRoom());
        PostedMessage question = alicePosts("几点开黑?");

        SentMessage answer = messages.reply(channel("综合"), question.id(), MessageContent.text("八点"));

        assertEquals(Optional.of(question.id()), fake().message(answer.id().orElseThrow()).orElseThrow().replyTo());
    }

    @Test
    void sendingNeedsSendMessages() {
        MessageGateway messages = messages(lacking(Permission.SEND_MESSAGES));

        assertThrows(PermissionDeniedException.class, () -> messages.send(channel("综合"), MessageContent.text("大家好")));
        assertEquals(List.of(), postedIn("综合"));
    }

    @Test
    void sendingAnImageNeedsSendImages() {
        MessageGateway messages = messages(lacking(Permission.SEND_IMAGES));

        assertThrows(PermissionDeniedException.class,
                () -> messages.send(channel("综合"), MessageContent.image("https://chat.max-c.com/pic/a.png", 100, 100)));
        assertEquals(List.of(), postedIn("综合"));
    }

    @Test
    void mentioningEveryoneNeedsMentionEveryone() {
        MessageGateway messages = messages(lacking(Permission.MENTION_EVERYONE));

        assertThrows(PermissionDeniedException.class, () -> messages.send(channel("综合"),
                MessageContent.markdown(MessageContent.EVERYONE + " 开会了").mentioningEveryone()));
        assertEquals(List.of(), postedIn("综合"));
    }

    @Test
    void sendingToAVoiceChannelIsRejectedAsTheWrongTarget() {
        MessageGateway messages = messages(aRoom());

        RejectedException e = assertThrows(RejectedException.class, () -> messages.send(channel("开黑"), MessageContent.text("hi")));

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
    }

    @Test
    void sendingToAnUnknownChannelOrARoomTheBotIsNotInIsNotFound() {
        MessageGateway messages = messages(aRoom());

        assertThrows(NotFoundException.class,
                () -> messages.send(ChannelRef.text(room(), UNKNOWN_CHANNEL), MessageContent.text("hi")));
        assertThrows(NotFoundException.class, () -> messages.send(world().channel("外面"), MessageContent.text("hi")));
        assertEquals(List.of(), fake().messages(world().channel("外面").channel()));
    }

    @Test
    void theSameAckIdTwiceWithinTheWindowIsADuplicate() {
        MessageGateway messages = messages(aRoom());
        SendOptions once = SendOptions.defaults().withAckId(AckId.of("ack-1"));
        messages.send(channel("综合"), MessageContent.text("第一次"), once);

        RejectedException e = assertThrows(RejectedException.class,
                () -> messages.send(channel("综合"), MessageContent.text("第二次"), once));

        assertEquals(RejectedException.Reason.DUPLICATE_SUBMISSION, e.reason());
        assertEquals(List.of(MessageContent.text("第一次")), postedIn("综合").stream().map(PostedMessage::content).toList());
    }

    @Test
    void theSameAckIdIsAcceptedAgainAfterTheWindow() {
        MessageGateway messages = messages(aRoom());
        SendOptions once = SendOptions.defaults().withAckId(AckId.of("ack-1"));
        messages.send(channel("综合"), MessageContent.text("第一次"), once);

        world().clock().advance(PAST_THE_WINDOW);
        messages.send(channel("综合"), MessageContent.text("第二次"), once);

        assertEquals(List.of(MessageContent.text("第一次"), MessageContent.text("第二次")),
                postedIn("综合").stream().map(PostedMessage::content).toList());
    }

    @Test
    void sendRejectsNull() {
        MessageGateway messages = messages(aRoom());

        assertInvalid(
                () -> messages.send(null, MessageContent.text("hi"), SendOptions.defaults()),
                () -> messages.send(channel("综合"), null, SendOptions.defaults()),
                () -> messages.send(channel("综合"), MessageContent.text("hi"), null));
        assertEquals(List.of(), postedIn("综合"));
    }

    // edit ----------------------------------------------------------------------------------------

    @Test
    void editingReplacesTheContent() {
        MessageGateway messages = messages(aRoom());
        MessageId id = messages.send(channel("综合"), MessageContent.text("八点开黑")).id().orElseThrow();

        messages.edit(channel("综合"), id, MessageContent.text("九点开黑"));

        PostedMessage edited = fake().message(id).orElseThrow();
        assertEquals(MessageContent.text("九点开黑"), edited.content());
        assertTrue(edited.edited());
    }

    @Test
    void editingSomeoneElsesMessageIsDenied() {
        MessageGateway messages = messages(aRoom());
        PostedMessage alices = alicePosts("我的消息");

        assertThrows(PermissionDeniedException.class,
                () -> messages.edit(channel("综合"), alices.id(), MessageContent.text("改了")));
        assertEquals(MessageContent.text("我的消息"), fake().message(alices.id()).orElseThrow().content());
    }

    @Test
    void editingAnUnknownMessageIsNotFound() {
        MessageGateway messages = messages(aRoom());

        assertThrows(NotFoundException.class, () -> messages.edit(channel("综合"), UNKNOWN_MESSAGE, MessageContent.text("改了")));
    }

    @Test
    void editRejectsNull() {
        MessageGateway messages = messages(aRoom());
        MessageId id = messages.send(channel("综合"), MessageContent.text("八点开黑")).id().orElseThrow();

        assertInvalid(
                () -> messages.edit(null, id, MessageContent.text("改了")),
                () -> messages.edit(channel("综合"), null, MessageContent.text("改了")),
                () -> messages.edit(channel("综合"), id, null));
        assertEquals(MessageContent.text("八点开黑"), fake().message(id).orElseThrow().content());
    }

    // delete --------------------------------------------------------------------------------------

    @Test
    void deletingTheBotsOwnMessageRemovesIt() {
        MessageGateway messages = messages(aRoom());
        MessageId id = messages.send(channel("综合"), MessageContent.text("发错了")).id().orElseThrow();

        messages.delete(channel("综合"), id);

        assertEquals(Optional.empty(), fake().message(id));
        assertEquals(List.of(), postedIn("综合"));
    }

    @Test
    void deletingSomeoneElsesMessageWithManageMessagesRemovesIt() {
        MessageGateway messages = messages(aRoom());
        PostedMessage spam = alicePosts("广告");

        messages.delete(channel("综合"), spam.id());

        assertEquals(Optional.empty(), fake().message(spam.id()));
    }

    @Test
    void deletingSomeoneElsesMessageNeedsManageMessages() {
        MessageGateway messages = messages(lacking(Permission.MANAGE_MESSAGES));
        PostedMessage spam = alicePosts("广告");

        assertThrows(PermissionDeniedException.class, () -> messages.delete(channel("综合"), spam.id()));
        assertTrue(fake().message(spam.id()).isPresent());
    }

    @Test
    void deletingAnUnknownMessageIsNotFound() {
        MessageGateway messages = messages(aRoom());

        assertThrows(NotFoundException.class, () -> messages.delete(channel("综合"), UNKNOWN_MESSAGE));
    }

    @Test
    void deleteRejectsNull() {
        MessageGateway messages = messages(aRoom());
        PostedMessage spam = alicePosts("广告");

        assertInvalid(() -> messages.delete(null, spam.id()), () -> messages.delete(channel("综合"), null));
        assertTrue(fake().message(spam.id()).isPresent());
    }

    // setReaction ---------------------------------------------------------------------------------

    @Test
    void reactingAddsAndRemovesTheBotsReaction() {
        MessageGateway messages = messages(aRoom());
        PostedMessage post = alicePosts("开黑吗");

        messages.addReaction(channel("综合"), post.id(), DOGE);
        assertEquals(Set.of(new Reaction(bot(), DOGE)), fake().reactions(post.id()));

        messages.removeReaction(channel("综合"), post.id(), DOGE);
        assertEquals(Set.of(), fake().reactions(post.id()));
    }

    @Test
    void reactingNeedsAddReactions() {
        MessageGateway messages = messages(lacking(Permission.ADD_REACTIONS));
        PostedMessage post = alicePosts("开黑吗");

        assertThrows(PermissionDeniedException.class, () -> messages.addReaction(channel("综合"), post.id(), DOGE));
        assertEquals(Set.of(), fake().reactions(post.id()));
    }

    @Test
    void reactingToAnUnknownMessageIsNotFound() {
        MessageGateway messages = messages(aRoom());

        assertThrows(NotFoundException.class, () -> messages.addReaction(channel("综合"), UNKNOWN_MESSAGE, DOGE));
    }

    @Test
    void setReactionRejectsNull() {
        MessageGateway messages = messages(aRoom());
        PostedMessage post = alicePosts("开黑吗");

        assertInvalid(
                () -> messages.setReaction(null, post.id(), DOGE, true),
                () -> messages.setReaction(channel("综合"), null, DOGE, true),
                () -> messages.setReaction(channel("综合"), post.id(), null, true));
        assertEquals(Set.of(), fake().reactions(post.id()));
    }

    // sendDirect ----------------------------------------------------------------------------------

    @Test
    void aDirectMessageReachesTheUser() {
        MessageGateway messages = messages(aRoom());

        SentMessage sent = messages.sendDirect(user("alice"), MessageContent.text("欢迎加入"));

        List<DirectMessage> between = fake().directMessages(bot(), user("alice"));
        assertEquals(1, between.size());
        DirectMessage dm = between.get(0);
        assertEquals(bot(), dm.from());
        assertEquals(user("alice"), dm.to());
        assertEquals(MessageContent.text("欢迎加入"), dm.content());
        assertEquals(sent.ackId(), dm.ackId());
        assertEquals(sent.id(), Optional.of(dm.id()));
    }

    @Test
    void theFourthDirectMessageBeforeAReplyReachesALimit() {
        MessageGateway messages = messages(aRoom());
        for (int i = 1; i <= MessageGateway.DIRECT_MESSAGES_BEFORE_REPLY; i++) {
            messages.sendDirect(user("alice"), MessageContent.text("提醒 " + i));
        }

        RejectedException e = assertThrows(RejectedException.class,
                () -> messages.sendDirect(user("alice"), MessageContent.text("提醒 4")));

        assertEquals(RejectedException.Reason.LIMIT_REACHED, e.reason());
        assertEquals(MessageGateway.DIRECT_MESSAGES_BEFORE_REPLY, fake().directMessages(bot(), user("alice")).size());
    }

    @Test
    void aDirectMessageToAnUnknownUserIsNotFound() {
        MessageGateway messages = messages(aRoom());

        assertThrows(NotFoundException.class, () -> messages.sendDirect(UNKNOWN_USER, MessageContent.text("你好")));
    }

    @Test
    void theSameAckIdTwiceWithinTheWindowIsADuplicateDirectMessage() {
        MessageGateway messages = messages(aRoom());
        SendOptions once = SendOptions.defaults().withAckId(AckId.of("dm-1"));
        messages.sendDirect(user("alice"), MessageContent.text("第一次"), once);

        RejectedException e = assertThrows(RejectedException.class,
                () -> messages.sendDirect(user("alice"), MessageContent.text("第二次"), once));

        assertEquals(RejectedException.Reason.DUPLICATE_SUBMISSION, e.reason());
        assertEquals(1, fake().directMessages(bot(), user("alice")).size());
    }

    @Test
    void theSameAckIdIsAcceptedAgainForADirectMessageAfterTheWindow() {
        MessageGateway messages = messages(aRoom());
        SendOptions once = SendOptions.defaults().withAckId(AckId.of("dm-1"));
        messages.sendDirect(user("alice"), MessageContent.text("第一次"), once);

        world().clock().advance(PAST_THE_WINDOW);
        messages.sendDirect(user("alice"), MessageContent.text("第二次"), once);

        assertEquals(List.of(MessageContent.text("第一次"), MessageContent.text("第二次")),
                fake().directMessages(bot(), user("alice")).stream().map(DirectMessage::content).toList());
    }

    @Test
    void sendDirectRejectsNull() {
        MessageGateway messages = messages(aRoom());

        assertInvalid(
                () -> messages.sendDirect(null, MessageContent.text("你好"), SendOptions.defaults()),
                () -> messages.sendDirect(user("alice"), null, SendOptions.defaults()),
                () -> messages.sendDirect(user("alice"), MessageContent.text("你好"), null));
        assertFalse(fake().directMessages(bot(), user("alice")).iterator().hasNext());
    }
}
