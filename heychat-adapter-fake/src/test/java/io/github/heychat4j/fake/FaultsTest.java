package io.github.heychat4j.fake;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest {
    private static final MessageContent HELLO = MessageContent.text("hello");

    @Test
    void theNextCallFailsOnceAndChangesNothing() {
        FakeWorld world = world(Permission.KICK_MEMBERS);
        UnavailableException down = new UnavailableException("503");
        world.faults().failNext(Operation.ROOMS_KICK, down);
        FakeHeychat bot = world.heychatFor(BOT);

        assertSame(down, assertThrows(UnavailableException.class, () -> bot.rooms().kick(ROOM, ALICE)));
        assertTrue(world.member(ROOM, ALICE).isPresent());

        bot.rooms().kick(ROOM, ALICE);
        assertTrue(world.member(ROOM, ALICE).isEmpty());
        assertEquals(List.of(false, true), world.journal().entries().stream().map(JournalEntry::succeeded).toList());
        assertEquals(Optional.of(down), world.journal().entries().get(0).failure());
    }

    @Test
    void onlyTheNamedOperationFails() {
        FakeWorld world = world();
        world.faults().failNext(Operation.ROOMS_KICK, new UnavailableException("503"));

        world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO);

        assertEquals(1, world.messages(GENERAL).size());
    }

    @Test
    void theNextNCallsFail() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        world.faults().failNext(Operation.MESSAGES_SEND, 2, new RateLimitedException("slow down", Duration.ofSeconds(3)));

        assertThrows(RateLimitedException.class, () -> bot.messages().send(GENERAL_REF, HELLO));
        assertThrows(RateLimitedException.class, () -> bot.messages().send(GENERAL_REF, HELLO));
        bot.messages().send(GENERAL_REF, HELLO);

        assertEquals(1, world.messages(GENERAL).size());
        assertThrows(IllegalArgumentException.class,
                () -> world.faults().failNext(Operation.MESSAGES_SEND, 0, new UnavailableException("x")));
    }

    @Test
    void callsMatchingAPredicateFailUntilCleared() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);
        world.faults().failWhen(call -> call.arguments().contains(ALICE) && call.result().isEmpty(),
                new NotFoundException(NotFoundException.What.USER, "用户不存在"));

        assertThrows(NotFoundException.class, () -> bot.messages().sendDirect(ALICE, HELLO));
        assertThrows(NotFoundException.class, () -> bot.voice().channelOf(ROOM, ALICE));
        bot.messages().sendDirect(BOB, HELLO);
        assertEquals(List.of(), world.directMessages(BOT, ALICE));

        world.faults().clear();
        bot.messages().sendDirect(ALICE, HELLO);
        assertEquals(1, world.directMessages(BOT, ALICE).size());
    }

    @Test
    void anAmbiguousCallIsAppliedButTheCallerCannotTell() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);
        world.faults().ambiguousNext(Operation.VOICE_TOGGLE_MICROPHONE);
        FakeHeychat bot = world.heychatFor(BOT);

        assertThrows(AmbiguousOutcomeException.class, () -> bot.voice().toggleMicrophone(LOBBY_REF, ALICE));

        assertTrue(world.isMicrophoneMutedIn(LOBBY, ALICE));
        assertInstanceOf(AmbiguousOutcomeException.class, world.journal().entries().get(0).failure().orElseThrow());
        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);
        assertFalse(world.isMicrophoneMutedIn(LOBBY, ALICE));
    }

    @Test
    void anAmbiguousCallThePlatformRefusedStaysRefused() {
        FakeWorld world = world();
        world.faults().ambiguousNext(Operation.ROOMS_KICK);

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> world.heychatFor(BOT).rooms().kick(ROOM, ALICE));

        assertInstanceOf(PermissionDeniedException.class, e.getCause());
        assertTrue(world.member(ROOM, ALICE).isPresent());
    }

    @Test
    void addedLatencyIsWaitedOutThroughTheSleeperNotTheClock() {
        List<Duration> slept = new CopyOnWriteArrayList<>();
        FakeWorld world = builder(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, Permissions.none())
                .sleeper(slept::add).build();
        world.faults().delay(Operation.ROOMS_DETAILS, Duration.ofMillis(250));
        FakeHeychat bot = world.heychatFor(BOT);

        bot.rooms().details(ROOM);
        bot.rooms().details(ROOM);
        bot.roles().list(ROOM);

        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(250)), slept);
        assertEquals(ManualClock.DEFAULT_START, world.clock().instant());
        world.faults().delay(Operation.ROOMS_DETAILS, Duration.ZERO);
        bot.rooms().details(ROOM);
        assertEquals(2, slept.size());
    }

    @Test
    void anInterruptedWaitFailsTheCallAsUnavailable() {
        FakeWorld world = builder(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, Permissions.none())
                .sleeper(d -> {
                    throw new InterruptedException("stop");
                }).build();
        world.faults().delay(Operation.MESSAGES_SEND, Duration.ofSeconds(1));

        assertThrows(UnavailableException.class, () -> world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO));

        assertTrue(Thread.interrupted());
        assertEquals(List.of(), world.messages(GENERAL));
        assertFalse(world.journal().entries().get(0).succeeded());
    }

    @Test
    void theDefaultSleeperSleepsTheThreadSoAnInterruptEndsItAtOnce() {
        // Thread.sleep with the interrupt flag set throws at once: this proves the default really sleeps the
        // calling thread (a sleeper that does nothing would return) without waiting an hour, or at all.
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> Sleeper.threadSleep().sleep(Duration.ofHours(1)));
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt was taken by the sleep");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void clearingForgetsEveryPlannedFault() {
        FakeWorld world = world();
        world.faults().failNext(Operation.MESSAGES_SEND, new UnavailableException("503"));
        world.faults().ambiguousNext(Operation.MESSAGES_SEND);
        world.faults().failWhen(call -> true, new UnavailableException("503"));

        world.faults().clear();

        world.heychatFor(BOT).messages().send(GENERAL_REF, HELLO);
        assertEquals(1, world.messages(GENERAL).size());
    }
}
