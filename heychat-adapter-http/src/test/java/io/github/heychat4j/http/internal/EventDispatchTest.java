package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.internal.EventHub;
import io.github.heychat4j.domain.message.Emoji;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The dispatch's rules on their own: one lane per channel (per room for membership), a lane's events one at a time
 * and in order, the reader told to wait at the bounds and resumed at half of them, and what a close drops. Lane tasks
 * run when the test says so, on the test's thread.
 */
class EventDispatchTest {
    private static final Instant T = Instant.parse("2024-11-30T10:00:00Z");
    private static final FrameDecoder DECODER = new FrameDecoder(Clock.fixed(T, ZoneOffset.UTC));

    private final EventHub hub = new EventHub(UserId.of(1), true);
    private final Tasks executor = new Tasks();
    private final List<String> seen = new ArrayList<>();
    private int resumes;

    EventDispatchTest() {
        hub.onEvery(e -> seen.add(name(e)));
    }

    private EventDispatch dispatch(int perLane, int total) {
        return new EventDispatch(hub, executor, perLane, total, () -> {
            resumes++;
            seen.add("resume");
        });
    }

    // --- lanes -------------------------------------------------------------------------------------------------

    @Test
    void everythingThatHappensInOneChannelSharesItsLaneAndOtherChannelsHaveTheirOwn() {
        String general = EventDispatch.laneOf(golden("5-message.flat.json"));

        for (String sameChannel : List.of("5-message.nested.json", "50-command.json", "card-button-click.json",
                "5003-reaction.add.json", "5003-reaction.remove.json")) {
            HeychatEvent event = golden(sameChannel);
            assertEquals(general, EventDispatch.laneOf(event), sameChannel);
            HeychatEvent elsewhere = golden(sameChannel, "3377790315288076288", "3377790315296464896");
            assertNotEquals(general, EventDispatch.laneOf(elsewhere), sameChannel + " in another channel");
        }
        assertNotEquals(general, EventDispatch.laneOf(reaction(3377790315296464896L, 1)));
        assertNotEquals(EventDispatch.laneOf(removal(1, 1)), EventDispatch.laneOf(removal(2, 1)));
    }

    @Test
    void membershipIsPerRoomAndNeverSharesALaneWithAChannelOfTheSameNumber() {
        assertEquals(EventDispatch.laneOf(joined(7)), EventDispatch.laneOf(left(7)));
        assertNotEquals(EventDispatch.laneOf(joined(7)), EventDispatch.laneOf(joined(8)));
        assertNotEquals(EventDispatch.laneOf(left(7)), EventDispatch.laneOf(left(8)));
        assertNotEquals(EventDispatch.laneOf(joined(7)), EventDispatch.laneOf(reaction(7, 1)));
    }

    @Test
    void theGatewaysOwnEventsShareOneLaneOfTheirOwn() {
        String gateway = EventDispatch.laneOf(new GatewayReconnected(T, T.plusSeconds(1)));

        assertEquals(gateway, EventDispatch.laneOf(new GatewayReconnected(T.plusSeconds(5), T.plusSeconds(9))));
        assertNotEquals(gateway, EventDispatch.laneOf(reaction(1, 1)));
        assertNotEquals(gateway, EventDispatch.laneOf(joined(1)));
    }

    @Test
    void aLanesEventsRunOneAtATimeInOrderAndLanesRunApart() {
        EventDispatch dispatch = dispatch(100, 1000);

        dispatch.offer(reaction(1, 1));
        dispatch.offer(reaction(2, 2));
        dispatch.offer(reaction(1, 3));

        assertEquals(2, executor.size(), "one task per lane, however many events it has");
        executor.runLast(); // channel 2 first: its lane does not wait for channel 1's
        assertEquals(List.of("2:2"), seen);
        executor.runAll();
        assertEquals(List.of("2:2", "1:1", "1:3"), seen);
        assertEquals(0, dispatch.queued());
    }

    @Test
    void aLaneThatRanDryStartsAgainWithTheNextEvent() {
        EventDispatch dispatch = dispatch(100, 1000);
        dispatch.offer(reaction(1, 1));
        executor.runAll();

        dispatch.offer(reaction(1, 2));

        assertEquals(1, executor.size(), "the lane was over; a new task carries its next event");
        executor.runAll();
        assertEquals(List.of("1:1", "1:2"), seen);
    }

    // --- bounds ------------------------------------------------------------------------------------------------

    @Test
    void theReaderWaitsFromTheEventThatFillsALane() {
        EventDispatch dispatch = dispatch(3, 1000);

        assertTrue(dispatch.offer(reaction(1, 1)));
        assertTrue(dispatch.offer(reaction(1, 2)));
        assertFalse(dispatch.readerWaiting());
        assertFalse(dispatch.offer(reaction(1, 3)), "the third of three fills the lane");
        assertTrue(dispatch.readerWaiting());
        assertFalse(dispatch.offer(reaction(2, 4)), "still waiting, whatever the lane");
        assertEquals(4, dispatch.queued());
    }

    @Test
    void theReaderWaitsFromTheEventThatFillsAllLanesTogether() {
        EventDispatch dispatch = dispatch(100, 3);

        assertTrue(dispatch.offer(reaction(1, 1)));
        assertTrue(dispatch.offer(reaction(2, 2)));
        assertFalse(dispatch.offer(reaction(3, 3)), "three lanes of one event each: three in all");
        assertTrue(dispatch.readerWaiting());
    }

    @Test
    void aFullLaneResumesTheReaderOnceWhenItIsBackToHalf() {
        EventDispatch dispatch = dispatch(4, 1000);
        for (int i = 1; i <= 4; i++) {
            dispatch.offer(reaction(1, i));
        }

        executor.runAll();

        // after the first: 3 wait (more than half of 4); after the second: 2 (half): resumed, and only once
        assertEquals(List.of("1:1", "1:2", "resume", "1:3", "1:4"), seen);
        assertEquals(1, resumes);
        assertFalse(dispatch.readerWaiting());
        assertTrue(dispatch.offer(reaction(1, 5)));
    }

    @Test
    void aFullLaneIsNotResumedByOtherLanesDraining() {
        EventDispatch dispatch = dispatch(2, 1000);
        dispatch.offer(reaction(2, 1));
        dispatch.offer(reaction(1, 2));
        dispatch.offer(reaction(1, 3)); // channel 1 is full

        executor.runFirst(); // channel 2's lane ends: 2 of 1000 wait in all, but channel 1 is still full

        assertEquals(0, resumes);
        assertTrue(dispatch.readerWaiting());
        executor.runAll();
        assertEquals(List.of("2:1", "1:2", "resume", "1:3"), seen);
    }

    @Test
    void allLanesTogetherResumeTheReaderWhenTheTotalIsBackToHalf() {
        EventDispatch dispatch = dispatch(100, 4);
        for (int i = 1; i <= 4; i++) {
            dispatch.offer(reaction(i, i));
        }
        assertTrue(dispatch.readerWaiting());

        executor.runFirst();
        assertEquals(0, resumes, "3 of 4 still wait");
        executor.runFirst();
        assertEquals(1, resumes, "2 of 4: half");
        executor.runAll();
        assertEquals(1, resumes);
        assertEquals(List.of("1:1", "2:2", "resume", "3:3", "4:4"), seen);
    }

    @Test
    void anOddBoundResumesBelowItsHalf() {
        EventDispatch dispatch = dispatch(5, 1000);
        for (int i = 1; i <= 5; i++) {
            dispatch.offer(reaction(1, i));
        }

        executor.runAll();

        assertEquals(List.of("1:1", "1:2", "1:3", "resume", "1:4", "1:5"), seen, "5 / 2 is 2 events");
    }

    // --- deliveries --------------------------------------------------------------------------------------------

    @Test
    void aDeliveryIsAskedBeforeTheHandlersAndToldAfterThemAndMaySkipThem() {
        EventDispatch dispatch = dispatch(100, 1000);

        dispatch.offer(reaction(1, 1), new Logged(true));
        dispatch.offer(reaction(1, 2), new Logged(false));
        executor.runAll();

        assertEquals(List.of("begin", "1:1", "end", "begin", "end"), seen);
    }

    @Test
    void aDeliveryThatThrowsDoesNotStopTheLane() {
        EventDispatch dispatch = dispatch(100, 1000);
        EventDispatch.Delivery broken = new EventDispatch.Delivery() {
            @Override
            public boolean begin() {
                throw new IllegalStateException("begin bug");
            }

            @Override
            public void end() {
                seen.add("end");
                throw new IllegalStateException("end bug");
            }
        };

        dispatch.offer(reaction(1, 1), broken);
        dispatch.offer(reaction(1, 2));
        executor.runAll();

        assertEquals(List.of("end", "1:2"), seen);
        assertEquals(0, dispatch.queued());
    }

    // --- close and shutdown ------------------------------------------------------------------------------------

    @Test
    void closingDropsWhatWaitsAndItsDeliveriesAreNeverToldAgain() {
        EventDispatch dispatch = dispatch(100, 1000);
        dispatch.offer(reaction(1, 1), new Logged(true));
        dispatch.offer(reaction(2, 2), new Logged(true));

        dispatch.close();
        executor.runAll();

        assertEquals(List.of(), seen);
        assertEquals(0, dispatch.queued());
    }

    @Test
    void aLaneStopsAfterTheEventItIsDeliveringWhenClosed() {
        EventDispatch dispatch = dispatch(100, 1000);
        hub.onEvery(e -> dispatch.close());
        dispatch.offer(reaction(1, 1));
        dispatch.offer(reaction(1, 2));

        executor.runAll();

        assertEquals(List.of("1:1"), seen);
        assertEquals(0, dispatch.queued(), "the event being delivered was counted out by the close, not twice");
        assertEquals(0, resumes, "a closed dispatch has no reader to resume");
    }

    @Test
    void afterCloseNothingIsQueuedAndTheReaderIsToldToStop() {
        EventDispatch dispatch = dispatch(100, 1000);
        dispatch.close();

        assertFalse(dispatch.offer(reaction(1, 1)));

        assertEquals(0, executor.size());
        assertEquals(0, dispatch.queued());
    }

    @Test
    void aShutDownExecutorDropsTheLanesEventsAndALaterEventTriesAgain() {
        RefusingOnce refusing = new RefusingOnce();
        EventDispatch dispatch = new EventDispatch(hub, refusing, 100, 1000, () -> resumes++);

        assertTrue(dispatch.offer(reaction(1, 1)));
        assertEquals(0, dispatch.queued(), "the refused lane's event is not counted as waiting");

        dispatch.offer(reaction(1, 2));
        assertEquals(1, refusing.accepted.size(), "the lane was forgotten, so the next event starts it again");
        refusing.accepted.poll().run();
        assertEquals(List.of("1:2"), seen);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static HeychatEvent golden(String file, String... replace) {
        String text = FrameDecoderTest.frame(file);
        for (int i = 0; i + 1 < replace.length; i += 2) {
            text = text.replace(replace[i], replace[i + 1]);
        }
        return ((FrameDecoder.Event) DECODER.decode(text)).event();
    }

    private static ReactionAdded reaction(long channel, int n) {
        return new ReactionAdded(Optional.empty(), ChannelId.of(String.valueOf(channel)), MessageId.of(String.valueOf(n)),
                UserId.of(5), Emoji.parse("[cube_smile]"), T);
    }

    private static ReactionRemoved removal(long channel, int n) {
        return new ReactionRemoved(Optional.empty(), ChannelId.of(String.valueOf(channel)), MessageId.of(String.valueOf(n)),
                UserId.of(5), Emoji.parse("[cube_smile]"), T);
    }

    private static Sender someone() {
        return new Sender(UserId.of(5), "someone", Optional.empty(), Set.of(), false, Optional.empty());
    }

    private static MemberJoined joined(long room) {
        return new MemberJoined(RoomId.of(String.valueOf(room)), someone(), T);
    }

    private static MemberLeft left(long room) {
        return new MemberLeft(RoomId.of(String.valueOf(room)), someone(), T);
    }

    private static String name(HeychatEvent e) {
        return e instanceof ReactionAdded r ? r.channel().value() + ":" + r.message().value() : e.getClass().getSimpleName();
    }

    /** A delivery that writes what happens to it into the same log as the handlers. */
    private final class Logged implements EventDispatch.Delivery {
        private final boolean handle;

        Logged(boolean handle) {
            this.handle = handle;
        }

        @Override
        public boolean begin() {
            seen.add("begin");
            return handle;
        }

        @Override
        public void end() {
            seen.add("end");
        }
    }

    /** Lane tasks wait until the test runs them. */
    static final class Tasks implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int size() {
            return tasks.size();
        }

        void runFirst() {
            tasks.poll().run();
        }

        void runLast() {
            tasks.pollLast().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    /** Refuses its first task, as a pool that was shut down would; keeps the next ones. */
    static final class RefusingOnce implements Executor {
        final Deque<Runnable> accepted = new ArrayDeque<>();
        private boolean refused;

        @Override
        public void execute(Runnable task) {
            if (!refused) {
                refused = true;
                throw new RejectedExecutionException("shut down");
            }
            accepted.add(task);
        }
    }
}
