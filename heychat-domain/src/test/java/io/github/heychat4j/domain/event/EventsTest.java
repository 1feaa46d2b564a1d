package io.github.heychat4j.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.Emoji;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef GENERAL = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final UserId ALICE = UserId.of(8828375);
    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aSenderShowsTheRoomNicknameFirst() {
        Sender plain = Sender.of(ALICE, "alice");
        assertEquals("alice", plain.displayName());
        Sender nicknamed = new Sender(ALICE, "alice", Optional.of("小爱"), Set.of(RoleId.of("3581310465983111170")), false, Optional.empty());
        assertEquals("小爱", nicknamed.displayName());
        assertTrue(nicknamed.hasRole(RoleId.of("3581310465983111170")));
        assertEquals("8828375", Sender.of(ALICE, "").displayName());
    }

    @Test
    void aCommandIsMatchedWithOrWithoutItsSlashAndFindsOptionsByName() {
        CommandInvoked cmd = new CommandInvoked(MessageId.of("2026607597894049793"), GENERAL, Sender.of(ALICE, "alice"), "/kick",
                List.of(new CommandOption.IntegerOption("minutes", 15)), T);
        assertTrue(cmd.is("/kick"));
        assertTrue(cmd.is("kick"));
        assertFalse(cmd.is("/Kick"));
        assertEquals(Optional.of(new CommandOption.IntegerOption("minutes", 15)), cmd.option("minutes"));
        assertEquals(Optional.empty(), cmd.option("reason"));
        assertEquals(Optional.of(ALICE), cmd.actor());
    }

    @Test
    void aPostedMessageReadsItsMentionsFromTheText() {
        MessagePosted m = MessagePosted.of(MessageId.of("2026607597894049795"), GENERAL, Sender.of(ALICE, "alice"),
                MessageKind.MARKDOWN_WITH_MENTIONS, "hi @{id:2398561}", T);
        assertTrue(m.mentions(UserId.of(2398561)));
        assertFalse(m.mentions(ALICE));
    }

    @Test
    void eventsRejectNullsNamingTheField() {
        assertEquals("channel: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new MessagePosted(MessageId.of("1"), null, Sender.of(ALICE, "a"), MessageKind.TEXT, "x",
                        io.github.heychat4j.domain.message.Mentions.none(), Optional.empty(), Optional.empty(), T)).getMessage());
        assertEquals("member: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new MemberJoined(ROOM, null, T)).getMessage());
        assertEquals("emoji: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new ReactionAdded(Optional.of(ROOM), GENERAL.channel(), MessageId.of("1"), ALICE, null, T)).getMessage());
        assertEquals("options: must not contain null", assertThrows(IllegalArgumentException.class,
                () -> new CommandInvoked(MessageId.of("1"), GENERAL, Sender.of(ALICE, "a"), "/x", java.util.Arrays.asList((CommandOption) null), T))
                .getMessage());
        assertEquals("name: must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new CommandInvoked(MessageId.of("1"), GENERAL, Sender.of(ALICE, "a"), " ", List.of(), T)).getMessage());
    }

    @Test
    void aReactionKnowsItsChannelOnlyWhenTheRoomIsKnown() {
        Emoji doge = Emoji.parse("[cube_doge]");
        ReactionAdded withRoom = new ReactionAdded(Optional.of(ROOM), GENERAL.channel(), MessageId.of("1"), ALICE, doge, T);
        assertEquals(Optional.of(GENERAL), withRoom.channelRef());
        ReactionRemoved without = new ReactionRemoved(Optional.empty(), GENERAL.channel(), MessageId.of("1"), ALICE, doge, T);
        assertEquals(Optional.empty(), without.channelRef());
    }

    @Test
    void aReconnectTellsHowLongTheBotWasDeaf() {
        GatewayReconnected back = new GatewayReconnected(T, T.plusSeconds(7));
        assertEquals(Duration.ofSeconds(7), back.downtime());
        assertEquals(Optional.empty(), back.actor());
        assertThrows(IllegalArgumentException.class, () -> new GatewayReconnected(T, T.minusSeconds(1)));
    }

    @Test
    void attachmentsNeedAnHttpUrl() {
        assertEquals("url: must be an absolute http(s) URL, got \"ftp://x\"",
                assertThrows(IllegalArgumentException.class, () -> Attachment.of("a", "ftp://x")).getMessage());
    }
}
