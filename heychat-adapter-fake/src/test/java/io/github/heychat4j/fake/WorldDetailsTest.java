package io.github.heychat4j.fake;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the world says about itself, how faults are forgotten and used up, and what leaving a room or channel takes along. */
class WorldDetailsTest {
    private static final MessageContent HELLO = MessageContent.text("hello");

    @Test
    void theWorldItsBotsClockAndJournalDescribeThemselves() {
        FakeWorld world = world(Permission.MANAGE_ROLES, Permission.MANAGE_MESSAGES);
        FakeHeychat bot = world.heychatFor(BOT);

        assertEquals("FakeHeychat[bot 1000]", bot.toString());
        assertEquals("ManualClock[" + world.clock().instant() + ", " + world.clock().getZone() + "]", world.clock().toString());
        assertEquals("FakeWorld[2 rooms, " + world.clock() + "]", world.toString());
        assertEquals("Journal[0 entries]", world.journal().toString());
        bot.messages().send(GENERAL_REF, HELLO);
        assertEquals("Journal[1 entries]", world.journal().toString());
    }

    @Test
    void journalLinesNameEachKindOfId() {
        FakeWorld world = world(Permission.MANAGE_ROLES, Permission.MANAGE_MESSAGES, Permission.MANAGE_EMOJIS_AND_STICKERS);
        FakeHeychat bot = world.heychatFor(BOT);
        MessageId message = bot.messages().send(GENERAL_REF, HELLO).id().orElseThrow();

        bot.messages().delete(GENERAL_REF, message);
        bot.roles().delete(ROOM, VIP);
        bot.memes().delete(ROOM, SMILE);
        assertThrows(RuntimeException.class, () -> bot.media().stopStream(StreamTaskId.of("task-9")));

        List<String> lines = world.journal().entries().stream().map(JournalEntry::describe).toList();
        assertTrue(lines.get(1).contains("message " + message.value()), lines.get(1));
        assertTrue(lines.get(2).contains("role " + VIP.value()), lines.get(2));
        assertTrue(lines.get(3).contains("meme " + SMILE.value()), lines.get(3));
        assertTrue(lines.get(4).contains("task task-9"), lines.get(4));
    }

    @Test
    void clearedFaultsAreForgottenAll() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        world.faults().failNext(Operation.MESSAGES_SEND, new UnavailableException("503"));
        world.faults().failWhen(call -> call.operation() == Operation.MESSAGES_SEND, new UnavailableException("always"));
        world.faults().ambiguousNext(Operation.MESSAGES_SEND);

        world.faults().clear();
        bot.messages().send(GENERAL_REF, HELLO);
        bot.messages().send(GENERAL_REF, HELLO);

        assertEquals(2, world.messages(GENERAL).size());
        assertTrue(world.journal().entries().stream().allMatch(JournalEntry::succeeded));
    }

    @Test
    void ambiguousAnswersAreUsedUpOneByOne() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        world.faults().ambiguousNext(Operation.MESSAGES_SEND);
        world.faults().ambiguousNext(Operation.MESSAGES_SEND);

        assertThrows(AmbiguousOutcomeException.class, () -> bot.messages().send(GENERAL_REF, HELLO));
        assertThrows(AmbiguousOutcomeException.class, () -> bot.messages().send(GENERAL_REF, HELLO));
        bot.messages().send(GENERAL_REF, HELLO);
        bot.messages().send(GENERAL_REF, HELLO);

        assertEquals(4, world.messages(GENERAL).size());
    }

    @Test
    void anObserverHearsUntilItCancels() {
        FakeWorld world = world();
        List<HeychatEvent> heard = new ArrayList<>();
        Subscription subscription = world.observe(BOT, heard::add);

        assertTrue(subscription.isActive());
        world.post(ALICE, GENERAL_REF, HELLO);
        subscription.cancel();
        subscription.cancel();
        world.post(ALICE, GENERAL_REF, HELLO);

        assertFalse(subscription.isActive());
        assertEquals(1, heard.size());
    }

    @Test
    void onlyMembersOfTheRoomPostReactOrClick() {
        FakeWorld world = world();
        MessageId posted = world.post(ALICE, GENERAL_REF, HELLO).id();

        assertEquals("author: 2009 is not a member of room " + ROOM,
                assertThrows(IllegalArgumentException.class, () -> world.post(STRANGER, GENERAL_REF, HELLO)).getMessage());
        assertEquals("user: 2009 is not a member of room " + ROOM,
                assertThrows(IllegalArgumentException.class, () -> world.react(STRANGER, posted, Emoji.parse("[cube_doge]"))).getMessage());
        assertEquals("user: 2009 is not a member of room " + ROOM,
                assertThrows(IllegalArgumentException.class, () -> world.click(STRANGER, posted, "签到")).getMessage());
    }

    @Test
    void aKickedMemberLeavesTheirVoiceChannelAndTheirMicrophoneState() {
        FakeWorld world = world(Permission.KICK_MEMBERS, Permission.MUTE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);
        bot.voice().toggleMicrophone(LOBBY_REF, BOB);

        bot.rooms().kick(ROOM, BOB);

        assertEquals(Optional.empty(), world.voiceChannelOf(ROOM, BOB));
        assertEquals(List.of(ALICE), world.usersIn(LOBBY));
        assertTrue(world.isMicrophoneMutedIn(LOBBY, ALICE));
        world.join(ROOM, BOB);
        world.connectVoice(ROOM, LOBBY, BOB);
        assertFalse(world.isMicrophoneMutedIn(LOBBY, BOB));
    }

    @Test
    void aDeletedVoiceChannelTakesItsPeopleAndMicrophoneStatesAlong() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS, Permission.MUTE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        world.connectVoice(ROOM, AFK, CAROL);
        bot.voice().toggleMicrophone(AFK_REF, CAROL);
        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);

        bot.channels().delete(LOBBY_REF);

        assertEquals(Optional.empty(), world.voiceChannelOf(ROOM, ALICE));
        assertEquals(Optional.of(AFK), world.voiceChannelOf(ROOM, CAROL));
        assertTrue(world.isMicrophoneMutedIn(AFK, CAROL));
        assertFalse(world.isMicrophoneMutedIn(LOBBY, ALICE));
    }
}
