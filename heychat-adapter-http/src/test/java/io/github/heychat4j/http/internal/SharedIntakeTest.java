package io.github.heychat4j.http.internal;

import static io.github.heychat4j.http.internal.GatewayClientTest.BOT;
import static io.github.heychat4j.http.internal.GatewayClientTest.GENERAL;
import static io.github.heychat4j.http.internal.GatewayClientTest.command;
import static io.github.heychat4j.http.internal.GatewayClientTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RecordingGatewayListener;
import io.github.heychat4j.http.SkipReason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The client's side of {@link EventIntake} with an intake made by hand: it connects only while told, publishes its
 * link's frames instead of handling them, and handles the frames handed to it (claimed right before the handlers,
 * done after). Handlers run on the test's thread.
 */
class SharedIntakeTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingGatewayListener listener = new RecordingGatewayListener();
    private final List<HeychatEvent> delivered = new ArrayList<>();
    private final HandMadeIntake intake = new HandMadeIntake();
    private final GatewayClient client = new GatewayClient(transport, scheduler, GatewayPolicy.defaults(), BOT, Runnable::run,
            () -> { }, listener, Clock.systemUTC(), () -> 0.5, GatewayClient.KeptFresh.NONE, intake);

    SharedIntakeTest() {
        client.hub().onEvery(delivered::add);
    }

    /** Records what the client does with it, and hands frames when the test says so. */
    static final class HandMadeIntake implements EventIntake {
        final List<String> published = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        Receiver receiver;
        boolean started;
        boolean closed;

        @Override
        public Relay attach(UserId bot, Receiver receiver, HeychatListener listener) {
            this.receiver = receiver;
            return new Relay() {
                @Override
                public void start() {
                    started = true;
                }

                @Override
                public void publish(String frame) {
                    published.add(frame);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        void hand(String text, Claim answer) {
            receiver.receive(new Frame() {
                @Override
                public String text() {
                    return text;
                }

                @Override
                public Claim claim(Optional<String> messageId) {
                    log.add("claim " + messageId.orElse("-"));
                    return answer;
                }

                @Override
                public void done() {
                    log.add("done");
                }
            });
        }
    }

    @Test
    void aReplicaStandsByUntilToldToHoldTheGatewayAndThenPublishesItsFramesInsteadOfHandlingThem() {
        client.start(null);

        assertTrue(intake.started);
        assertEquals(GatewayState.STANDBY, client.state());
        assertEquals(0, transport.opens, "no link to the platform while another replica may hold it");

        intake.receiver.holdGateway();
        transport.last().push("PONG");
        transport.last().push(message(1, "1001001", GENERAL, 1001));

        assertEquals(GatewayState.CONNECTED, client.state());
        assertEquals(List.of(message(1, "1001001", GENERAL, 1001)), intake.published);
        assertTrue(delivered.isEmpty(), "the frame reaches a handler only when the intake hands it out");

        intake.receiver.releaseGateway();
        assertEquals(GatewayState.STANDBY, client.state());
        assertTrue(transport.last().aborted, "the link is dropped");
        assertEquals(1, transport.opens);
        client.close();
        assertTrue(intake.closed);
    }

    @Test
    void aFrameHandedOutIsClaimedRightBeforeItsHandlersAndDoneAfter() {
        client.start(null);

        intake.hand(message(7, "1007007", GENERAL, 1001), EventIntake.Claim.HANDLE);

        assertEquals(List.of("claim 1007007", "done"), intake.log);
        assertEquals(List.of("1007007"), delivered.stream().map(e -> ((MessagePosted) e).id().value()).toList());
    }

    @Test
    void aFrameClaimedBeforeIsDoneWithoutItsHandlers() {
        client.start(null);

        intake.hand(message(7, "1007007", GENERAL, 1001), EventIntake.Claim.DUPLICATE);
        intake.hand("{\"type\": \"9999\", \"data\": {}}", EventIntake.Claim.DUPLICATE);

        assertTrue(delivered.isEmpty());
        assertEquals(List.of("claim 1007007", "done", "claim -", "done"), intake.log);
        assertEquals(List.of(SkipReason.DUPLICATE_MESSAGE, SkipReason.DUPLICATE_FRAME), listener.skipped);
    }

    @Test
    void aFrameTheIntakeCannotClaimNowIsHandledWhenHandedOutAgain() {
        client.start(null);

        intake.hand(message(7, "1007007", GENERAL, 1001), EventIntake.Claim.LATER);
        assertTrue(delivered.isEmpty());
        intake.hand(message(7, "1007007", GENERAL, 1001), EventIntake.Claim.HANDLE);

        assertEquals(1, delivered.size(), "this replica does not take it for a duplicate of itself");
    }

    @Test
    void theTwoFormsOfAMessageAreHandledOnceWithoutAskingTheIntakeTwice() {
        client.start(null);

        intake.hand(command(1, "2026607597894049793"), EventIntake.Claim.HANDLE);
        intake.hand(message(2, "2026607597894049793", GENERAL, 1001), EventIntake.Claim.HANDLE);

        assertEquals(1, delivered.size());
        assertEquals(List.of("claim 2026607597894049793", "done", "done"), intake.log);
    }

    @Test
    void theHolderPublishesEveryFrameOfItsLinkInTurn() {
        client.start(null);
        intake.receiver.holdGateway();

        transport.last().push("PONG", message(1, "1001001", GENERAL, 1001), message(2, "1001002", GENERAL, 1001));

        assertEquals(2, intake.published.size());
        assertEquals(0, transport.last().unread());
    }

    @Test
    void aFrameOfTheBotsOwnMessageIsDoneWithoutAClaimOrItsHandlers() {
        client.start(null);

        intake.hand(message(7, "1007007", GENERAL, BOT.value()), EventIntake.Claim.HANDLE);

        assertEquals(List.of("done"), intake.log);
        assertTrue(delivered.isEmpty());
    }

    @Test
    void aReplicaToldToLetGoWhileItWaitsToReconnectStopsTryingAndSaysNothing() {
        transport.refuse(503);
        client.start(null);
        intake.receiver.holdGateway();
        int told = listener.lines.size();

        intake.receiver.releaseGateway();
        scheduler.advance(Duration.ofMinutes(5));

        assertEquals(GatewayState.STANDBY, client.state());
        assertEquals(1, transport.opens, "the reconnect was called off");
        assertEquals(told, listener.lines.size(), "it was not connected: no disconnection to tell");
    }

    @Test
    void aReplicaThatLetsGoOfALinkThatWasUpSaysSo() {
        client.start(null);
        intake.receiver.holdGateway();
        transport.last().push("PONG");

        intake.receiver.releaseGateway();

        assertEquals("disconnected STOPPED: another replica holds the gateway", listener.lines.get(listener.lines.size() - 1));
    }

    @Test
    void duplicatesAreToldWithWhoHandledThem() {
        client.start(null);

        intake.hand(command(1, "2026607597894049793"), EventIntake.Claim.HANDLE);
        intake.hand(message(2, "2026607597894049793", GENERAL, 1001), EventIntake.Claim.HANDLE);
        intake.hand(message(3, "1003003", GENERAL, 1001), EventIntake.Claim.DUPLICATE);
        intake.hand("{\"type\": \"9999\", \"data\": {}}", EventIntake.Claim.DUPLICATE);

        assertEquals(List.of("skipped DUPLICATE_MESSAGE: message 2026607597894049793",
                "skipped DUPLICATE_MESSAGE: message 1003003 (handled by a replica)",
                "skipped DUPLICATE_FRAME: handled by a replica"), listener.starting("skipped"));
    }

    @Test
    void anUnreadableFrameIsReportedAndDoneUnclaimed() {
        client.start(null);

        intake.hand("not json", EventIntake.Claim.HANDLE);

        assertEquals(List.of("done"), intake.log);
        assertEquals(List.of(SkipReason.NOT_JSON), listener.skipped);
        assertTrue(delivered.isEmpty());
    }
}
