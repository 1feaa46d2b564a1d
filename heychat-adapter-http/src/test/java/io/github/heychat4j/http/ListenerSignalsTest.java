package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The signals metrics are made of: one {@link CallCompleted} per call with its outcome, attempts and duration on the
 * client's ticker, bulkhead refusals, several listeners, and the states health checks read.
 */
class ListenerSignalsTest {
    static final String JOINED = Endpoint.of(Operation.ROOMS_JOINED).path();

    private RecordingServer server;
    private final AtomicLong ticker = new AtomicLong();
    private final List<CallCompleted> calls = new CopyOnWriteArrayList<>();
    private final List<Operation> bulkheadRefusals = new CopyOnWriteArrayList<>();
    private final HeychatListener recorder = new HeychatListener() {
        @Override
        public void callCompleted(CallCompleted call) {
            calls.add(call);
        }

        @Override
        public void bulkheadFull(Operation operation) {
            bulkheadRefusals.add(operation);
        }
    };
    private HeychatHttp http;

    @BeforeEach
    void start() {
        server = RecordingServer.start();
        server.answer(JOINED, Answer.golden("17-room-joined.flat.json"));
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        server.close();
    }

    private HeychatHttp client(UnaryOperator<HeychatHttp.Builder> tweak) {
        http = tweak.apply(HeychatHttp.builder().token("signals-token").bot(UserId.of(2398561)).baseUri(server.uri())
                        .listener(recorder).ticker(ticker::get).sleeper(d -> ticker.addAndGet(d.toNanos())))
                .build();
        return http;
    }

    @Test
    void aCallRetriedTwiceIsOneCompletionWithThreeAttemptsAndItsWholeDuration() {
        server.enqueue(JOINED, Answer.status(503), Answer.status(503));
        client(b -> b.retry(RetryPolicy.defaults().withJitter(0)));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(1, calls.size());
        CallCompleted call = calls.get(0);
        assertEquals(Operation.ROOMS_JOINED, call.operation());
        assertTrue(call.succeeded());
        assertEquals(Optional.empty(), call.errorType());
        assertEquals(3, call.attempts());
        // the two backoff waits (500 ms, 1 s) are all the ticker moved
        assertEquals(Duration.ofMillis(1500), call.duration());
    }

    @Test
    void aRefusedCallCompletesWithTheExceptionItsCallerGets() {
        server.answer(JOINED, Answer.failed("权限不足"));
        client(b -> b);

        PermissionDeniedException thrown = assertThrows(PermissionDeniedException.class,
                () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(1, calls.size());
        assertFalse(calls.get(0).succeeded());
        assertEquals(Optional.of(PermissionDeniedException.class), calls.get(0).errorType());
        assertEquals(thrown, calls.get(0).error().orElseThrow());
        assertEquals(1, calls.get(0).attempts());
    }

    @Test
    void aCallRefusedByTheOpenCircuitSentNothing() {
        server.answer(JOINED, Answer.status(500));
        client(b -> b.retry(RetryPolicy.none())
                .circuitBreaker(CircuitBreakerPolicy.defaults().withWindowSize(5).withMinimumCalls(5)));
        for (int i = 0; i < 5; i++) {
            assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        }
        assertEquals(Map.of("rest", CircuitState.OPEN, "upload", CircuitState.CLOSED), http.circuitStates());

        assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

        assertEquals(List.of(1, 1, 1, 1, 1, 0), calls.stream().map(CallCompleted::attempts).toList());
    }

    @Test
    void theCircuitStatesAreListedByNameAndAreEmptyWithoutABreaker() {
        assertEquals(List.of("rest", "upload"), List.copyOf(client(b -> b).circuitStates().keySet()));
        assertEquals(Map.of("rest", CircuitState.CLOSED, "upload", CircuitState.CLOSED), http.circuitStates());
        http.close();

        assertEquals(Map.of(), client(b -> b.circuitBreaker(CircuitBreakerPolicy.disabled())).circuitStates());
    }

    @Test
    void aFullBulkheadIsReported() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        server.enqueue(JOINED, Answer.golden("17-room-joined.flat.json").heldUntil(open, arrived));
        client(b -> b.retry(RetryPolicy.none()).bulkhead(BulkheadPolicy.defaults().withMaxConcurrentCalls(1).withMaxWait(Duration.ZERO)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
            assertTrue(arrived.await(10, TimeUnit.SECONDS));

            assertThrows(UnavailableException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));

            assertEquals(List.of(Operation.ROOMS_JOINED), bulkheadRefusals);
            open.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            open.countDown();
            pool.shutdownNow();
        }
        assertEquals(List.of(0, 1), calls.stream().map(CallCompleted::attempts).toList(),
                "the refused call first, then the held one");
    }

    @Test
    void addedListenersEachHearEverySignalAndOneThatThrowsDoesNotSilenceTheNext() {
        List<Operation> second = new CopyOnWriteArrayList<>();
        client(b -> b.addListener(new HeychatListener() {
            @Override
            public void callCompleted(CallCompleted call) {
                throw new IllegalStateException("listener bug");
            }
        }).addListener(new HeychatListener() {
            @Override
            public void callCompleted(CallCompleted call) {
                second.add(call.operation());
            }
        }));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(1, calls.size(), "listener(..) set first, addListener(..) keeps it");
        assertEquals(List.of(Operation.ROOMS_JOINED), second);
    }

    @Test
    void listenerReplacesTheListenersAddedBefore() {
        List<Operation> added = new CopyOnWriteArrayList<>();
        client(b -> b.addListener(new HeychatListener() {
            @Override
            public void callCompleted(CallCompleted call) {
                added.add(call.operation());
            }
        }).listener(recorder));

        http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(), added);
        assertEquals(1, calls.size());
    }

    @Test
    void theGatewayStateIsNotStartedUntilStartedAndStoppedAfterClose() {
        client(b -> b);
        assertEquals(GatewayState.NOT_STARTED, http.events().state());

        http.close();

        assertEquals(GatewayState.STOPPED, http.events().state());
    }

    @Test
    void aCompletionRefusesNegativeCountsAndNullsNamingTheField() {
        IllegalArgumentException attempts = assertThrows(IllegalArgumentException.class,
                () -> new CallCompleted(Operation.ROOMS_KICK, Optional.empty(), -1, Duration.ZERO));
        assertTrue(attempts.getMessage().startsWith("attempts:"), attempts.getMessage());
        IllegalArgumentException operation = assertThrows(IllegalArgumentException.class,
                () -> new CallCompleted(null, Optional.empty(), 1, Duration.ZERO));
        assertTrue(operation.getMessage().startsWith("operation:"), operation.getMessage());
    }
}
