package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cache seam: a client publishes the changes of its writes, and drops what other replicas report. */
class CacheCoherenceTest {
    static final UserId BOT = UserId.of(2398561);
    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    static final String VIEW = Endpoint.of(Operation.ROOMS_DETAILS).path();

    private RecordingServer server;
    private final List<CacheChange> published = new CopyOnWriteArrayList<>();
    private final List<CacheChange> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<Consumer<CacheChange>> fromOthers = new AtomicReference<>();
    private final AtomicInteger attached = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private HeychatHttp http;

    private final CacheCoherence recording = (bot, apply, listener) -> {
        assertEquals(BOT, bot);
        attached.incrementAndGet();
        fromOthers.set(apply);
        return new CacheChangePublisher() {
            @Override
            public void publish(CacheChange change) {
                published.add(change);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    };

    @BeforeEach
    void start() {
        server = RecordingServer.start();
        server.answer(VIEW, Answer.golden("18-room-view.json"));
        server.answer(Endpoint.of(Operation.CHANNELS_RENAME).path(), Answer.golden("32-channel-edit.json"));
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        server.close();
    }

    private HeychatHttp client(CachePolicy cache) {
        http = HeychatHttp.builder().token("coherence-token").bot(BOT).baseUri(server.uri()).cache(cache)
                .cacheCoherence(recording).cacheExecutor(Runnable::run).sleeper(d -> { })
                .listener(new HeychatListener() {
                    @Override
                    public void cacheChangeReceived(CacheChange change) {
                        received.add(change);
                    }
                }).build();
        return http;
    }

    @Test
    void aWriteIsAppliedHereAndPublishedForTheOtherReplicas() {
        client(CachePolicy.defaults()).rooms().details(ROOM);

        http.channels().rename(TEXT, "闲聊大厅");
        http.rooms().details(ROOM);

        assertEquals(List.of(CacheChange.in(CacheChange.Kind.ROOM_CHANGED, ROOM)), published);
        assertEquals(2, server.count(VIEW), "the writer's own cache dropped the room's details");
        assertEquals(List.of(), received);
    }

    @Test
    void aChangeOfAnotherReplicaDropsTheEntriesHereWithoutBeingPublishedAgain() {
        client(CachePolicy.defaults()).rooms().details(ROOM);
        http.rooms().details(ROOM);
        assertEquals(1, server.count(VIEW));

        fromOthers.get().accept(CacheChange.in(CacheChange.Kind.ROLES_CHANGED, ROOM));
        http.rooms().details(ROOM);

        assertEquals(2, server.count(VIEW));
        assertEquals(List.of(CacheChange.in(CacheChange.Kind.ROLES_CHANGED, ROOM)), received);
        assertEquals(List.of(), published);
    }

    @Test
    void missedChangesDropEverything() {
        client(CachePolicy.defaults()).rooms().details(ROOM);

        fromOthers.get().accept(CacheChange.everywhere(CacheChange.Kind.CHANGES_MISSED));
        http.rooms().details(ROOM);

        assertEquals(2, server.count(VIEW));
    }

    @ParameterizedTest
    @EnumSource(CacheChange.Kind.class)
    void eachChangeOfAnotherReplicaDropsExactlyWhatItMayHaveMadeStale(CacheChange.Kind kind) {
        String roles = Endpoint.of(Operation.ROLES_LIST).path();
        String memes = Endpoint.of(Operation.MEMES_LIST).path();
        String joined = Endpoint.of(Operation.ROOMS_JOINED).path();
        server.answer(roles, Answer.golden("07-role-list.json"));
        server.answer(memes, Answer.golden("13-meme-list.json"));
        server.answer(joined, Answer.golden("17-room-joined.flat.json"));
        client(CachePolicy.defaults());
        Runnable readAll = () -> {
            http.rooms().details(ROOM);
            http.roles().list(ROOM);
            http.memes().list(ROOM);
            http.rooms().allJoinedRooms();
        };
        readAll.run();
        boolean everywhere = kind == CacheChange.Kind.EVENTS_MISSED || kind == CacheChange.Kind.CHANGES_MISSED;

        fromOthers.get().accept(everywhere ? CacheChange.everywhere(kind) : CacheChange.in(kind, ROOM));
        readAll.run();

        List<String> expected = switch (kind) {
            case ROOM_JOINED, EVENTS_MISSED -> List.of("details", "joined");
            case ROOM_LEFT, CHANGES_MISSED -> List.of("details", "roles", "memes", "joined");
            case ROOM_CHANGED -> List.of("details");
            case ROLES_CHANGED -> List.of("details", "roles");
            case MEMES_CHANGED -> List.of("memes");
        };
        List<String> readAgain = new ArrayList<>();
        Map.of("details", VIEW, "roles", roles, "memes", memes, "joined", joined).forEach((name, path) -> {
            if (server.count(path) == 2) {
                readAgain.add(name);
            }
        });
        assertEquals(new TreeSet<>(expected), new TreeSet<>(readAgain));
    }

    @Test
    void theSeamIsAttachedOnceAndClosedWithTheClientAndNotAtAllWithoutCaches() {
        client(CachePolicy.defaults());
        assertEquals(1, attached.get());
        http.close();
        http = null;
        assertEquals(1, closed.get());

        client(CachePolicy.disabled());
        assertEquals(1, attached.get(), "no caches, nothing to keep coherent");
    }

    @Test
    void aChangeNeedsARoomExactlyWhenItsKindDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CacheChange(CacheChange.Kind.ROOM_LEFT, Optional.empty()));
        assertEquals("room: required for ROOM_LEFT", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CacheChange(CacheChange.Kind.EVENTS_MISSED, Optional.of(ROOM))).getMessage().startsWith("room: must be empty"));
        assertEquals("kind: must not be null", assertThrows(IllegalArgumentException.class,
                () -> new CacheChange(null, Optional.empty())).getMessage());
    }
}
