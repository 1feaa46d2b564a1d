package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.GatewayState;
import io.github.heychat4j.http.RecordingGatewayListener;
import io.github.heychat4j.http.SkipReason;
import io.github.heychat4j.http.internal.ScriptedTransport.ScriptedSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gateway's rules over a scripted socket and a manual clock: no network, no real waiting. Handlers run on the
 * test's thread unless a test queues them.
 */
class GatewayClientTest {
    static final UserId BOT = UserId.of(2398561);
    static final String ROOM = "3587810143523774464";
    static final String GENERAL = "3377790315288076288";
    static final String OFFTOPIC = "3377790315296464896";
    static final Instant EPOCH = Instant.parse("2024-11-30T10:00:00Z");

    final ScriptedTransport transport = new ScriptedTransport();
    final ManualScheduler scheduler = new ManualScheduler();
    final RecordingGatewayListener listener = new RecordingGatewayListener();
    final KeptFreshLog caches = new KeptFreshLog();
    final List<HeychatEvent> delivered = new ArrayList<>();
    boolean executorReleased;

    /** A wall clock that moves with the manual scheduler. */
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return EPOCH.plusNanos(scheduler.nanoTime());
        }
    };

    GatewayClient client(GatewayPolicy policy, Executor executor) {
        GatewayClient client = new GatewayClient(transport, scheduler, policy, BOT, executor, () -> executorReleased = true,
                listener, clock, () -> 0.5, caches);
        client.hub().onEvery(delivered::add);
        return client;
    }

    GatewayClient client() {
        return client(GatewayPolicy.defaults(), Runnable::run);
    }

    /** Connects and answers the first PING, so that the link is established. */
    ScriptedSocket connected(GatewayClient client) {
        CompletableFuture<Void> first = client.connect();
        transport.last().push("PONG");
        assertTrue(first.isDone() && !first.isCompletedExceptionally(), "the first link is up");
        return transport.last();
    }

    // --- connecting -------------------------------------------------------------------------------------------

    @Test
    void theFirstLinkIsUpWhenItsFirstFrameArrivesAfterThePing() {
        GatewayClient client = client();

        CompletableFuture<Void> first = client.connect();

        assertEquals(List.of("PING"), transport.last().sent, "a PING goes out as soon as the handshake is done");
        assertFalse(first.isDone());
        assertFalse(client.isConnected());
        transport.last().push("pong");
        assertTrue(first.isDone());
        assertTrue(client.isConnected());
        assertEquals(List.of("connected first"), listener.lines);
    }

    @Test
    void aHandshakeRefusedWith401IsAnAuthenticationFailureThatIsNotRetried() {
        transport.refuse(401);
        GatewayClient client = client();

        assertThrows(AuthenticationException.class, () -> client.start(null));

        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, transport.opens);
        assertEquals(List.of("disconnected AUTHENTICATION_FAILED 401: the platform refused the handshake with HTTP 401"),
                listener.lines);
        assertThrows(AuthenticationException.class, () -> client.start(null), "asking again gives the same answer");
    }

    @Test
    void linksClosedBeforeTheirFirstFrameSeveralTimesInARowMeanARefusedToken() {
        GatewayClient client = client();
        CompletableFuture<Void> first = client.connect();

        for (int i = 0; i < 3; i++) {
            transport.last().closeFromPlatform(1008, "");
            scheduler.advance(Duration.ofSeconds(5));
        }

        ExecutionException failed = assertThrows(ExecutionException.class, first::get);
        assertInstanceOf(AuthenticationException.class, failed.getCause());
        assertEquals(3, transport.opens);
        assertEquals(0, scheduler.pending(), "no reconnect is scheduled");
    }

    @Test
    void otherHandshakeFailuresAreRetriedWithExponentialBackoffUpToOneMinute() {
        for (int i = 0; i < 8; i++) {
            transport.refuse(503);
        }
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        CompletableFuture<Void> first = client.connect();

        scheduler.advance(Duration.ofSeconds(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60));

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), listener.waits.stream().map(Duration::toSeconds).toList());
        assertEquals(9, transport.opens);
        transport.last().push("PONG");
        assertTrue(first.isDone());
    }

    @Test
    void theWaitIsJitteredWithinTheConfiguredFraction() {
        GatewayPolicy policy = GatewayPolicy.defaults();
        GatewayClient low = new GatewayClient(transport, scheduler, policy, BOT, Runnable::run, () -> { }, listener, clock,
                () -> 0.0, caches);
        GatewayClient high = new GatewayClient(transport, scheduler, policy, BOT, Runnable::run, () -> { }, listener, clock,
                () -> 0.999_999, caches);

        assertEquals(Duration.ofMillis(3200), low.backoff(3));
        assertEquals(4799, high.backoff(3).toMillis());
        assertEquals(Duration.ofSeconds(60), high.backoff(7), "never above the maximum");
    }

    @Test
    void theBackoffStartsAgainAfterALinkStayedUpLongEnough() {
        transport.refuse(503).refuse(503);
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        client.connect();
        scheduler.advance(Duration.ofSeconds(3));
        transport.last().push("PONG");
        scheduler.advance(Duration.ofSeconds(30));
        transport.last().push("PONG");
        scheduler.advance(Duration.ofSeconds(30));
        transport.last().push("PONG");
        scheduler.advance(Duration.ofSeconds(1));

        transport.last().closeFromPlatform(1001, "going away");

        assertEquals(List.of(1L, 2L, 1L), listener.waits.stream().map(Duration::toSeconds).toList());
    }

    @Test
    void startGivesUpAfterItsTimeoutAndStopsTheGateway() {
        transport.hang();
        GatewayClient client = client();

        assertThrows(UnavailableException.class, () -> client.start(Duration.ofMillis(1)));

        assertTrue(scheduler.shutDown);
        assertTrue(executorReleased);
        assertThrows(UnavailableException.class, () -> client.start(null), "a stopped gateway stays stopped");
    }

    // --- heartbeat ----------------------------------------------------------------------------------------------

    @Test
    void aLinkThatDoesNotAnswerItsPingIsDroppedAndMadeAgain() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        ScriptedSocket first = connected(client);

        scheduler.advance(Duration.ofSeconds(30));
        assertEquals(List.of("PING", "PING"), first.sent);
        scheduler.advance(Duration.ofSeconds(20));

        assertTrue(first.aborted);
        assertFalse(client.isConnected());
        assertTrue(listener.lines.contains("disconnected HEARTBEAT_TIMEOUT: no PONG within PT20S"), listener.lines::toString);
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(2, transport.opens);
    }

    @Test
    void anAnsweredPingKeepsTheLink() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        for (int i = 0; i < 10; i++) {
            scheduler.advance(Duration.ofSeconds(30));
            socket.push("PONG");
        }

        assertFalse(socket.aborted);
        assertTrue(client.isConnected());
        assertEquals(1, transport.opens);
    }

    // --- reconnect ----------------------------------------------------------------------------------------------

    @Test
    void afterAReconnectTheBotHearsGatewayReconnectedAndTheCachesAreDropped() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        connected(client);
        scheduler.advance(Duration.ofSeconds(5));
        Instant lost = clock.instant();

        transport.last().breakLink(new IllegalStateException("connection reset"));
        scheduler.advance(Duration.ofSeconds(1));
        transport.last().push("PONG");

        assertEquals(List.of(new GatewayReconnected(lost, lost.plusSeconds(1))), delivered);
        assertEquals(List.of("reconnected"), caches.lines);
        assertEquals(List.of("connected first", "disconnected FAILED: IllegalStateException: connection reset",
                "reconnect 1 in PT1S", "connected again"), listener.lines);
    }

    @Test
    void theFirstLinkIsNotAReconnect() {
        GatewayClient client = client();

        connected(client);

        assertEquals(List.of(), delivered);
        assertEquals(List.of(), caches.lines);
    }

    // --- frames -------------------------------------------------------------------------------------------------

    @Test
    void aFrameSentTwiceIsDeliveredOnceAndSequencesStartAfreshOnANewLink() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(message(7, "100", GENERAL, 8828375), message(7, "100", GENERAL, 8828375));
        socket.closeFromPlatform(1001, "");
        scheduler.advance(Duration.ofSeconds(1));
        transport.last().push("PONG", message(7, "101", GENERAL, 8828375));

        assertEquals(List.of("100", "101"), messageIds());
        assertTrue(listener.lines.contains("skipped DUPLICATE_FRAME: sequence 7"));
        assertEquals(0, client.skippedFrames(), "a duplicate is not a broken frame");
    }

    @Test
    void aCommandAlsoPushedAsAMessageIsDeliveredOnceEvenAcrossAReconnect() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(command(1, "200"), message(2, "200", GENERAL, 8828375));
        socket.closeFromPlatform(1001, "");
        scheduler.advance(Duration.ofSeconds(1));
        transport.last().push("PONG", message(1, "200", GENERAL, 8828375));

        assertEquals(1, delivered.stream().filter(e -> e instanceof CommandInvoked).count());
        assertEquals(0, delivered.stream().filter(e -> e instanceof MessagePosted).count());
        assertEquals(2, listener.lines.stream().filter(l -> l.equals("skipped DUPLICATE_MESSAGE: message 200")).count());
    }

    @Test
    void theBotsOwnMessagesAreNotDeliveredByDefault() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "300", GENERAL, BOT.value()), message(2, "301", GENERAL, 8828375));

        assertEquals(List.of("301"), messageIds());
    }

    @Test
    void theBotsOwnMessagesAreDeliveredWhenAskedFor() {
        GatewayClient client = client(GatewayPolicy.defaults().withDeliverOwnMessages(true), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "300", GENERAL, BOT.value()));

        assertEquals(List.of("300"), messageIds());
    }

    @Test
    void framesLargerThanTheLimitAreSkippedWholeOrInParts() {
        GatewayClient client = client(GatewayPolicy.defaults().withMaxFrameBytes(1024), Runnable::run);
        ScriptedSocket socket = connected(client);
        String big = "x".repeat(600);

        socket.push(message(1, "400", GENERAL, 8828375).replace("\"hi\"", "\"" + "汉".repeat(400) + "\""));
        socket.pushInParts(big, big, big);
        String small = message(3, "401", GENERAL, 8828375);
        socket.pushInParts(small.substring(0, 20), small.substring(20, 200), small.substring(200));

        assertEquals(List.of("401"), messageIds(), "a frame in parts under the limit is assembled");
        assertEquals(2, client.skippedFrames());
        assertEquals(List.of("skipped OVERSIZED: frame larger than 1024 bytes", "skipped OVERSIZED: frame larger than 1024 bytes"),
                listener.starting("skipped"));
    }

    @Test
    void malformedFramesAreSkippedCountedAndReportedAndNeverReachAHandler() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        socket.push("{broken", "[]", "{\"type\": \"5\", \"data\": {\"msg_id\": \"1\"}}", message(9, "500", GENERAL, 8828375));

        assertEquals(List.of("500"), messageIds());
        assertEquals(3, client.skippedFrames());
        assertEquals(List.of(SkipReason.NOT_JSON, SkipReason.NOT_AN_ENVELOPE, SkipReason.UNREADABLE_EVENT), listener.skipped);
    }

    @Test
    void aHandlerThatThrowsIsReportedAndTheNextEventStillArrives() {
        GatewayClient client = client();
        List<HandlerFailure> failures = new ArrayList<>();
        client.hub().onHandlerFailure(failures::add);
        client.hub().on(MessagePosted.class, m -> {
            throw new IllegalStateException("handler bug");
        });
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "600", GENERAL, 8828375), message(2, "601", GENERAL, 8828375));

        assertEquals(List.of("600", "601"), messageIds());
        assertEquals(2, failures.size());
    }

    @Test
    void theListenerHearsEachDecodedEventTypeAndEachHandlerFailureEvenWithNoReporterSubscribed() {
        GatewayClient client = client();
        client.hub().on(CommandInvoked.class, c -> {
            throw new IllegalStateException("command handler bug");
        });
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "700", GENERAL, 8828375), command(2, "701"), "{\"type\": \"9999\", \"data\": {}}");

        assertEquals(List.of(MessagePosted.class, CommandInvoked.class, UnknownEvent.class), listener.decoded);
        assertEquals(List.of("CommandInvoked: IllegalStateException: command handler bug"), listener.handlerFailures);
    }

    @Test
    void theStateSaysNotStartedConnectingConnectedAndStopped() {
        GatewayClient client = client();
        assertEquals(GatewayState.NOT_STARTED, client.state());

        CompletableFuture<Void> first = client.connect();
        assertEquals(GatewayState.CONNECTING, client.state());
        transport.last().push("PONG");
        assertTrue(first.isDone());
        assertEquals(GatewayState.CONNECTED, client.state());
        transport.last().closeFromPlatform(1006, "gone");
        assertEquals(GatewayState.CONNECTING, client.state(), "waiting to reconnect");

        client.close();
        assertEquals(GatewayState.STOPPED, client.state());
    }

    @Test
    void theBotLeavingARoomDropsWhatIsCachedOfItAndOthersComingAndGoingAreTold() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        socket.push(membership(1, BOT.value(), 0), membership(2, 8828375, 1));

        assertEquals(List.of("left " + ROOM + " self=true", "joined " + ROOM + " self=false"), caches.lines);
        assertEquals(List.of("3001", "3001"), listener.starting("received").stream().map(l -> l.substring(9)).toList());
    }

    // --- dispatch and back-pressure ----------------------------------------------------------------------------

    @Test
    void aSlowChannelDelaysOnlyItsOwnEvents() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults(), executor);
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "700", GENERAL, 8828375), message(2, "701", OFFTOPIC, 8828375),
                message(3, "702", GENERAL, 8828375));
        executor.runLast(); // the off-topic channel's handler runs; the general channel's is still busy elsewhere

        assertEquals(List.of("701"), messageIds());
        executor.runAll();
        assertEquals(List.of("701", "700", "702"), messageIds(), "one channel's events keep their order");
    }

    @Test
    void whenTooManyEventsWaitTheReaderStopsReadingUntilHalfHaveBeenHandled() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withQueueBounds(4, 6), executor);
        ScriptedSocket socket = connected(client);

        for (int i = 0; i < 10; i++) {
            socket.push(message(10 + i, String.valueOf(800 + i), GENERAL, 8828375));
        }

        assertEquals(4, client.queuedEvents(), "the channel's queue is full");
        assertEquals(6, socket.unread(), "the rest stays in the socket");
        assertEquals(0, socket.demand, "nothing more is asked of the socket");
        scheduler.advance(Duration.ofMinutes(5));
        assertFalse(socket.aborted, "no PONG could be read, and that is not the link's fault");

        executor.runAll();

        assertEquals(10, delivered.size());
        assertEquals(0, socket.unread());
        assertEquals(1, socket.demand);
        scheduler.advance(Duration.ofSeconds(19));
        assertFalse(socket.aborted, "the PONG deadline restarted when reading resumed");
    }

    @Test
    void allChannelsTogetherAreBoundedToo() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withQueueBounds(4, 6), executor);
        ScriptedSocket socket = connected(client);

        for (int i = 0; i < 8; i++) {
            socket.push(message(10 + i, String.valueOf(900 + i), i % 2 == 0 ? GENERAL : OFFTOPIC, 8828375));
        }

        assertEquals(6, client.queuedEvents());
        assertEquals(2, socket.unread());
        executor.runAll();
        assertEquals(8, delivered.size());
    }

    @Test
    void closingStopsTheLinkTheTimersAndTheDispatchThreads() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        client.close();

        assertTrue(socket.aborted);
        assertTrue(scheduler.shutDown);
        assertTrue(executorReleased);
        assertFalse(client.isConnected());
        assertEquals("disconnected STOPPED: stopped", listener.lines.get(listener.lines.size() - 1));
    }

    // --- handshakes, early closes and backoff resets ------------------------------------------------------------

    @Test
    void aHandshakeThatFailsWithoutAnHttpAnswerIsRetried() {
        transport.fail(new CompletionException(new IllegalStateException("no route to host")));
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        CompletableFuture<Void> first = client.connect();

        assertEquals(List.of("disconnected HANDSHAKE_FAILED: IllegalStateException: no route to host", "reconnect 1 in PT1S"),
                listener.lines, "the cause is told, not its CompletionException wrapper");
        scheduler.advance(Duration.ofSeconds(1));
        transport.last().push("PONG");

        assertEquals(2, transport.opens);
        assertTrue(first.isDone() && !first.isCompletedExceptionally());
    }

    @Test
    void aHandshakeRefusedWith403IsAnAuthenticationFailureAndOtherStatusesAreRetried() {
        transport.refuse(429).refuse(403);
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        CompletableFuture<Void> first = client.connect();
        scheduler.advance(Duration.ofSeconds(1));

        ExecutionException failed = assertThrows(ExecutionException.class, first::get);
        assertInstanceOf(AuthenticationException.class, failed.getCause());
        assertEquals(List.of("disconnected HANDSHAKE_FAILED 429: HTTP 429", "reconnect 1 in PT1S",
                "disconnected AUTHENTICATION_FAILED 403: the platform refused the handshake with HTTP 403"), listener.lines);
        assertEquals(GatewayState.STOPPED, client.state());
    }

    @Test
    void linksThatFailBeforeTheirFirstFrameAreNotARefusedToken() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        CompletableFuture<Void> first = client.connect();

        for (int i = 0; i < 5; i++) {
            transport.last().breakLink(new IllegalStateException("reset"));
            scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline
        }

        assertFalse(first.isDone(), "only the platform closing a link says something about the token");
        assertEquals(6, transport.opens);
    }

    @Test
    void onlyEarlyClosesInARowMeanARefusedToken() {
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0), Runnable::run);
        CompletableFuture<Void> first = client.connect();
        transport.last().closeFromPlatform(1008, "");
        scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline
        transport.last().closeFromPlatform(1008, "");
        scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline
        transport.last().push("PONG"); // a link is up: the count starts again
        transport.last().closeFromPlatform(1001, "going away");
        scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline
        transport.last().closeFromPlatform(1008, "");
        scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline
        transport.last().closeFromPlatform(1008, "");
        scheduler.advance(Duration.ofSeconds(16)); // the longest wait here, within the PONG deadline

        assertEquals(GatewayState.CONNECTING, client.state(), "two early closes since the last link that was up");
        transport.last().closeFromPlatform(1008, "policy");

        assertEquals(GatewayState.STOPPED, client.state());
        assertEquals("disconnected AUTHENTICATION_FAILED 1008: 3 links in a row closed by the platform before their first frame",
                listener.lines.get(listener.lines.size() - 1));
        assertTrue(first.isDone(), "the first link was up before");
    }

    @Test
    void theBackoffStartsAgainOnlyAfterALinkStayedUpForTheWholeStablePeriod() {
        transport.refuse(503);
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0).withStableAfter(Duration.ofSeconds(10)), Runnable::run);
        client.connect();
        scheduler.advance(Duration.ofSeconds(1));
        transport.last().push("PONG");
        scheduler.advance(Duration.ofSeconds(10).minusNanos(1));
        transport.last().closeFromPlatform(1001, "");
        scheduler.advance(Duration.ofSeconds(2));
        transport.last().push("PONG");
        scheduler.advance(Duration.ofSeconds(10));
        transport.last().closeFromPlatform(1001, "");

        assertEquals(List.of(1L, 2L, 1L), listener.waits.stream().map(Duration::toSeconds).toList());
    }

    @Test
    void connectingTwiceOpensOneLink() {
        GatewayClient client = client();

        CompletableFuture<Void> first = client.connect();

        assertEquals(first, client.connect());
        assertEquals(1, transport.opens);
    }

    // --- heartbeat edges ------------------------------------------------------------------------------------------

    @Test
    void anyFrameAnswersAPing() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);
        scheduler.advance(Duration.ofSeconds(30)); // the second PING

        scheduler.advance(Duration.ofSeconds(5));
        socket.push(message(1, "900", GENERAL, 8828375));
        scheduler.advance(Duration.ofSeconds(20));

        assertFalse(socket.aborted);
        assertTrue(client.isConnected());
    }

    @Test
    void thePongDeadlineRunsFromTheFirstUnansweredPingNotTheLatest() {
        GatewayClient client = client(GatewayPolicy.defaults().withHeartbeatInterval(Duration.ofSeconds(5))
                .withPongTimeout(Duration.ofSeconds(20)), Runnable::run);
        ScriptedSocket socket = connected(client);

        scheduler.advance(Duration.ofSeconds(25).minusNanos(1)); // PINGs at 5, 10, 15, 20: the first unanswered is at 5
        assertFalse(socket.aborted);
        assertEquals(5, socket.sent.size());
        scheduler.advance(Duration.ofNanos(1));

        assertTrue(socket.aborted, "20 s after the PING at 5 s");
        assertTrue(listener.lines.contains("disconnected HEARTBEAT_TIMEOUT: no PONG within PT20S"), listener.lines::toString);
    }

    @Test
    void aPongIsRecognisedWhateverItsCaseAndSpacing() {
        GatewayClient client = client();
        client.connect();

        transport.last().push("  Pong \n", "PON", "PONG {}");

        assertTrue(client.isConnected());
        assertEquals(List.of(SkipReason.NOT_JSON, SkipReason.NOT_JSON), listener.skipped,
                "too short, or with JSON in it, it is no PONG");
    }

    // --- frame sizes ----------------------------------------------------------------------------------------------

    @Test
    void aFrameOfExactlyTheLimitInUtf8IsReadAndOneByteMoreIsSkipped() {
        GatewayClient client = client(GatewayPolicy.defaults().withMaxFrameBytes(1024), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(frameOfBytes(1024, "500"), frameOfBytes(1025, "501"));

        assertEquals(List.of("500"), messageIds());
        assertEquals(List.of("skipped OVERSIZED: frame larger than 1024 bytes"), listener.starting("skipped"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u007f", "\u0080", "\u07ff", "\u0800", "\u6c49", "\ud83d\ude00"})
    void everyKindOfCharacterIsCountedByItsUtf8Length(String character) {
        GatewayClient client = client(GatewayPolicy.defaults().withMaxFrameBytes(1024), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(frameOf(character, 1024, "500"), frameOf(character, 1025, "501"));

        assertEquals(List.of("500"), messageIds());
        assertEquals(1, client.skippedFrames());
    }

    @Test
    void aFrameInPartsIsMeasuredWholeAndEachFrameStartsFromZero() {
        GatewayClient client = client(GatewayPolicy.defaults().withMaxFrameBytes(1024), Runnable::run);
        ScriptedSocket socket = connected(client);
        String exact = frameOfBytes(1024, "600");
        String over = frameOfBytes(1025, "601");

        socket.pushInParts(exact.substring(0, 500), exact.substring(500));
        socket.pushInParts(exact.substring(0, 500), exact.substring(500)); // the same message again: a duplicate
        socket.pushInParts(over.substring(0, 500), over.substring(500));
        socket.pushInParts(frameOfBytes(1000, "602").substring(0, 600), frameOfBytes(1000, "602").substring(600));

        assertEquals(List.of("600", "602"), messageIds());
        assertEquals(1, client.skippedFrames());
    }

    @Test
    void aBinaryFrameIsSkippedOnceWholeAndTheNextFrameIsRead() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        socket.pushBinary(100, false).pushBinary(100, true);
        socket.pushBinary(50, true);
        socket.push(message(1, "700", GENERAL, 8828375));

        assertEquals(List.of("700"), messageIds());
        assertEquals(2, client.skippedFrames(), "one in two parts, one whole");
        assertEquals(List.of(SkipReason.BINARY, SkipReason.BINARY), listener.skipped);
    }

    // --- close ----------------------------------------------------------------------------------------------------

    @Test
    void closingALinkThatIsOpenButSilentSaysStoppedAndFailsTheFirstLink() {
        GatewayClient client = client();
        CompletableFuture<Void> first = client.connect();

        client.close();
        client.close();

        assertTrue(transport.last().aborted);
        assertEquals(List.of("disconnected STOPPED: stopped"), listener.lines, "said once");
        ExecutionException failed = assertThrows(ExecutionException.class, first::get);
        assertInstanceOf(UnavailableException.class, failed.getCause());
        assertThrows(UnavailableException.class, () -> client.start(null));
    }

    @Test
    void closingWhileWaitingToReconnectCallsTheReconnectOffAndSaysNothingMore() {
        transport.refuse(503);
        GatewayClient client = client();
        client.connect();
        int told = listener.lines.size();

        client.close();
        scheduler.advance(Duration.ofMinutes(5));

        assertEquals(1, transport.opens);
        assertEquals(told, listener.lines.size());
        assertEquals(GatewayState.STOPPED, client.state());
    }

    @Test
    void aClientNeverStartedClosesQuietly() {
        GatewayClient client = client();

        client.close();

        assertEquals(List.of(), listener.lines);
        assertTrue(scheduler.shutDown);
        assertTrue(executorReleased);
        assertEquals(0, transport.opens);
    }

    @Test
    void aHandshakeThatEndsAfterTheCloseHasItsSocketDropped() {
        CompletableFuture<GatewayTransport.Socket> handshake = transport.pending();
        GatewayClient client = client();
        client.connect();
        client.close();
        ScriptedSocket late = new ScriptedSocket(null);

        handshake.complete(late);

        assertTrue(late.aborted);
        assertEquals(List.of(), late.sent, "no PING on a stopped gateway");
        assertEquals(List.of(), listener.lines);
    }

    // --- back-pressure across reconnects, and the PONG deadline after a pause ------------------------------------

    @Test
    void aStartInterruptedStopsTheGatewayAndKeepsTheInterrupt() {
        transport.hang();
        GatewayClient client = client();

        Thread.currentThread().interrupt();
        assertThrows(UnavailableException.class, () -> client.start(null));

        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
        assertEquals(GatewayState.STOPPED, client.state());
        assertTrue(scheduler.shutDown);
    }

    @Test
    void aLinkMadeWhileHandlersAreBehindIsNotReadUntilTheyCatchUp() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0).withQueueBounds(1, 1), executor);
        ScriptedSocket first = connected(client);
        first.push(message(1, "100", GENERAL, 8828375)); // the one channel's queue is full
        first.breakLink(new IllegalStateException("reset"));
        scheduler.advance(Duration.ofSeconds(1));
        ScriptedSocket second = transport.last();

        second.push("PONG");

        assertEquals(0, second.demand, "the new link is not asked for frames while the reader waits");
        assertEquals(1, second.unread());
        executor.runAll();
        assertEquals(0, second.unread());
        assertTrue(client.isConnected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PONG", "{broken"})
    void whenTheReconnectEventFillsTheQueueTheReaderWaitsForIt(String firstFrame) {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0).withQueueBounds(1, 1), executor);
        connected(client).breakLink(new IllegalStateException("reset"));
        scheduler.advance(Duration.ofSeconds(1));
        ScriptedSocket socket = transport.last();

        socket.push(firstFrame, message(1, "100", GENERAL, 8828375));

        assertEquals(1, socket.unread(), "GatewayReconnected fills the queue: the next frame waits");
        executor.runAll();
        executor.runAll();
        assertEquals(0, socket.unread());
        assertEquals(List.of(GatewayReconnected.class, MessagePosted.class), delivered.stream().map(Object::getClass).toList());
    }

    @Test
    void aDuplicateMessageRightAfterTheReconnectEventFilledTheQueueAlsoWaits() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withJitter(0).withQueueBounds(1, 1), executor);
        ScriptedSocket first = connected(client);
        first.push(message(1, "100", GENERAL, 8828375));
        executor.runAll();
        first.breakLink(new IllegalStateException("reset"));
        scheduler.advance(Duration.ofSeconds(1));
        ScriptedSocket second = transport.last();

        second.push(message(1, "100", GENERAL, 8828375), message(2, "101", GENERAL, 8828375)); // 100 is sent again

        assertEquals(1, second.unread(), "the reader waits for GatewayReconnected's handlers, duplicate or not");
        executor.runAll();
        executor.runAll();
        assertEquals(List.of("100", "101"), messageIds());
    }

    @Test
    void afterAPauseForHandlersThePongDeadlineRunsFromWhenReadingResumed() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults().withQueueBounds(4, 6), executor);
        ScriptedSocket socket = connected(client);
        for (int i = 0; i < 4; i++) {
            socket.push(message(10 + i, String.valueOf(800 + i), GENERAL, 8828375)); // the fourth fills the queue
        }
        scheduler.advance(Duration.ofSeconds(65)); // PINGs at 30 s and 60 s go unanswered: nothing is read
        assertFalse(socket.aborted);

        executor.runAll(); // reading resumes at 65 s

        scheduler.advance(Duration.ofSeconds(20).minusNanos(1));
        assertFalse(socket.aborted, "20 s from the resume, not from the PING at 30 s");
        scheduler.advance(Duration.ofNanos(1));
        assertTrue(socket.aborted, "and no longer: a link that still says nothing is dropped");
    }

    @Test
    void duplicatesDoNotStopTheReader() {
        GatewayClient client = client();
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "100", GENERAL, 8828375), message(1, "100", GENERAL, 8828375), message(2, "100", GENERAL, 8828375),
                message(3, "101", GENERAL, 8828375));

        assertEquals(List.of("100", "101"), messageIds());
        assertEquals(0, socket.unread());
    }

    @Test
    void onlyTheLastMessageIdsOfThePolicyAreRemembered() {
        GatewayClient client = client(GatewayPolicy.defaults().withRecentMessageIds(2), Runnable::run);
        ScriptedSocket socket = connected(client);

        socket.push(message(1, "100", GENERAL, 8828375), message(2, "101", GENERAL, 8828375), message(3, "102", GENERAL, 8828375),
                message(4, "102", GENERAL, 8828375), message(5, "101", GENERAL, 8828375), message(6, "100", GENERAL, 8828375));

        assertEquals(List.of("100", "101", "102", "100"), messageIds(), "100 was the third id back: forgotten");
    }

    @Test
    void aCloseWithoutAReasonIsToldWithItsCodeOnly() {
        GatewayClient client = client();
        connected(client).closeFromPlatform(1006, null);

        assertEquals("disconnected CLOSED_BY_PLATFORM 1006", listener.lines.get(1));
    }

    @Test
    void closingDropsTheEventsThatWaitForTheirHandlers() {
        ManualExecutor executor = new ManualExecutor();
        GatewayClient client = client(GatewayPolicy.defaults(), executor);
        ScriptedSocket socket = connected(client);
        socket.push(message(1, "100", GENERAL, 8828375), message(2, "101", GENERAL, 8828375));

        client.close();
        executor.runAll();

        assertEquals(List.of(), delivered);
        assertEquals(0, client.queuedEvents());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    List<String> messageIds() {
        return delivered.stream().filter(e -> e instanceof MessagePosted).map(e -> ((MessagePosted) e).id().value()).toList();
    }

    static String message(long sequence, String id, String channel, long user) {
        return "{\"sequence\": " + sequence + ", \"type\": \"5\", \"timestamp\": 1732962002000, \"data\": {\"msg_id\": \"" + id
                + "\", \"msg\": \"hi\", \"msg_type\": 1, \"room_id\": \"" + ROOM + "\", \"channel_id\": \"" + channel
                + "\", \"channel_type\": 1, \"user_id\": " + user + ", \"nickname\": \"someone\", \"send_time\": 1732962001990}}";
    }

    /**
     * A message frame of exactly {@code bytes} UTF-8 bytes: its text pads it with characters of every UTF-8 length,
     * the ones at the edges of each length included (U+007F, U+0080, U+07FF, U+0800, a surrogate pair).
     */
    static String frameOfBytes(int bytes, String id) {
        String base = message(1, id, GENERAL, 8828375).replace("\"sequence\": 1, ", "");
        String wide = "\u007f\u0080\u07ff\u0800\u6c49\ud83d\ude00";
        int baseBytes = base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 2; // without "hi"
        int wideBytes = wide.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String text = wide + "x".repeat(bytes - baseBytes - wideBytes);
        String frame = base.replace("\"hi\"", "\"" + text + "\"");
        assertEquals(bytes, frame.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        return frame;
    }

    /** A message frame of exactly {@code bytes} UTF-8 bytes, padded with as many of {@code character} as fit. */
    static String frameOf(String character, int bytes, String id) {
        String base = message(1, id, GENERAL, 8828375).replace("\"sequence\": 1, ", "");
        int baseBytes = base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 2; // without "hi"
        int each = character.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int count = (bytes - baseBytes) / each;
        String text = character.repeat(count) + "x".repeat(bytes - baseBytes - count * each);
        String frame = base.replace("\"hi\"", "\"" + text + "\"");
        assertEquals(bytes, frame.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        return frame;
    }

    static String command(long sequence, String id) {
        return FrameDecoderTest.frame("50-command.json").replace("\"sequence\": 101", "\"sequence\": " + sequence)
                .replace("2026607597894049793", id);
    }

    static String membership(long sequence, long user, int state) {
        return "{\"sequence\": " + sequence + ", \"type\": \"3001\", \"timestamp\": 1732962005000, \"data\": {\"room_base_info\": "
                + "{\"room_id\": \"" + ROOM + "\"}, \"state\": " + state + ", \"user_info\": {\"user_id\": " + user + "}}}";
    }

    /** Runs handler tasks when the test says so. */
    static final class ManualExecutor implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
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

    static final class KeptFreshLog implements GatewayClient.KeptFresh {
        final List<String> lines = new ArrayList<>();

        @Override
        public void memberJoined(RoomId room, boolean self) {
            lines.add("joined " + room.value() + " self=" + self);
        }

        @Override
        public void memberLeft(RoomId room, boolean self) {
            lines.add("left " + room.value() + " self=" + self);
        }

        @Override
        public void reconnected() {
            lines.add("reconnected");
        }
    }
}
