package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.http.internal.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each operation class behaves as the table says, against a scripted loopback server. Waits are recorded
 * by the sleeper, never slept.
 */
class ResilienceTest {
    static final UserId BOT = UserId.of(2398561);
    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    static final ChannelRef VOICE = ChannelRef.voice(ROOM, ChannelId.of("3377790315296464896"));
    static final String JOINED = Endpoint.of(Operation.ROOMS_JOINED).path();
    static final String SEND = Endpoint.of(Operation.MESSAGES_SEND).path();
    static final String TOGGLE = Endpoint.of(Operation.VOICE_TOGGLE_MICROPHONE).path();

    private RecordingServer server;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicLong ticker = new AtomicLong();
    private final RecordingListener listener = new RecordingListener();
    private HeychatHttp http;

    @BeforeEach
    void start() {
        server = goldenServer();
    }

    /** A scripted server whose joined rooms, channel message and microphone toggle answer their golden samples. */
    static RecordingServer goldenServer() {
        return RecordingServer.start()
                .answer(JOINED, Answer.golden("17-room-joined.flat.json"))
                .answer(SEND, Answer.golden("01-channel-msg-send.json"))
                .answer(TOGGLE, Answer.golden("27-channel-mute-user.json"));
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        server.close();
    }

    /** A client whose waits advance the ticker instead of sleeping. */
    private HeychatHttp client(UnaryOperator<HeychatHttp.Builder> tweak) {
        http = tweak.apply(HeychatHttp.builder().token("resilience-token").bot(BOT).baseUri(server.uri())
                        .uploadUri(server.uri()).listener(listener).ticker(ticker::get)
                        .sleeper(d -> {
                            waits.add(d);
                            ticker.addAndGet(d.toNanos());
                        }))
                .build();
        return http;
    }

    private HeychatHttp client() {
        return client(b -> b);
    }

    // ---- safe reads

    @Test
    void aReadIsRetriedAfter503sAndThenSucceeds() {
        server.enqueue(JOINED, Answer.status(503), Answer.status(503));

        List<Room> rooms = client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items();

        assertEquals(2, rooms.size());
        assertEquals(3, server.count(JOINED));
        assertEquals(2, waits.size());
        assertEquals(List.of("retrying ROOMS_JOINED #2 after UnavailableException", "retrying ROOMS_JOINED #3 after UnavailableException"),
                listener.starting("retrying"));
    }

    @Test
    void backoffGrowsExponentiallyWithinTheJitterBounds() {
        server.enqueue(JOINED, Answer.status(500), Answer.status(500), Answer.status(500));
        client(b -> b.retry(RetryPolicy.defaults().withMaxAttempts(4).withJitter(0.5)));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(3, waits.size());
        for (int i = 0; i < 3; i++) {
            long base = 500L << i;
            long ms = waits.get(i).toMillis();
            assertTrue(ms >= base / 2 && ms <= base * 3 / 2, "wait " + i + " was " + ms + " ms");
        }
    }

    @Test
    void aReadWaitsExactlyAsLongAsRetryAfterSays() {
        server.enqueue(JOINED, Answer.status(429).withHeader("Retry-After", "7"));

        client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(List.of("rate limited ROOMS_JOINED by the platform PT7S"), listener.starting("rate limited"));
    }

    @Test
    void aRetryAfterLongerThanTheAllowedWaitFailsAtOnceWithTheWait() {
        server.enqueue(JOINED, Answer.status(429).withHeader("Retry-After", "120"));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
        assertEquals(1, server.count(JOINED));
        assertTrue(waits.isEmpty());
    }

    @Test
    void aReadIsRetriedAfterADroppedConnection() {
        server.enqueue(JOINED, Answer.dropped());

        assertEquals(2, client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().size());

        assertTrue(server.count(JOINED) >= 2);
    }

    @Test
    void aReadThatKeepsFailingEndsUnavailable() {
        server.answer(JOINED, Answer.status(502));

        assertThrows(UnavailableException.class, () -> client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(3, server.count(JOINED));
    }

    @Test
    void refusalsAreAnswersAndNeverRetried() {
        server.answer(JOINED, Answer.failed("权限不足"));

        assertThrows(PermissionDeniedException.class,
                () -> client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(1, server.count(JOINED));
    }

    @Test
    void malformedJsonIsAProtocolFailureAndNotRetried() {
        server.answer(JOINED, Answer.json(200, "{\"status\":\"ok\",\"result\":{\"rooms\":[{\"room_id\""));

        assertThrows(HeychatProtocolException.class,
                () -> client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(1, server.count(JOINED));
    }

    // ---- de-duplicated writes

    @Test
    void aSendWhoseAnswerGotLostIsResentWithTheSameAckIdAndADuplicateMeansSuccess() {
        server.enqueue(SEND, Answer.dropped(), Answer.failed("消息已发送，请勿重复发送"));

        SentMessage sent = client().messages().send(TEXT, MessageContent.text("hi"));

        assertEquals(Optional.empty(), sent.id());
        List<RecordingServer.Recorded> requests = server.requests(SEND);
        assertEquals(2, requests.size());
        String first = Json.parse(requests.get(0).body(), "1").get("heychat_ack_id").stringValue();
        String second = Json.parse(requests.get(1).body(), "2").get("heychat_ack_id").stringValue();
        assertEquals(first, second);
        assertEquals(first, sent.ackId().value());
    }

    @Test
    void aDuplicateOnTheFirstAttemptIsARejection() {
        server.enqueue(SEND, Answer.failed("消息已发送，请勿重复发送"));

        RejectedException e = assertThrows(RejectedException.class, () -> client().messages().send(TEXT, MessageContent.text("hi")));

        assertEquals(RejectedException.Reason.DUPLICATE_SUBMISSION, e.reason());
        assertEquals(1, server.count(SEND));
    }

    @Test
    void aSendRetriedAfter503sGetsItsId() {
        server.enqueue(SEND, Answer.status(503));

        SentMessage sent = client().messages().send(TEXT, MessageContent.text("hi"));

        assertEquals(Optional.of(MessageId.of("2026607597894049792")), sent.id());
        assertEquals(2, server.count(SEND));
    }

    @Test
    void aSendThatNeverGetsAnAnswerIsAmbiguousAndSaysWhichAckIdIsSafeToReuse() {
        server.answer(SEND, Answer.dropped());

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> client().messages().send(TEXT, MessageContent.text("hi")));

        String ackId = Json.parse(server.last(SEND).body(), "b").get("heychat_ack_id").stringValue();
        assertTrue(e.getMessage().contains("heychat_ack_id \"" + ackId + "\""), e.getMessage());
        assertEquals(3, server.count(SEND));
    }

    @Test
    void retriesOfASendStopBeforeTheDeduplicationWindowCloses() {
        server.enqueue(SEND, Answer.dropped(), Answer.status(429).withHeader("Retry-After", "30"),
                Answer.status(429).withHeader("Retry-After", "30"));
        client(b -> b.retry(RetryPolicy.defaults().withMaxAttempts(10)));

        assertThrows(AmbiguousOutcomeException.class, () -> http.messages().send(TEXT, MessageContent.text("hi")));

        // t=0 lost, t~0 429 (retry at 30 s is inside the window), t=30 s 429 (a retry at 60 s would not be)
        assertEquals(3, server.count(SEND));
    }

    @Test
    void aDirectMessageWhoseAnswerGotLostIsResentWithTheSameAckId() {
        String dm = Endpoint.of(Operation.MESSAGES_SEND_DIRECT).path();
        server.enqueue(dm, Answer.dropped(), Answer.failed("消息已发送，请勿重复发送"));

        SentMessage sent = client().messages().sendDirect(UserId.of(8828375), MessageContent.text("hi"));

        assertEquals(Optional.empty(), sent.id());
        assertEquals(2, server.count(dm));
    }

    @Test
    void aRoleCreateConfirmedAsDuplicateIsFoundInTheRoleList() {
        String create = Endpoint.of(Operation.ROLES_CREATE).path();
        server.enqueue(create, Answer.dropped(), Answer.failed("请勿重复提交"));
        server.answer(Endpoint.of(Operation.ROLES_LIST).path(), Answer.golden("07-role-list.json"));

        var role = client().roles().create(ROOM, RoleDraft.named("录音管理"));

        assertEquals("3581310465983111170", role.id().value());
        assertEquals(2, server.count(create));
        assertEquals(Json.parse(server.requests(create).get(0).body(), "1").get("nonce"),
                Json.parse(server.requests(create).get(1).body(), "2").get("nonce"));
    }

    @Test
    void aRefusalOfAResentMessageThatProvesNothingIsAmbiguousNotSuccess() {
        server.enqueue(SEND, Answer.dropped(), Answer.failed("包含违禁词"));

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> client().messages().send(TEXT, MessageContent.text("hi")));

        assertEquals(RejectedException.Reason.CONTENT_BLOCKED, ((RejectedException) e.getCause()).reason());
        assertEquals(2, server.count(SEND));
    }

    // ---- idempotent writes

    @Test
    void aDeleteWhoseAnswerGotLostIsDoneWhenTheRetryFindsNothing() {
        String delete = Endpoint.of(Operation.MESSAGES_DELETE).path();
        server.enqueue(delete, Answer.dropped(), Answer.failed("消息不存在"));

        client().messages().delete(TEXT, MessageId.of("2026607597894049792"));

        assertEquals(2, server.count(delete));
    }

    @Test
    void aDeleteWhoseRetryIsDeniedIsAmbiguousNotDone() {
        String delete = Endpoint.of(Operation.MESSAGES_DELETE).path();
        server.enqueue(delete, Answer.dropped(), Answer.failed("权限不足"));

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> client().messages().delete(TEXT, MessageId.of("2026607597894049792")));

        assertTrue(e.getCause() instanceof PermissionDeniedException, String.valueOf(e.getCause()));
        assertEquals(2, server.count(delete));
    }

    @Test
    void aDeleteOfSomethingMissingIsNotFound() {
        server.enqueue(Endpoint.of(Operation.MESSAGES_DELETE).path(), Answer.failed("消息不存在"));

        assertThrows(NotFoundException.class, () -> client().messages().delete(TEXT, MessageId.of("2026607597894049792")));
    }

    // ---- non-idempotent writes

    @Test
    void aToggleWhoseConnectionDroppedIsAmbiguousAfterExactlyOneRequest() {
        server.enqueue(TOGGLE, Answer.dropped());

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> client().voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertEquals(1, server.count(TOGGLE));
        assertTrue(e.getMessage().startsWith("POST " + TOGGLE + " may or may not have been applied"), e.getMessage());
    }

    @Test
    void aToggleAnswered503IsAmbiguousAndNotRetried() {
        server.enqueue(TOGGLE, Answer.status(503));

        assertThrows(AmbiguousOutcomeException.class, () -> client().voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertEquals(1, server.count(TOGGLE));
    }

    @Test
    void aToggleTooSlowToAnswerIsAmbiguous() {
        // the platform applies the toggle and answers, but the answer is too late: the exchange gives the JDK's own
        // request-timeout exception after the request went out, with no timer involved
        server.enqueue(TOGGLE, Answer.golden("27-channel-mute-user.json"));
        client(b -> b.exchange(sent -> request -> {
            sent.send(request);
            throw new HttpTimeoutException("request timed out");
        }));

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertEquals(1, server.count(TOGGLE), "a toggle whose answer was late is not sent again");
        assertTrue(e.getMessage().contains("no answer within"), e.getMessage());
        assertTrue(e.getMessage().contains("not safe to repeat"), e.getMessage());
    }

    @Test
    void aToggleRateLimitedByThePlatformIsRateLimitedNotAmbiguous() {
        server.enqueue(TOGGLE, Answer.status(429));

        assertThrows(RateLimitedException.class, () -> client().voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertEquals(1, server.count(TOGGLE));
    }

    @Test
    void aToggleThatCouldNotConnectIsRetriedBecauseNothingLeft() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        client(b -> b.baseUri("http://127.0.0.1:" + closedPort));

        UnavailableException e = assertThrows(UnavailableException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertEquals(List.of("sent VOICE_TOGGLE_MICROPHONE #1", "sent VOICE_TOGGLE_MICROPHONE #2", "sent VOICE_TOGGLE_MICROPHONE #3"),
                listener.starting("sent"));
        assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
    }

    // ---- circuit breaker

    @Test
    void theBreakerOpensAfterAFewFailuresAndThenFailsFastWithoutSending() {
        server.answer(JOINED, Answer.status(503));
        client(b -> b.retry(RetryPolicy.none()).circuitBreaker(CircuitBreakerPolicy.defaults().withMinimumCalls(2).withWindowSize(2)));
        var page = RoomGateway.JOINED_ROOMS.first(50);
        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(page));
        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(page));

        UnavailableException e = assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(page));

        assertEquals(2, server.count(JOINED));
        assertTrue(e.getMessage().contains("circuit breaker rest is open"), e.getMessage());
        assertEquals(List.of("circuit rest CLOSED -> OPEN"), listener.starting("circuit"));
    }

    @Test
    void anOpenBreakerIsNotRetried() {
        server.answer(JOINED, Answer.status(503));
        client(b -> b.circuitBreaker(CircuitBreakerPolicy.defaults().withMinimumCalls(2).withWindowSize(2)));

        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        // attempts 1 and 2 fail and open the breaker: the call ends there, without waiting for a third
        assertEquals(2, server.count(JOINED));
        assertEquals(1, waits.size());
    }

    @Test
    void refusalsDoNotOpenTheBreaker() {
        server.answer(JOINED, Answer.failed("权限不足"));
        client(b -> b.circuitBreaker(CircuitBreakerPolicy.defaults().withMinimumCalls(2).withWindowSize(2)));

        for (int i = 0; i < 5; i++) {
            assertThrows(PermissionDeniedException.class,
                    () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        }

        assertEquals(5, server.count(JOINED));
        assertTrue(listener.starting("circuit").isEmpty());
    }

    // ---- local limits

    @Test
    void aSpentLocalBudgetFailsWithRateLimitedWithoutSending() {
        // 60 a minute: a burst of 2 (a thirtieth), then one turn a little more than a second apart
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(60).withMaxWait(Duration.ZERO)));
        var page = RoomGateway.JOINED_ROOMS.first(50);
        http.rooms().joinedRooms(page);
        http.rooms().joinedRooms(page);

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> http.rooms().joinedRooms(page));

        assertEquals(2, server.count(JOINED));
        assertTrue(e.retryAfter().isPresent());
        assertTrue(e.getMessage().startsWith("local requests budget spent"), e.getMessage());
        assertFalse(listener.starting("rate limited ROOMS_JOINED locally").isEmpty());
    }

    @Test
    void directMessagesHaveTheirOwnSmallerBudget() {
        String dm = Endpoint.of(Operation.MESSAGES_SEND_DIRECT).path();
        server.answer(dm, Answer.golden("05-user-msg-send.json"));
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withDirectMessagesPerMinute(1).withMaxWait(Duration.ZERO)));
        http.messages().sendDirect(UserId.of(8828375), MessageContent.text("1"));

        assertThrows(RateLimitedException.class, () -> http.messages().sendDirect(UserId.of(8828375), MessageContent.text("2")));
        http.messages().send(TEXT, MessageContent.text("channel messages are not limited by it"));

        assertEquals(1, server.count(dm));
    }

    @Test
    void theLocalBudgetHoldsInEverySlidingMinuteOfTheClientsClock() {
        List<Long> sentAt = new CopyOnWriteArrayList<>();
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(30).withMaxWait(Duration.ofMinutes(5)))
                .listener(new HeychatListener() {
                    @Override
                    public void requestSent(Operation operation, int attempt) {
                        sentAt.add(ticker.get());
                    }
                }));
        var page = RoomGateway.JOINED_ROOMS.first(50);

        for (int i = 0; i < 90; i++) {
            http.rooms().joinedRooms(page);
        }

        assertEquals(90, sentAt.size());
        // the calls go one after another, so the times rise: count each window from a send to a minute later
        int busiest = 0;
        for (int first = 0; first < sentAt.size(); first++) {
            long windowEnd = sentAt.get(first) + Duration.ofMinutes(1).toNanos();
            busiest = Math.max(busiest, (int) sentAt.subList(first, sentAt.size()).stream().filter(t -> t <= windowEnd).count());
        }
        assertTrue(busiest <= 30, "busiest sliding minute: " + busiest);
    }

    @Test
    void theBudgetsComeFromTheConfiguredSourceOncePerLimitWithTheBotAndTheLimit() {
        List<BudgetSpec> asked = new CopyOnWriteArrayList<>();
        List<Duration> maxWaits = new CopyOnWriteArrayList<>();
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(120).withDirectMessagesPerMinute(7)
                        .withMaxWait(Duration.ofSeconds(3)))
                .requestBudgets(spec -> {
                    asked.add(spec);
                    return maxWait -> {
                        maxWaits.add(maxWait);
                        return new RequestBudget.Turn(true, Duration.ofMillis(40));
                    };
                }));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(BudgetKind.REQUESTS, BudgetKind.DIRECT_MESSAGES), asked.stream().map(BudgetSpec::kind).toList());
        assertEquals(List.of(120, 7), asked.stream().map(BudgetSpec::perMinute).toList());
        assertTrue(asked.stream().allMatch(spec -> spec.bot().equals(BOT)));
        assertEquals(List.of(Duration.ofSeconds(3)), maxWaits, "one turn of the requests budget, none of the DM budget");
        assertEquals(List.of(Duration.ofMillis(40)), waits, "the client waits the granted delay through its sleeper");
        assertEquals(1, server.count(JOINED));
    }

    @Test
    void aBudgetThatCannotBeConsultedFailsTheCallAsUnavailableWithoutSendingOrRetrying() {
        client(b -> b.requestBudgets(spec -> maxWait -> {
            throw new UnavailableException("shared store unreachable");
        }));

        UnavailableException e = assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(0, server.count(JOINED));
        assertTrue(e.getMessage().contains("the requests budget is unavailable (shared store unreachable)"), e.getMessage());
        assertTrue(e.getMessage().contains("was not sent"), e.getMessage());
    }

    @Test
    void noBudgetIsAskedForWhenRateLimitsAreDisabled() {
        List<BudgetSpec> asked = new CopyOnWriteArrayList<>();
        client(b -> b.rateLimits(RateLimitPolicy.disabled()).requestBudgets(spec -> {
            asked.add(spec);
            return maxWait -> new RequestBudget.Turn(false, Duration.ofMinutes(1));
        }));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(), asked);
    }

    @Test
    void aCallWaitsForItsTurnWhenTheWaitIsShortEnough() {
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(1).withMaxWait(Duration.ofMinutes(2))));
        var page = RoomGateway.JOINED_ROOMS.first(50);
        http.rooms().joinedRooms(page);

        http.rooms().joinedRooms(page);

        // one a minute in every sliding minute, both ends included: the second goes just after the minute
        assertEquals(List.of(Duration.ofMinutes(1).plusNanos(1)), waits);
    }

    @Test
    void aFullBulkheadFailsWithoutSending() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        server.enqueue(JOINED, Answer.golden("17-room-joined.flat.json").heldUntil(open, arrived));
        client(b -> b.retry(RetryPolicy.none()).bulkhead(BulkheadPolicy.defaults().withMaxConcurrentCalls(1).withMaxWait(Duration.ZERO)));
        var page = RoomGateway.JOINED_ROOMS.first(50);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> http.rooms().joinedRooms(page));
            assertTrue(arrived.await(10, TimeUnit.SECONDS));

            UnavailableException e = assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(page));

            assertTrue(e.getMessage().startsWith("too many requests in flight"), e.getMessage());
            open.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            open.countDown();
            pool.shutdownNow();
        }
        assertEquals(1, server.count(JOINED));
    }

    @Test
    void theBulkheadGivesItsSlotBackAfterEveryCallThatSucceededOrFailed() {
        server.enqueue(JOINED, Answer.status(503), Answer.failed("权限不足"));
        client(b -> b.retry(RetryPolicy.none()).bulkhead(BulkheadPolicy.defaults().withMaxConcurrentCalls(1).withMaxWait(Duration.ZERO)));
        var page = RoomGateway.JOINED_ROOMS.first(50);

        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(page));
        assertThrows(PermissionDeniedException.class, () -> http.rooms().joinedRooms(page));
        for (int i = 0; i < 3; i++) {
            assertEquals(2, http.rooms().joinedRooms(page).items().size());
        }

        assertEquals(5, server.count(JOINED));
    }

    // ---- lifecycle and listener

    @Test
    void aThrowingListenerDoesNotBreakCalls() {
        client(b -> b.listener(new HeychatListener() {
            @Override
            public void requestSent(Operation operation, int attempt) {
                throw new IllegalStateException("listener bug");
            }
        }));

        assertEquals(2, http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().size());
    }

    @Test
    void aClosedClientRefusesCalls() {
        client().close();

        assertThrows(IllegalStateException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        assertEquals(0, server.count(JOINED));
    }

    @Test
    void badInputFailsBeforeAnyRequest() {
        client();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(51)));
        assertThrows(IllegalArgumentException.class, () -> http.messages().send(null, MessageContent.text("x")));
        assertThrows(IllegalArgumentException.class, () -> http.channels().rename(TEXT, " "));

        assertEquals("limit: at most 50 for joined rooms, got 51", e.getMessage());
        assertTrue(server.requests().isEmpty());
    }
}
