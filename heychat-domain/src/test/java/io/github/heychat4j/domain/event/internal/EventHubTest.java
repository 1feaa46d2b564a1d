package io.github.heychat4j.domain.event.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHubTest {
    private static final UserId BOT = UserId.of(2398561);
    private static final UserId ALICE = UserId.of(8828375);
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef GENERAL = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

    private final EventHub hub = new EventHub(BOT, false);
    private final List<String> seen = new ArrayList<>();

    private static MessagePosted message(UserId author, String text) {
        return MessagePosted.of(MessageId.of("2026607597894049795"), GENERAL, Sender.of(author, "x"), MessageKind.TEXT, text, T);
    }

    private static MemberJoined joined(UserId who) {
        return new MemberJoined(ROOM, Sender.of(who, "x"), T);
    }

    @Test
    void handlersGetTheirTypeAndItsSubtypesInSubscriptionOrder() {
        hub.on(MessagePosted.class, m -> seen.add("first " + m.text()));
        hub.onEvery(e -> seen.add("every " + e.getClass().getSimpleName()));
        hub.on(MemberJoined.class, j -> seen.add("join"));
        hub.on(MessagePosted.class, m -> seen.add("second " + m.text()));

        assertEquals(3, hub.publish(message(ALICE, "hi")));
        hub.publish(joined(ALICE));

        assertEquals(List.of("first hi", "every MessagePosted", "second hi", "every MemberJoined", "join"), seen);
    }

    @Test
    void aThrowingHandlerIsReportedAndTheOthersStillRun() {
        List<HandlerFailure> failures = new ArrayList<>();
        hub.onHandlerFailure(failures::add);
        IllegalStateException boom = new IllegalStateException("boom");
        hub.on(MessagePosted.class, m -> {
            throw boom;
        });
        hub.on(MessagePosted.class, m -> {
            throw new AssertionError("a test's assertion inside a handler");
        });
        hub.on(MessagePosted.class, m -> seen.add(m.text()));

        MessagePosted first = message(ALICE, "one");
        hub.publish(first);
        hub.publish(message(ALICE, "two"));

        assertEquals(List.of("one", "two"), seen);
        assertEquals(4, failures.size());
        assertSame(first, failures.get(0).event());
        assertSame(boom, failures.get(0).error());
        assertTrue(failures.get(1).error() instanceof AssertionError);
    }

    @Test
    void aFailingReporterDoesNotStopDeliveryEither() {
        hub.onHandlerFailure(f -> {
            throw new IllegalStateException("reporter broke");
        });
        hub.on(MessagePosted.class, m -> {
            throw new IllegalStateException("handler broke");
        });
        hub.on(MessagePosted.class, m -> seen.add(m.text()));

        hub.publish(message(ALICE, "still"));

        assertEquals(List.of("still"), seen);
    }

    @Test
    void aVirtualMachineErrorIsNotSwallowed() {
        hub.on(MessagePosted.class, m -> {
            throw new StackOverflowError();
        });
        assertThrows(StackOverflowError.class, () -> hub.publish(message(ALICE, "deep")));
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() {
        Subscription s = hub.on(MessagePosted.class, m -> seen.add(m.text()));
        hub.publish(message(ALICE, "before"));
        s.close();
        s.cancel();
        hub.publish(message(ALICE, "after"));

        assertEquals(List.of("before"), seen);
        assertFalse(s.isActive());
        assertFalse(hub.hasHandlerFor(message(ALICE, "x")));
    }

    @Test
    void theBotsOwnActionsAreFilteredButItsOwnMembershipIsNot() {
        hub.onEvery(e -> seen.add(e.getClass().getSimpleName() + " " + e.actor().orElseThrow()));

        hub.publish(message(BOT, "my own"));
        hub.publish(joined(BOT));

        assertEquals(List.of("MemberJoined " + BOT), seen);
    }

    @Test
    void theFilterCanBeTurnedOff() {
        EventHub hearsItself = new EventHub(BOT, true);
        List<HeychatEvent> heard = new ArrayList<>();
        hearsItself.onEvery(heard::add);
        hearsItself.publish(message(BOT, "my own"));
        assertEquals(1, heard.size());
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("type: must not be null", assertThrows(IllegalArgumentException.class, () -> hub.on(null, e -> { })).getMessage());
        assertEquals("handler: must not be null", assertThrows(IllegalArgumentException.class,
                () -> hub.on(MessagePosted.class, null)).getMessage());
        assertEquals("event: must not be null", assertThrows(IllegalArgumentException.class, () -> hub.publish(null)).getMessage());
    }

    @Test
    void hasHandlerForFollowsTheActiveHandlersTypes() {
        assertFalse(hub.hasHandlerFor(joined(ALICE)));
        Subscription messages = hub.on(MessagePosted.class, e -> seen.add("m"));

        assertTrue(hub.hasHandlerFor(message(ALICE, "hi")));
        assertFalse(hub.hasHandlerFor(joined(ALICE)));
        messages.cancel();
        assertFalse(hub.hasHandlerFor(message(ALICE, "hi")));
    }

    @Test
    void subscriptionsSayWhetherTheyAreActiveAndCloseLikeCancel() {
        Subscription handler = hub.on(MessagePosted.class, e -> seen.add("m"));
        Subscription reporter = hub.onHandlerFailure(f -> seen.add("reported"));

        assertTrue(handler.isActive());
        assertTrue(reporter.isActive());
        assertEquals("Subscription[MessagePosted]", handler.toString());
        assertEquals("EventHub[1 handlers]", hub.toString());
        handler.close();
        reporter.close();

        assertFalse(handler.isActive());
        assertFalse(reporter.isActive());
        assertEquals("Subscription[MessagePosted, cancelled]", handler.toString());
        assertEquals("EventHub[0 handlers]", hub.toString());
        assertEquals(0, hub.publish(message(ALICE, "hi")));
    }

    @Test
    void aCancelledReporterHearsNoMoreFailures() {
        hub.on(MemberJoined.class, e -> {
            throw new IllegalStateException("handler bug");
        });
        Subscription first = hub.onHandlerFailure(f -> seen.add("first " + f.error().getMessage()));
        hub.onHandlerFailure(f -> seen.add("second " + f.error().getMessage()));

        hub.publish(joined(ALICE));
        first.cancel();
        first.cancel();
        hub.publish(joined(ALICE));

        assertEquals(List.of("first handler bug", "second handler bug", "second handler bug"), seen);
    }

    @Test
    void aFatalErrorOfAReporterIsNotSwallowed() {
        hub.on(MemberJoined.class, e -> {
            throw new IllegalStateException("handler bug");
        });
        hub.onHandlerFailure(f -> {
            throw new OutOfMemoryError("reporter out of memory");
        });

        assertThrows(OutOfMemoryError.class, () -> hub.publish(joined(ALICE)));
    }

    @Test
    void onEveryHearsEveryEvent() {
        hub.onEvery(e -> seen.add(e.getClass().getSimpleName()));

        hub.publish(joined(ALICE));
        hub.publish(message(ALICE, "hi"));

        assertEquals(List.of("MemberJoined", "MessagePosted"), seen);
    }
}
