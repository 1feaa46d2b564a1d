package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token is sent in its header and nowhere else: not in logs, exceptions, listener events or toString. */
class TokenSecrecyTest {
    private static final String TOKEN = "c2VjcmV0LWJvdC10b2tlbi0yMzk4NTYx";
    private static final ChannelRef TEXT = ChannelRef.text(RoomId.of("3587810143523774464"), ChannelId.of("3377790315288076288"));

    private final LogCapture log = new LogCapture("io.github.heychat4j.http");
    private final List<String> logged = log.lines();
    private RecordingServer server;

    @BeforeEach
    void captureEveryLogLine() {
        log.start();
        server = RecordingServer.start();
    }

    @AfterEach
    void restore() {
        log.stop();
        server.close();
    }

    @Test
    void theTokenIsInTheHeaderAndNowhereElse() {
        String joined = Endpoint.of(Operation.ROOMS_JOINED).path();
        String send = Endpoint.of(Operation.MESSAGES_SEND).path();
        String toggle = Endpoint.of(Operation.VOICE_TOGGLE_MICROPHONE).path();
        server.enqueue(joined, Answer.json(401, "{\"status\":\"failed\",\"msg\":\"token无效\",\"result\":{}}"),
                Answer.status(503), Answer.json(200, "{broken"), Answer.status(429).withHeader("Retry-After", "1"),
                Answer.golden("17-room-joined.flat.json"));
        server.enqueue(send, Answer.dropped(), Answer.dropped(), Answer.dropped());
        server.enqueue(toggle, Answer.dropped());
        RecordingListener listener = new RecordingListener();
        List<String> seen = new ArrayList<>();
        try (HeychatHttp http = HeychatHttp.builder().token(TOKEN).bot(UserId.of(2398561)).baseUri(server.uri())
                .listener(listener).sleeper(d -> { }).retry(RetryPolicy.defaults().withMaxAttempts(3)).build()) {
            seen.add(http.toString());
            seen.add(http.uncached().toString());
            // 401; then 503 and a broken body; then a 429 and the answer
            for (int i = 0; i < 2; i++) {
                seen.add(describe(assertThrows(HeychatException.class, () -> http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50)))));
            }
            http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
            seen.add(describe(assertThrows(HeychatException.class, () -> http.messages().send(TEXT, MessageContent.text("x")))));
            seen.add(describe(assertThrows(HeychatException.class,
                    () -> http.voice().toggleMicrophone(ChannelRef.voice(TEXT.room(), TEXT.channel()), UserId.of(1)))));
        }
        seen.addAll(logged);
        seen.addAll(listener.events);

        assertTrue(server.requests().stream().allMatch(r -> r.header("token").orElse("").equals(TOKEN)));
        assertTrue(logged.size() > 5, "debug logging was captured: " + logged.size());
        for (String text : seen) {
            assertFalse(text.contains(TOKEN), () -> "the token leaked into: " + text);
            assertFalse(text.contains(TOKEN.substring(0, 12)), () -> "part of the token leaked into: " + text);
        }
    }

    private static String describe(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return e + "\n" + out;
    }
}
