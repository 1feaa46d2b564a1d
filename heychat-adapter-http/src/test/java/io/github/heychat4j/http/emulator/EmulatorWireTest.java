package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.http.CircuitBreakerPolicy;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operation classes against the emulator's wire faults: what was applied in the world, and how many
 * requests reached it.
 */
class EmulatorWireTest {
    private static final String JOINED = Endpoint.of(Operation.ROOMS_JOINED).path();
    private static final String SEND = Endpoint.of(Operation.MESSAGES_SEND).path();
    private static final String TOGGLE = Endpoint.of(Operation.VOICE_TOGGLE_MICROPHONE).path();
    private static final String VIEW = Endpoint.of(Operation.ROOMS_DETAILS).path();

    private TestWorld world;
    private HeychatEmulator emulator;
    private HeychatHttp http;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void start() {
        world = TestWorld.standard().build();
        world.fake().connectVoice(world.room("测试房间"), world.channel("开黑").channel(), world.user("alice"));
        emulator = HeychatEmulator.builder().world(world.fake()).token(EmulatorConnection.TOKEN, world.botId()).start();
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    private HeychatHttp client(UnaryOperator<HeychatHttp.Builder> tweak) {
        http = tweak.apply(HeychatHttp.builder().token(EmulatorConnection.TOKEN).bot(world.botId())
                        .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri()).sleeper(waits::add)
                        .listener(new HeychatListener() {
                            @Override
                            public void requestSent(Operation operation, int attempt) {
                                attempts.incrementAndGet();
                            }
                        }))
                .build();
        return http;
    }

    private HeychatHttp client() {
        return client(b -> b);
    }

    private ChannelRef text() {
        return world.channel("综合");
    }

    private ChannelRef voice() {
        return world.channel("开黑");
    }

    // ---- safe reads

    @Test
    void readsAreRetriedAfter503s() {
        emulator.faults().inject(JOINED, WireFault.status(503), 2);

        assertEquals(1, client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().size());

        assertEquals(3, emulator.requestCount(JOINED));
    }

    @Test
    void readsAreRetriedAfter429AndWaitWhatRetryAfterSays() {
        emulator.faults().inject(JOINED, WireFault.tooManyRequests(Duration.ofSeconds(2)));

        client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals(2, emulator.requestCount(JOINED));
    }

    @Test
    void readsAreRetriedAfterADroppedConnection() {
        emulator.faults().inject(JOINED, WireFault.dropConnection());

        assertEquals(1, client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().size());

        assertTrue(emulator.requestCount(JOINED) >= 2);
    }

    @Test
    void malformedJsonIsAProtocolFailureAndNotRetried() {
        emulator.faults().inject(JOINED, WireFault.malformedJson());

        assertThrows(HeychatProtocolException.class, () -> client().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(1, emulator.requestCount(JOINED));
    }

    // ---- de-duplicated writes

    @Test
    void aSendAppliedButLostIsResentWithTheSameAckIdAndPostedOnce() {
        emulator.faults().inject(SEND, WireFault.appliedButLost());

        SentMessage sent = client().messages().send(text(), MessageContent.text("只发一次"));

        assertEquals(Optional.empty(), sent.id(), "the platform said duplicate: the id of the first copy is unknown");
        assertEquals(2, emulator.requestCount(SEND));
        assertEquals(1, world.fake().messages(text().channel()).size());
        assertEquals(sent.ackId(), world.fake().messages(text().channel()).get(0).ackId());
    }

    @Test
    void aSendRetriedAfter503IsPostedOnceWithItsId() {
        emulator.faults().inject(SEND, WireFault.status(503));

        SentMessage sent = client().messages().send(text(), MessageContent.text("再试一次"));

        assertEquals(world.fake().messages(text().channel()).get(0).id(), sent.id().orElseThrow());
        assertEquals(1, world.fake().messages(text().channel()).size());
    }

    // ---- non-idempotent writes

    @Test
    void aToggleAppliedButLostIsAmbiguousAfterExactlyOneRequest() {
        emulator.faults().inject(TOGGLE, WireFault.appliedButLost());

        assertThrows(AmbiguousOutcomeException.class, () -> client().voice().toggleMicrophone(voice(), world.user("alice")));

        assertEquals(1, emulator.requestCount(TOGGLE));
        assertTrue(world.fake().isMicrophoneMutedIn(voice().channel(), world.user("alice")), "it was applied, once");
    }

    @Test
    void aToggleThatCannotConnectIsRetriedBecauseNothingLeft() {
        var closed = emulator.baseUri();
        emulator.close();
        client(b -> b.baseUri(closed).retry(RetryPolicy.defaults().withMaxAttempts(3)));

        assertThrows(UnavailableException.class, () -> http.voice().toggleMicrophone(voice(), world.user("alice")));

        assertEquals(3, attempts.get());
        assertEquals(2, waits.size());
    }

    // ---- breaker and limiter

    @Test
    void theBreakerOpensAndThenFailsFastWithoutRequests() {
        emulator.faults().inject(JOINED, WireFault.status(500), 10);
        client(b -> b.retry(RetryPolicy.none()).circuitBreaker(CircuitBreakerPolicy.defaults().withMinimumCalls(2).withWindowSize(2)));
        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        for (int i = 0; i < 5; i++) {
            assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        }
        assertThrows(UnavailableException.class, () -> http.messages().send(text(), MessageContent.text("也不发")));

        assertEquals(2, emulator.requestCount(JOINED));
        assertEquals(0, emulator.requestCount(SEND));
    }

    @Test
    void aSmallLocalBudgetEndsInRateLimitedWithoutRequests() {
        client(b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(60).withMaxWait(Duration.ZERO)));
        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
        http.voice().usersIn(voice());

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertTrue(e.retryAfter().isPresent());
        assertEquals(2, emulator.requests().size());
    }

    // ---- caches

    @Test
    void concurrentMissesMakeOneRequestAndWritesInvalidate() throws Exception {
        emulator.faults().inject(VIEW, WireFault.latency(Duration.ofMillis(300)));
        client();
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<RoomDetails>> results = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return http.rooms().details(world.room("测试房间"));
                }));
            }
            go.countDown();
            for (Future<RoomDetails> result : results) {
                assertEquals(results.get(0).get(10, TimeUnit.SECONDS), result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, emulator.requestCount(VIEW));

        http.channels().rename(text(), "闲聊");
        RoomDetails after = http.rooms().details(world.room("测试房间"));

        assertEquals(2, emulator.requestCount(VIEW));
        assertTrue(after.channelNamed("闲聊").isPresent());
    }

    // ---- authentication

    @Test
    void aWrongTokenIsAnAuthenticationFailureThatDoesNotEchoTheToken() {
        String wrong = "not-the-token-the-emulator-knows";
        client(b -> b.token(wrong));

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertFalse(e.getMessage().contains(wrong), e.getMessage());
        assertEquals(1, emulator.requestCount(JOINED));
        assertTrue(emulator.requests().stream().noneMatch(r -> r.toString().contains(wrong) || r.toString().contains(EmulatorConnection.TOKEN)));
    }
}
