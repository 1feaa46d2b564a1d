package io.github.heychat4j.http;

import static io.github.heychat4j.http.ResilienceTest.BOT;
import static io.github.heychat4j.http.ResilienceTest.JOINED;
import static io.github.heychat4j.http.ResilienceTest.SEND;
import static io.github.heychat4j.http.ResilienceTest.TEXT;
import static io.github.heychat4j.http.ResilienceTest.TOGGLE;
import static io.github.heychat4j.http.ResilienceTest.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.PlatformTexts;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.http.internal.Transport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each way an exchange can fail means for the caller, decided by the client's one exchange seam
 * ({@code HeychatHttp.Builder.exchange}) instead of by real sockets and timers: a connection never made, an
 * answer too late, a connection lost after sending; and the builder's settings that reach the wire.
 */
class ExchangeOutcomesTest {
    private RecordingServer server;
    private final RecordingListener listener = new RecordingListener();
    private final AtomicLong ticker = new AtomicLong(Duration.ofHours(1).toNanos());
    private final List<HeychatHttp> clients = new ArrayList<>();

    /** How one attempt's exchange goes. */
    private interface Script {
        Transport.Response exchange(int attempt, Transport.Exchange real, java.net.http.HttpRequest request)
                throws IOException, InterruptedException;
    }

    @BeforeEach
    void start() {
        server = ResilienceTest.goldenServer();
        server.answer(Endpoint.of(Operation.MESSAGES_SEND_DIRECT).path(), Answer.golden("05-user-msg-send.json"));
    }

    @AfterEach
    void stop() {
        clients.forEach(HeychatHttp::close);
        server.close();
    }

    private HeychatHttp client(Script script, UnaryOperator<HeychatHttp.Builder> tweak) {
        AtomicInteger attempts = new AtomicInteger();
        HeychatHttp http = tweak.apply(HeychatHttp.builder().token("exchange-outcomes-token").bot(BOT).baseUri(server.uri())
                        .uploadUri(server.uri()).listener(listener).ticker(ticker::get)
                        .sleeper(d -> ticker.addAndGet(d.toNanos()))
                        .exchange(real -> request -> script.exchange(attempts.incrementAndGet(), real, request)))
                .build();
        clients.add(http);
        return http;
    }

    private HeychatHttp client(Script script) {
        return client(script, b -> b);
    }

    @Test
    void aConnectionNeverMadeIsTriedAgainEvenForAToggleBecauseNothingLeft() {
        for (IOException refused : List.of(new ConnectException("Connection refused"),
                new HttpConnectTimeoutException("HTTP connect timed out"))) {
            listener.events.clear();
            HeychatHttp http = client((attempt, real, request) -> {
                throw refused;
            });

            UnavailableException e = assertThrows(UnavailableException.class,
                    () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));

            assertTrue(e.getMessage().contains("could not connect (nothing was sent)"), e.getMessage());
            assertEquals(List.of("sent VOICE_TOGGLE_MICROPHONE #1", "sent VOICE_TOGGLE_MICROPHONE #2",
                    "sent VOICE_TOGGLE_MICROPHONE #3"), listener.starting("sent"), refused.toString());
            assertEquals(0, server.count(TOGGLE));
        }
    }

    @Test
    void aToggleWhoseConnectionWasLostAfterSendingIsAmbiguousAndNotSentAgain() {
        HeychatHttp http = client((attempt, real, request) -> {
            real.send(request);
            throw new IOException("Connection reset");
        });

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertTrue(e.getMessage().contains("the connection failed before an answer came"), e.getMessage());
        assertEquals(1, server.count(TOGGLE));
    }

    @Test
    void aLateAnswerNamesTheTimeoutOfItsHost() {
        HeychatHttp http = client((attempt, real, request) -> {
            real.send(request);
            throw new HttpTimeoutException("request timed out");
        }, b -> b.requestTimeout(Duration.ofSeconds(7)).uploadTimeout(Duration.ofSeconds(90)));

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));

        assertTrue(e.getMessage().contains("no answer within PT7S"), e.getMessage());
    }

    @Test
    void aReadThatTimedOutIsAskedAgainAndItsAnswerServes() {
        HeychatHttp http = client((attempt, real, request) -> {
            Transport.Response answer = real.send(request);
            if (attempt == 1) {
                throw new HttpTimeoutException("request timed out");
            }
            return answer;
        });

        assertFalse(http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().isEmpty());
        assertEquals(List.of("retrying ROOMS_JOINED #2 after UnavailableException"), listener.starting("retrying"));
    }

    @Test
    void aDuplicateRefusalProvesNothingWhenTheEarlierAttemptNeverLeft() {
        server.enqueue(SEND, Answer.failed(PlatformTexts.DUPLICATE_SUBMISSION));
        HeychatHttp http = client((attempt, real, request) -> {
            if (attempt == 1) {
                throw new ConnectException("Connection refused");
            }
            return real.send(request);
        });

        RejectedException e = assertThrows(RejectedException.class, () -> http.messages().send(TEXT, MessageContent.text("hi")));

        assertEquals(RejectedException.Reason.DUPLICATE_SUBMISSION, e.reason());
        assertEquals(1, server.count(SEND));
    }

    @Test
    void aDuplicateRefusalAfterALostAttemptIsTheEarlierAttemptsSuccess() {
        server.enqueue(SEND, Answer.golden("01-channel-msg-send.json"), Answer.failed(PlatformTexts.DUPLICATE_SUBMISSION));
        HeychatHttp http = client((attempt, real, request) -> {
            Transport.Response answer = real.send(request);
            if (attempt == 1) {
                throw new IOException("Connection reset");
            }
            return answer;
        });

        http.messages().send(TEXT, MessageContent.text("hi"));

        assertEquals(2, server.count(SEND));
    }

    @Test
    void aCallsDurationIsMeasuredOnTheClientsTicker() {
        List<CallCompleted> completed = new ArrayList<>();
        HeychatHttp http = client((attempt, real, request) -> {
            ticker.addAndGet(Duration.ofMillis(1500).toNanos());
            return real.send(request);
        }, b -> b.addListener(new HeychatListener() {
            @Override
            public void callCompleted(CallCompleted call) {
                completed.add(call);
            }
        }));

        http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(1, completed.size());
        assertEquals(Duration.ofMillis(1500), completed.get(0).duration());
        assertEquals(Optional.empty(), completed.get(0).error());
        assertEquals(1, completed.get(0).attempts());
    }

    @Test
    void anInterruptWhileWaitingForTheLocalBudgetSendsNothingAndKeepsTheInterrupt() {
        HeychatHttp http = client((attempt, real, request) -> real.send(request),
                b -> b.rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(1).withMaxWait(Duration.ofMinutes(5))).sleeper(d -> {
                    throw new InterruptedException();
                }));
        var page = RoomGateway.JOINED_ROOMS.first(50);
        http.uncached().rooms().joinedRooms(page);

        try {
            UnavailableException e = assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(page));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
            assertTrue(e.getMessage().contains("interrupted while waiting for the"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, server.count(JOINED));
        assertEquals(1, listener.starting("rate limited ROOMS_JOINED locally").size(), listener.events.toString());
    }

    @Test
    void theChatVersionIsSentWithEveryCall() {
        HeychatHttp http = client((attempt, real, request) -> real.send(request), b -> b.chatVersion("1.31.0"));

        http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals("1.31.0", server.last(JOINED).query().get("chat_version"));
    }

    @Test
    void everySettingOfTheBuilderReturnsTheSameBuilderForChaining() {
        HeychatHttp.Builder builder = HeychatHttp.builder();
        Executor direct = Runnable::run;
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        List<HeychatHttp.Builder> returned = List.of(builder.token("chaining-token"), builder.bot(BOT), builder.bot(1L),
                builder.baseUri(server.uri()), builder.baseUri(server.uri().toString()), builder.uploadUri(server.uri()),
                builder.uploadUri(server.uri().toString()), builder.chatVersion("1.31.0"),
                builder.connectTimeout(Duration.ofSeconds(3)), builder.requestTimeout(Duration.ofSeconds(3)),
                builder.uploadTimeout(Duration.ofSeconds(3)), builder.retry(RetryPolicy.none()),
                builder.circuitBreaker(CircuitBreakerPolicy.defaults()), builder.rateLimits(RateLimitPolicy.defaults()),
                builder.requestBudgets(RequestBudgets.local()), builder.bulkhead(BulkheadPolicy.defaults()),
                builder.cache(CachePolicy.defaults()), builder.cacheCoherence(CacheCoherence.local()),
                builder.eventIntake(EventIntake.local()), builder.listener(HeychatListener.NONE),
                builder.addListener(HeychatListener.NONE), builder.sleeper(Sleeper.system()), builder.ticker(System::nanoTime),
                builder.clock(clock), builder.cacheExecutor(direct), builder.gatewayUri(URI.create("ws://127.0.0.1:1/gw")),
                builder.gatewayUri("ws://127.0.0.1:1/gw"), builder.gateway(GatewayPolicy.defaults()),
                builder.eventExecutor(direct), builder.environment(Map.of("HEYCHAT_TOKEN", "env-token", "HEYCHAT_BOT_ID", "42")));

        returned.forEach(b -> assertSame(builder, b));
    }

    @Test
    void turningOnTheJdksRetryOfPostsIsWarnedAbout() {
        LogCapture log = new LogCapture("io.github.heychat4j.http");
        log.start();
        try {
            client((attempt, real, request) -> real.send(request));
            assertTrue(log.lines().stream().noneMatch(l -> l.contains("enableAllMethodRetry")), log.lines().toString());
            System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
            try {
                client((attempt, real, request) -> real.send(request));
            } finally {
                System.clearProperty("jdk.httpclient.enableAllMethodRetry");
            }
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("enableAllMethodRetry is set")), log.lines().toString());
        } finally {
            log.stop();
        }
    }

    @Test
    void eachHostHasItsOwnTimeoutAndTheQueryEndsCleanly() {
        server.answer(Endpoint.of(Operation.MEDIA_UPLOAD).path(), Answer.golden("06-upload.json"));
        List<java.net.http.HttpRequest> sent = new ArrayList<>();
        HeychatHttp http = client((attempt, real, request) -> {
            sent.add(request);
            return real.send(request);
        }, b -> b.requestTimeout(Duration.ofSeconds(7)).uploadTimeout(Duration.ofSeconds(90)));

        http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
        http.media().upload(new MediaUpload("cat.png", "image/png", new byte[] {1, 2, 3}));

        assertEquals(Optional.of(Duration.ofSeconds(7)), sent.get(0).timeout());
        assertEquals(Optional.of(Duration.ofSeconds(90)), sent.get(1).timeout());
        for (java.net.http.HttpRequest request : sent) {
            String query = request.uri().getRawQuery();
            assertTrue(query.startsWith("client_type=heybox_chat&") && !query.endsWith("&"), query);
        }
    }

    @Test
    void withoutBreakerAndBulkheadACallGoesStraightThrough() {
        HeychatHttp http = client((attempt, real, request) -> real.send(request),
                b -> b.circuitBreaker(CircuitBreakerPolicy.disabled()).bulkhead(BulkheadPolicy.disabled()));

        assertFalse(http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)).items().isEmpty());
        assertEquals(Map.of(), http.circuitStates());
    }

    @Test
    void refusalsAndLocalLimitsNeverOpenTheBreakerButServerFailuresDo() {
        CircuitBreakerPolicy tight = CircuitBreakerPolicy.defaults().withMinimumCalls(2).withWindowSize(2);
        server.enqueue(SEND, Answer.failed("参数错误"), Answer.failed("参数错误"), Answer.failed("参数错误"));
        HeychatHttp http = client((attempt, real, request) -> real.send(request), b -> b.circuitBreaker(tight)
                .rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(1000).withDirectMessagesPerMinute(1)
                        .withMaxWait(Duration.ZERO)));

        for (int i = 0; i < 3; i++) {
            assertThrows(RejectedException.class, () -> http.messages().send(TEXT, MessageContent.text("hi")));
        }
        http.messages().sendDirect(UserId.of(8828375), MessageContent.text("one"));
        for (int i = 0; i < 3; i++) {
            assertThrows(io.github.heychat4j.domain.RateLimitedException.class,
                    () -> http.messages().sendDirect(UserId.of(8828375), MessageContent.text("more")));
        }
        assertEquals(Map.of("rest", CircuitState.CLOSED, "upload", CircuitState.CLOSED), http.circuitStates());

        server.enqueue(JOINED, Answer.status(503), Answer.status(503));
        assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)));
        assertEquals(CircuitState.OPEN, http.circuitStates().get("rest"));
    }

    @Test
    void theClientsThreadsNeverKeepTheJvmAlive() {
        HeychatHttp http = client((attempt, real, request) -> real.send(request));

        http.uncached().rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        List<Thread> own = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("heychat4j-http-")).toList();
        assertFalse(own.isEmpty(), "the exchange ran on the client's executor");
        own.forEach(t -> assertTrue(t.isDaemon(), t.getName()));
    }

    @Test
    void aLocalRefusalIsNeitherAFailureNorASuccessOfThePlatform() {
        // four calls in the window, half of them failed, open it: a local refusal must not be one of the four
        CircuitBreakerPolicy halfOfFour = CircuitBreakerPolicy.defaults().withWindowSize(5).withMinimumCalls(4)
                .withFailureRatePercent(50);
        server.enqueue(JOINED, Answer.status(503), Answer.status(503), Answer.status(503));
        HeychatHttp http = client((attempt, real, request) -> real.send(request), b -> b.circuitBreaker(halfOfFour)
                .retry(RetryPolicy.none()).rateLimits(RateLimitPolicy.defaults().withDirectMessagesPerMinute(1)
                        .withMaxWait(Duration.ZERO)));
        var page = RoomGateway.JOINED_ROOMS.first(50);

        assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(page));
        assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(page));
        http.messages().sendDirect(UserId.of(8828375), MessageContent.text("one"));
        for (int i = 0; i < 2; i++) {
            assertThrows(io.github.heychat4j.domain.RateLimitedException.class,
                    () -> http.messages().sendDirect(UserId.of(8828375), MessageContent.text("more")));
        }
        assertEquals(CircuitState.CLOSED, http.circuitStates().get("rest"), "three calls reached the platform, fewer than four");

        assertThrows(UnavailableException.class, () -> http.uncached().rooms().joinedRooms(page));
        assertEquals(CircuitState.OPEN, http.circuitStates().get("rest"), "three failures of four");
    }

    @Test
    void aWriteTheServerDidNotUnderstandWasNotAppliedAndIsNotAmbiguous() {
        server.enqueue(TOGGLE, Answer.json(400, "{\"status\":\"failed\",\"msg\":\"参数错误\",\"result\":{}}"), Answer.json(200, "{broken"));
        HeychatHttp http = client((attempt, real, request) -> real.send(request));

        HeychatProtocolException refused = assertThrows(HeychatProtocolException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));
        assertTrue(refused.getMessage().contains("answered HTTP 400"), refused.getMessage());

        // an answer of 200 whose body cannot be read is another matter: the toggle may have been applied
        AmbiguousOutcomeException unreadable = assertThrows(AmbiguousOutcomeException.class,
                () -> http.voice().toggleMicrophone(VOICE, UserId.of(8828375)));
        assertInstanceOf(HeychatProtocolException.class, unreadable.getCause());
        assertEquals(2, server.count(TOGGLE), "neither was sent again");
    }
}
