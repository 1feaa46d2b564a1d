package io.github.heychat4j.fake;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    @Test
    void aCallIsRecordedWithItsTimeBotArgumentsAndResult() {
        FakeWorld world = world();
        world.clock().advance(Duration.ofMinutes(3));

        SentMessage sent = world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("hi"));

        assertEquals(List.of(new JournalEntry(Instant.parse("2025-01-01T00:03:00Z"), BOT, Operation.MESSAGES_SEND,
                List.of(GENERAL_REF, MessageContent.text("hi")), Optional.of(sent), Optional.empty())), world.journal().entries());
    }

    @Test
    void aRefusedCallIsRecordedWithItsFailure() {
        FakeWorld world = world();

        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> world.heychatFor(BOT).rooms().kick(ROOM, ALICE));

        JournalEntry entry = world.journal().entries().get(0);
        assertFalse(entry.succeeded());
        assertEquals(Optional.of(e), entry.failure());
        assertEquals(Optional.empty(), entry.result());
    }

    @Test
    void aMethodWithoutResultRecordsNone() {
        FakeWorld world = world(Permission.KICK_MEMBERS);

        world.heychatFor(BOT).rooms().kick(ROOM, ALICE);

        JournalEntry entry = world.journal().entries().get(0);
        assertTrue(entry.succeeded());
        assertEquals(Optional.empty(), entry.result());
    }

    @Test
    void badInputNeverReachesThePlatformSoItIsNotRecorded() {
        FakeWorld world = world();

        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).rooms().kick(null, ALICE));
        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).channels().rename(null, "闲聊"));

        assertTrue(world.journal().entries().isEmpty());
    }

    @Test
    void describeReadsOneLinePerCall() {
        FakeWorld world = FakeWorld.builder().bot(UserId.of(9), "bot").user(UserId.of(2), "u")
                .room(RoomId.of("1"), "r", room -> room.textChannel(ChannelId.of("5"), "综合")
                        .member(UserId.of(9)).member(UserId.of(2)))
                .build();
        FakeHeychat bot = world.heychatFor(UserId.of(9));
        bot.messages().send(ChannelRef.text(RoomId.of("1"), ChannelId.of("5")), MessageContent.text("hi"));
        assertThrows(PermissionDeniedException.class, () -> bot.rooms().kick(RoomId.of("1"), UserId.of(2)));

        assertEquals("messages.send(text channel 5 in room 1, Text[text=hi]) -> ok\n"
                + "rooms.kick(room 1, user 2) -> PermissionDeniedException: 权限不足 (needs KICK_MEMBERS 踢出房间)",
                world.journal().describe());
    }

    @Test
    void optionalArgumentsAndCollectionsAreDescribedPlainly() {
        FakeWorld world = world(Permission.MANAGE_NICKNAMES, Permission.MOVE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.rooms().clearNickname(ROOM, ALICE);
        bot.voice().move(ROOM, LOBBY, AFK, Set.of(BOB, ALICE));

        List<JournalEntry> entries = world.journal().entries();
        assertEquals("rooms.changeNickname(room " + ROOM + ", user " + ALICE + ", empty) -> ok", entries.get(0).describe());
        assertEquals("voice.move(room " + ROOM + ", channel " + LOBBY + ", channel " + AFK + ", [user " + ALICE + ", user " + BOB
                + "]) -> ok", entries.get(1).describe());
    }

    @Test
    void aBotsJournalShowsOnlyItsOwnCalls() {
        FakeWorld world = world();
        world.join(ROOM, OTHER_BOT);
        world.heychatFor(BOT).roles().list(ROOM);
        world.heychatFor(OTHER_BOT).roles().list(ROOM);
        world.heychatFor(OTHER_BOT).memes().list(ROOM);

        assertEquals(1, world.heychatFor(BOT).journal().entries().size());
        assertEquals(2, world.heychatFor(OTHER_BOT).journal().entries().size());
        assertEquals(3, world.journal().entries().size());
        assertEquals(List.of(Operation.MEMES_LIST),
                world.journal().entries(Operation.MEMES_LIST).stream().map(JournalEntry::operation).toList());
    }

    @Test
    void clearingABotsJournalForgetsOnlyItsCalls() {
        FakeWorld world = world();
        world.join(ROOM, OTHER_BOT);
        world.heychatFor(BOT).roles().list(ROOM);
        world.heychatFor(OTHER_BOT).roles().list(ROOM);

        world.heychatFor(BOT).journal().clear();

        assertEquals(List.of(OTHER_BOT), world.journal().entries().stream().map(JournalEntry::bot).toList());
        world.journal().clear();
        assertEquals("", world.journal().describe());
    }

    @Test
    void pureReadsAreMarkedAsSuch() {
        assertTrue(Operation.ROOMS_DETAILS.isRead());
        assertTrue(Operation.VOICE_USERS_IN.isRead());
        assertFalse(Operation.MESSAGES_SEND.isRead());
        assertFalse(Operation.VOICE_TOGGLE_MICROPHONE.isRead());
        assertEquals(39, Operation.values().length);
        assertEquals(8, Arrays.stream(Operation.values()).filter(Operation::isRead).count());
    }
}
