package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events keep the client's caches fresh over a real gateway link: the bot's own joining drops the joined rooms, its
 * own leaving drops everything of the room, someone else coming or going drops nothing, and a reconnect (events may
 * have been missed) drops the joined rooms and the room views. A cache is dropped before the event's handlers run,
 * so a handler that reads sees fresh data; the tests wait for the handlers.
 */
class EventsKeepCachesFreshTest {
    private static final String TOKEN = "fresh-caches-token";
    private static final UserId BOT = UserId.of(2398561);
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final String VIEW = Endpoint.of(Operation.ROOMS_DETAILS).path();
    private static final String ROLES = Endpoint.of(Operation.ROLES_LIST).path();
    private static final String JOINED = Endpoint.of(Operation.ROOMS_JOINED).path();

    private RecordingServer server;
    private LoopbackGateway gateway;
    private HeychatHttp http;
    private final BlockingQueue<HeychatEvent> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        server = RecordingServer.start();
        server.answer(VIEW, Answer.golden("18-room-view.json"));
        server.answer(ROLES, Answer.golden("07-role-list.json"));
        server.answer(JOINED, Answer.golden("17-room-joined.flat.json"));
        gateway = new LoopbackGateway(TOKEN);
        http = HeychatHttp.builder().token(TOKEN).bot(BOT).baseUri(server.uri()).gatewayUri(gateway.uri()).cacheExecutor(Runnable::run)
                .gateway(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20))).build();
        http.events().on(MemberJoined.class, heard::add);
        http.events().on(MemberLeft.class, heard::add);
        http.events().on(GatewayReconnected.class, heard::add);
    }

    @AfterEach
    void stop() {
        http.close();
        gateway.close();
        server.close();
    }

    private void readAll() {
        http.rooms().details(ROOM);
        http.roles().list(ROOM);
        http.rooms().allJoinedRooms();
    }

    private static String membership(String file, long sequence, UserId who) {
        return new String(Golden.bytes("events/" + file), StandardCharsets.UTF_8)
                .replaceFirst("\"sequence\": \\d+", "\"sequence\": " + sequence).replace("77777777", String.valueOf(who.value()));
    }

    private void hear(Class<? extends HeychatEvent> type) throws InterruptedException {
        HeychatEvent event = heard.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "no " + type.getSimpleName() + " within 10 s");
        assertEquals(type, event.getClass());
    }

    private String counts() {
        return server.count(VIEW) + " views, " + server.count(ROLES) + " role lists, " + server.count(JOINED) + " joined lists";
    }

    @Test
    void theBotsOwnJoiningAndLeavingDropWhatTheyChangeAndOthersDropNothing() throws InterruptedException {
        http.events().start(Duration.ofSeconds(10));
        readAll();
        readAll();
        assertEquals("1 views, 1 role lists, 1 joined lists", counts());

        gateway.broadcast(membership("3001-join.json", 1, UserId.of(77777777)));
        gateway.broadcast(membership("3001-leave.sender-info.json", 2, UserId.of(77777777)));
        hear(MemberJoined.class);
        hear(MemberLeft.class);
        readAll();
        assertEquals("1 views, 1 role lists, 1 joined lists", counts(), "someone else came and went");

        gateway.broadcast(membership("3001-join.json", 3, BOT));
        hear(MemberJoined.class);
        readAll();
        assertEquals("2 views, 1 role lists, 2 joined lists", counts(), "the bot joined: its rooms and that room's view");

        gateway.broadcast(membership("3001-leave.sender-info.json", 4, BOT));
        hear(MemberLeft.class);
        readAll();
        assertEquals("3 views, 2 role lists, 3 joined lists", counts(), "the bot left: everything of the room");
    }

    @Test
    void aReconnectDropsTheJoinedRoomsAndTheRoomViews() throws InterruptedException {
        http.events().start(Duration.ofSeconds(10));
        readAll();

        gateway.dropLinks();
        hear(GatewayReconnected.class);
        readAll();

        assertEquals("2 views, 1 role lists, 2 joined lists", counts());
    }
}
